package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Past the number of queries allowed to run at once, a query waits its turn, then gets a 503. */
class QueryGateIT {
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

    @Test
    void aQueryThatFindsNoTurnInTimeIsServiceUnavailableWithRetryAfter() throws InterruptedException {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, Duration.ofMillis(2000), null);
        try (AstanaServer server = AstanaServer.start(TestData.dataset(), settings, new QueryGuard(),
                new QueryGate(1, Duration.ofMillis(300)))) {
            Http http = new Http(server.port());
            CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> http.query(RUNAWAY));
            Thread.sleep(500);
            HttpResponse<String> refused = http.query("ASK {}");
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertEquals(503, runaway.join().statusCode());
            assertEquals(200, http.query("ASK {}").statusCode(), "the turn is given back after a timeout");
        }
    }

    @Test
    void aQueryWaitsForItsTurnRatherThanFailAtOnce() throws InterruptedException {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, Duration.ofMillis(1000), null);
        try (AstanaServer server = AstanaServer.start(TestData.dataset(), settings, new QueryGuard(),
                new QueryGate(1, Duration.ofMillis(5000)))) {
            Http http = new Http(server.port());
            CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> http.query(RUNAWAY));
            Thread.sleep(300);
            long started = System.nanoTime();
            HttpResponse<String> waited = http.query("ASK {}");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, waited.statusCode(), waited.body());
            assertTrue(millis > 300, "answered after " + millis + " ms: it should have waited for the runaway");
            assertEquals(503, runaway.join().statusCode());
        }
    }
}
