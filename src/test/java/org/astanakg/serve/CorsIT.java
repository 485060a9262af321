package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any origin may read with GET and POST; no credentials, no reflected origin, no write methods. */
class CorsIT {
    private static final String QUERY = "/astana/sparql?query=" + Http.enc("ASK {}");
    private static AstanaServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = AstanaServer.start(TestData.dataset(), new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5), null));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "Origin {0} gets * without credentials")
    @ValueSource(strings = {"https://evil.example", "null", "http://localhost:8080"})
    void aSimpleGetFromAnyOriginGetsAStarWithoutCredentials(String origin) {
        HttpResponse<String> r = http.get(QUERY, "Origin", origin);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Optional.of("*"), r.headers().firstValue("Access-Control-Allow-Origin"));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @Test
    void aPostedQueryFromAnotherOriginGetsAStar() {
        HttpResponse<String> r = http.send("POST", "/astana/sparql", "query=" + Http.enc("ASK {}"),
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Optional.of("*"), r.headers().firstValue("Access-Control-Allow-Origin"));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @ParameterizedTest(name = "preflight for {0} is granted")
    @ValueSource(strings = {"GET", "POST"})
    void aPreflightForAQueryIsGrantedForReadMethodsOnly(String method) {
        HttpResponse<String> r = http.send("OPTIONS", "/astana/sparql", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", method, "Access-Control-Request-Headers", "content-type");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "status " + r.statusCode());
        assertEquals(Optional.of("*"), r.headers().firstValue("Access-Control-Allow-Origin"));
        String methods = r.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains(method), methods);
        for (String write : new String[] {"PUT", "DELETE", "PATCH"}) {
            assertFalse(methods.contains(write), methods);
        }
        assertTrue(r.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("content-type"));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @ParameterizedTest(name = "preflight for {0} is refused")
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "TRACE"})
    void aPreflightForAWriteMethodIsRefused(String method) {
        for (String path : new String[] {"/astana", "/astana/get", "/astana/data", "/astana/sparql"}) {
            HttpResponse<String> r = http.send("OPTIONS", path, null, "Origin", "https://evil.example",
                    "Access-Control-Request-Method", method);
            assertFalse(r.statusCode() >= 200 && r.statusCode() < 300 && r.headers()
                    .firstValue("Access-Control-Allow-Origin").isPresent(), method + " " + path);
            assertFalse(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains(method));
        }
    }

    @Test
    void aRequestWithoutOriginGetsNoCorsHeaders() {
        HttpResponse<String> r = http.get(QUERY);
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
