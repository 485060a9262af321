package org.astanakg.link;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * {@link WikidataClient} over the MediaWiki Action API ({@code api.php}) of Wikidata or any
 * Wikibase. Sends a descriptive User-Agent, as Wikimedia asks, and asks for at most 50 ids at once.
 */
public final class HttpWikidataClient implements WikidataClient {
    /** Wikidata's API. */
    public static final String DEFAULT_API = "https://www.wikidata.org/w/api.php";
    private static final String USER_AGENT = "astana-kg/0.1 (https://w3id.org/astana-kg; entity linking)";
    private static final int MAX_IDS = 50;

    private final URI api;
    private final HttpClient http;

    /** A client of the API at {@code api}, e.g. {@link #DEFAULT_API}. */
    public HttpWikidataClient(URI api) {
        this.api = api;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public List<SearchHit> search(String text, String language, int limit) {
        JsonObject answer = get(Map.of("action", "wbsearchentities", "search", text, "language", language,
                "uselang", language, "type", "item", "limit", Integer.toString(limit), "format", "json"));
        List<SearchHit> hits = new ArrayList<>();
        JsonValue search = answer.get("search");
        if (search != null && search.isArray()) {
            for (JsonValue v : search.getAsArray()) {
                JsonObject o = v.getAsObject();
                JsonObject match = o.hasKey("match") ? o.get("match").getAsObject() : new JsonObject();
                hits.add(new SearchHit(str(o, "id"), str(o, "label"), str(o, "description"), str(match, "type"),
                        str(match, "text")));
            }
        }
        return hits;
    }

    @Override
    public Map<String, WikidataItem> items(Collection<String> ids) {
        Map<String, WikidataItem> out = new TreeMap<>();
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += MAX_IDS) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + MAX_IDS));
            JsonObject answer = get(Map.of("action", "wbgetentities", "ids", String.join("|", batch),
                    "props", "labels|descriptions|aliases|claims|sitelinks", "languages", "en",
                    "sitefilter", "enwiki", "format", "json"));
            JsonValue entities = answer.get("entities");
            if (entities == null || !entities.isObject()) {
                continue;
            }
            for (String id : entities.getAsObject().keys()) {
                JsonObject e = entities.getAsObject().get(id).getAsObject();
                if (!e.hasKey("missing")) {
                    out.put(id, item(id, e));
                }
            }
        }
        return out;
    }

    private static WikidataItem item(String id, JsonObject e) {
        String label = languageValue(e, "labels");
        String description = languageValue(e, "descriptions");
        List<String> aliases = new ArrayList<>();
        JsonValue al = path(e, "aliases", "en");
        if (al != null && al.isArray()) {
            al.getAsArray().forEach(a -> aliases.add(str(a.getAsObject(), "value")));
        }
        JsonValue wiki = path(e, "sitelinks", "enwiki", "title");
        Double lat = null;
        Double lon = null;
        JsonValue coordinates = path(firstClaim(e, "P625"), "mainsnak", "datavalue", "value");
        if (coordinates != null && coordinates.isObject()) {
            lat = number(coordinates.getAsObject().get("latitude"));
            lon = number(coordinates.getAsObject().get("longitude"));
        }
        List<String> types = new ArrayList<>();
        JsonValue p31 = path(e, "claims", "P31");
        if (p31 != null && p31.isArray()) {
            for (JsonValue c : p31.getAsArray()) {
                JsonValue t = path(c, "mainsnak", "datavalue", "value", "id");
                if (t != null && t.isString()) {
                    types.add(t.getAsString().value());
                }
            }
        }
        return new WikidataItem(id, label, description, aliases,
                wiki != null && wiki.isString() ? wiki.getAsString().value() : "", lat, lon, types);
    }

    private JsonObject get(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        URI uri = URI.create(api + (api.toString().contains("?") ? "&" : "?") + query);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new LinkException(uri + ": HTTP " + response.statusCode());
            }
            JsonObject json = JSON.parse(response.body());
            if (json.hasKey("error")) {
                throw new LinkException(uri + ": " + json.get("error"));
            }
            return json;
        } catch (IOException e) {
            throw new LinkException("cannot reach " + api + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted while asking " + api, e);
        } catch (JsonException e) {
            throw new LinkException(uri + ": not JSON: " + e.getMessage(), e);
        }
    }

    private static JsonValue firstClaim(JsonObject e, String property) {
        JsonValue claims = path(e, "claims", property);
        return claims != null && claims.isArray() && !claims.getAsArray().isEmpty() ? claims.getAsArray().get(0) : null;
    }

    private static JsonValue path(JsonValue v, String... keys) {
        JsonValue at = v;
        for (String k : keys) {
            if (at == null || !at.isObject() || !at.getAsObject().hasKey(k)) {
                return null;
            }
            at = at.getAsObject().get(k);
        }
        return at;
    }

    private static String languageValue(JsonObject e, String field) {
        JsonValue v = path(e, field, "en", "value");
        return v != null && v.isString() ? v.getAsString().value() : "";
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : "";
    }

    private static Double number(JsonValue v) {
        return v != null && v.isNumber() ? v.getAsNumber().value().doubleValue() : null;
    }
}
