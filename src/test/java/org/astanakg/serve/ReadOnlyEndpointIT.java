package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoint is read-only, has no admin endpoints, refuses TRACE, and queries the union graph. */
class ReadOnlyEndpointIT {
    private static final String UPDATE = "INSERT DATA { GRAPH <http://example.org/astana/g/rounds> "
            + "{ <http://example.org/astana/evil> a <http://example.org/astana/Round> } }";
    private static final String TURTLE = "<http://example.org/astana/evil> a <http://example.org/astana/Round> .";
    private static AstanaServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = AstanaServer.start(TestData.dataset(),
                new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5), null));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> writes() {
        String form = "application/x-www-form-urlencoded";
        String sparqlUpdate = "application/sparql-update";
        String turtle = "text/turtle";
        Stream.Builder<Arguments> b = Stream.builder();
        b.add(Arguments.of("POST", "/astana/update", form, "update=" + Http.enc(UPDATE)));
        b.add(Arguments.of("POST", "/astana/sparql", form, "update=" + Http.enc(UPDATE)));
        b.add(Arguments.of("POST", "/astana", form, "update=" + Http.enc(UPDATE)));
        for (String path : new String[] {"/astana", "/astana/sparql", "/astana/update", "/astana/query"}) {
            b.add(Arguments.of("POST", path, sparqlUpdate, UPDATE));
        }
        for (String path : new String[] {"/astana/get?default", "/astana/data?default", "/astana?default", "/astana",
                "/astana/get?graph=" + Http.enc(TestData.NS + "g/rounds"), "/astana/data", "/astana/get"}) {
            for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"}) {
                b.add(Arguments.of(method, path, turtle, TURTLE));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1} ({2}) is refused")
    @MethodSource("writes")
    void everyWritePathAnswersAClientError(String method, String path, String contentType, String body) {
        HttpResponse<String> r = http.send(method, path, body, "Content-Type", contentType);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, () -> method + " " + path + " -> "
                + r.statusCode() + " " + r.body());
        assertEquals("false", askEvil(), "the write must not have happened");
    }

    private static String askEvil() {
        String body = http.query("ASK { <http://example.org/astana/evil> ?p ?o }").body();
        return body.contains("true") ? "true" : "false";
    }

    @ParameterizedTest(name = "{0} is not found")
    @ValueSource(strings = {"/$/datasets", "/$/datasets/astana", "/$/server", "/$/tasks", "/$/backup/astana",
            "/$/compact/astana", "/$/stats", "/$/stats/astana", "/$/metrics", "/$/backups/list", "/$/reload"})
    void adminEndpointsAreNotFoundForGetAndPost(String path) {
        assertEquals(404, http.get(path).statusCode(), "GET " + path);
        assertEquals(404, http.send("POST", path, "dbName=x&dbType=mem", "Content-Type",
                "application/x-www-form-urlencoded").statusCode(), "POST " + path);
    }

    @Test
    void pingStillAnswers() {
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    @ParameterizedTest(name = "TRACE {0} is refused")
    @ValueSource(strings = {"/", "/astana", "/astana/sparql", "/astana/get", "/$/ping", "/nowhere"})
    void traceIsRefusedEverywhere(String path) {
        HttpResponse<String> r = http.send("TRACE", path, null, "X-Probe", "echo-me");
        assertEquals(405, r.statusCode(), r.body());
        assertFalse(r.body().contains("echo-me"), "TRACE must not echo the request");
    }

    @Test
    void aQueryWithoutGraphSeesTriplesOfEveryNamedGraph() {
        String q = "PREFIX ex: <" + TestData.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?label WHERE { ?p ex:attended ?r . ?r rdfs:label ?label }";
        HttpResponse<String> r = http.query(q);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Astana 1"), r.body());
    }

    @Test
    void graphVariableStillNamesTheGraphATripleIsIn() {
        String q = "PREFIX ex: <" + TestData.NS + "> SELECT ?g WHERE { GRAPH ?g { ?p a ex:Person } }";
        HttpResponse<String> r = http.query(q);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(TestData.NS + "g/people"), r.body());
        assertFalse(r.body().contains(TestData.NS + "g/rounds"), r.body());
    }

    @Test
    void graphStoreGetOfTheDefaultGraphReturnsTheUnion() {
        HttpResponse<String> r = http.get("/astana/get?default", "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<" + TestData.NS + "lavrentiev>"), "people graph in the union");
        assertTrue(r.body().contains("<" + TestData.NS + "round2>"), "rounds graph in the union");
    }
}
