package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No query makes the server fetch anything: the guard refuses SERVICE with a 400, and even a guard
 * that let SERVICE through would meet ARQ's {@code httpServiceAllowed=false}.
 */
class ServiceRefusedIT {
    private static StandIn standIn;
    private static AstanaServer guarded;
    private static AstanaServer permissive;

    @BeforeAll
    static void start() {
        standIn = new StandIn();
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5), null);
        guarded = AstanaServer.start(TestData.dataset(), settings);
        permissive = AstanaServer.start(TestData.dataset(), settings, new QueryGuard(iri -> true));
    }

    @AfterAll
    static void stop() {
        guarded.close();
        permissive.close();
        standIn.close();
    }

    static List<String> serviceQueries() {
        String url = "<" + standIn.url() + ">";
        return List.of(
                "SELECT * WHERE { SERVICE " + url + " { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT " + url + " { ?s ?p ?o } }",
                "SELECT * WHERE { VALUES ?svc { " + url + " } SERVICE ?svc { ?s ?p ?o } }",
                "SELECT * WHERE { VALUES ?svc { " + url + " } SERVICE SILENT ?svc { ?s ?p ?o } }",
                "SELECT * WHERE { ?x a ?t OPTIONAL { SERVICE " + url + " { ?s ?p ?o } } }",
                "SELECT * WHERE { ?x a ?t FILTER EXISTS { SERVICE " + url + " { ?s ?p ?o } } }",
                "SELECT * WHERE { ?x a ?t FILTER NOT EXISTS { SERVICE SILENT " + url + " { ?s ?p ?o } } }",
                "ASK { SERVICE " + url + " { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE " + url + " { ?s ?p ?o } }");
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("serviceQueries")
    void theGuardRefusesServiceWithABadRequestAndFetchesNothing(String query) {
        int before = standIn.hits();
        HttpResponse<String> r = new Http(guarded.port()).query(query);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
        assertEquals(before, standIn.hits(), "the stand-in was called");
    }

    @ParameterizedTest(name = "not fetched: {0}")
    @MethodSource("serviceQueries")
    void aGuardThatLetsServiceThroughStillFetchesNothing(String query) {
        int before = standIn.hits();
        HttpResponse<String> r = new Http(permissive.port()).query(query);
        assertFalse(r.body().contains("STAND-IN"), r.body());
        assertTrue(r.statusCode() < 500, () -> r.statusCode() + " " + r.body());
        assertEquals(before, standIn.hits(), "the stand-in was called");
    }

    @Test
    void serviceOnAFileIsABadRequestThatShowsNoFileContent() {
        for (AstanaServer s : List.of(guarded, permissive)) {
            HttpResponse<String> r = new Http(s.port()).query("SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, () -> r.statusCode() + " " + r.body());
            assertFalse(r.body().contains("root:"), r.body());
        }
    }
}
