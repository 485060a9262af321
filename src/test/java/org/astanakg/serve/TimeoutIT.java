package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runaway queries stop at the timeout with a clean 503, and the server keeps answering. */
class TimeoutIT {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    /** How long a refused runaway may take: the timeout plus generous slack for a loaded machine. */
    private static final long MAX_MILLIS = TIMEOUT.toMillis() + 4000;
    private static final String PREFIX = "PREFIX ex: <" + TestData.NS + "> ";
    private static AstanaServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = AstanaServer.start(TestData.dataset(), new ServerSettings("127.0.0.1", 0, TIMEOUT, null));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "stopped: {0}")
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }",
        "SELECT DISTINCT ?a ?f WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } ORDER BY ?a",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a (ex:next|^ex:next)* ?b . ?b (ex:next|^ex:next)* ?c }",
        "ASK { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER(?a = ?f && ?a != ?a) }",
        "CONSTRUCT { ?a ex:x ?f } WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER(STR(?a) = CONCAT(STR(?f), \"x\")) }"})
    void aRunawayQueryIsStoppedAtTheTimeoutWithServiceUnavailable(String query) {
        long started = System.nanoTime();
        HttpResponse<String> r = http.query(PREFIX + query);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < MAX_MILLIS, "took " + millis + " ms");
        assertServerResponsive();
    }

    @ParameterizedTest(name = "stopped mid-match: {0}")
    @ValueSource(strings = {
        "ASK { FILTER REGEX(?text, \"a*a*a*a*a*a*b\") }",
        "SELECT (REPLACE(?text, \"a*a*a*a*a*a*b\", \"x\") AS ?r) WHERE {}",
        "SELECT ?t WHERE { VALUES ?t { \"x\" } FILTER(REGEX(?text, \".*.*.*.*.*.*b\", \"i\")) }"})
    void aSingleLongRegexMatchIsStoppedAtTheTimeout(String query) {
        // Polynomial backtracking (no nested group for the guard to refuse): hours for one match.
        String text = "\"" + "a".repeat(20_000) + "\"";
        long started = System.nanoTime();
        HttpResponse<String> r = http.query(query.replace("?text", text));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < MAX_MILLIS, "took " + millis + " ms");
        assertServerResponsive();
    }

    @Test
    void aSelectStreamingRowsPastTheTimeoutIsAClean503NotATruncated200() {
        // Rows trickle out for much longer than the timeout: Fuseki alone sent 200 and cut the body.
        String query = PREFIX + "SELECT ?b ?d WHERE { ?a ex:next ?b . ?c ex:next ?d "
                + "FILTER(STRENDS(CONCAT(STR(?b), STR(?d)), \"99\") "
                + "&& STRSTARTS(SHA256(CONCAT(STR(?b), STR(?d))), \"0\")) }";
        HttpResponse<String> r = http.query(query);
        assertEquals(503, r.statusCode(), () -> r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        assertFalse(r.body().contains("bindings"), "no partial result");
        assertServerResponsive();
    }

    @ParameterizedTest(name = "timeout={0} cannot raise the limit")
    @ValueSource(strings = {"3600", "3600,3600", "3600000,1", "0", "-1", "abc"})
    void theTimeoutParameterCannotRaiseTheServersLimit(String timeout) {
        long started = System.nanoTime();
        HttpResponse<String> r = http.get("/astana/sparql?timeout=" + timeout + "&query="
                + Http.enc("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(r.statusCode() == 503 || r.statusCode() == 400, () -> r.statusCode() + " " + r.body());
        assertTrue(millis < MAX_MILLIS, "took " + millis + " ms");
    }

    @Test
    void aSmallQueryIsAnsweredWhileARunawayOneRuns() {
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() ->
                http.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"));
        long started = System.nanoTime();
        HttpResponse<String> small = http.query(PREFIX + "SELECT ?r WHERE { ?r a ex:Round }");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, small.statusCode(), small.body());
        assertFalse(runaway.isDone(), "the small query (" + millis + " ms) should be answered while the runaway runs");
        assertEquals(503, runaway.join().statusCode());
    }

    private static void assertServerResponsive() {
        long started = System.nanoTime();
        HttpResponse<String> r = http.query(PREFIX + "SELECT ?r WHERE { ?r a ex:Round }");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("round1"), r.body());
        assertTrue(millis < 2000, "small query after a runaway took " + millis + " ms");
    }
}
