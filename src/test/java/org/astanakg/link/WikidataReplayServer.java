package org.astanakg.link;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A local stand-in for Wikidata's {@code api.php} on loopback that replays the recorded-shape
 * answers under {@code src/test/resources/link} and remembers every request it got.
 */
final class WikidataReplayServer implements AutoCloseable {
    static final Path ANSWERS = Path.of("src/test/resources/link");

    private final HttpServer server;
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());

    WikidataReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::answer);
        server.start();
    }

    /** The API's address. */
    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    /** The query parameters of every request so far. */
    List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    /** The User-Agent of every request so far. */
    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
        requests.add(params);
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        String body;
        if ("wbsearchentities".equals(params.get("action"))) {
            Path file = ANSWERS.resolve("wbsearchentities-" + slug(params.get("search")) + ".json");
            body = Files.exists(file) ? Files.readString(file)
                    : "{\"searchinfo\":{\"search\":\"\"},\"search\":[],\"success\":1}";
        } else if ("wbgetentities".equals(params.get("action"))) {
            JsonObject all = JSON.read(ANSWERS.resolve("wbgetentities.json").toString()).get("entities").getAsObject();
            JsonObject entities = new JsonObject();
            for (String id : params.get("ids").split("\\|")) {
                if (all.hasKey(id)) {
                    entities.put(id, all.get(id));
                } else {
                    JsonObject missing = new JsonObject();
                    missing.put("id", id);
                    missing.put("missing", "");
                    entities.put(id, missing);
                }
            }
            JsonObject out = new JsonObject();
            out.put("entities", entities);
            out.put("success", 1);
            body = out.toString();
        } else {
            body = "{\"error\":{\"code\":\"badvalue\",\"info\":\"unknown action\"}}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
