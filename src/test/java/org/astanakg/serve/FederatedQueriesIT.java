package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The federated example queries in {@code queries/}, run against a second Fuseki on loopback that
 * stands in for the Wikidata Query Service (a small Wikidata-shaped graph), with the SERVICE IRI
 * rewritten to the stand-in's address and only that address allowed.
 */
class FederatedQueriesIT {
    private static final String WDQS = "https://query.wikidata.org/sparql";
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static FusekiServer standIn;
    private static String standInUrl;
    private static DatasetGraph dataset;

    @BeforeAll
    static void start() {
        DatasetGraph wikidata = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(wikidata, "src/test/resources/wikidata-standin/wikidata.ttl");
        standIn = FusekiServer.create().loopback(true).port(0).add("/wdqs", wikidata, false)
                .addFilter("/*", MiniProject.counting(REQUESTS)).build().start();
        standInUrl = "http://localhost:" + standIn.getHttpPort() + "/wdqs/sparql";
        dataset = MiniProject.dataset();
    }

    /** Our own endpoint, as `serve` runs it: loopback, any free port, the usual timeout. */
    private static ServerSettings ourSettings() {
        return new ServerSettings("127.0.0.1", 0, java.time.Duration.ofSeconds(10), null);
    }

    @AfterAll
    static void stop() {
        standIn.stop();
    }

    @BeforeEach
    void resetCount() {
        REQUESTS.set(0);
    }

    @Test
    void zonePlacesGetTheirCoordinatesFromTheStandIn() throws IOException {
        List<Map<String, String>> rows = run("federated-zone-places.rq", ServiceAllowlist.of(List.of(standInUrl)));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Idlib Governorate", rows.get(0).get("areaLabel"));
        assertEquals("Point(36.6717 35.7684)", rows.get(0).get("wikidataCoordinates"));
        assertTrue(REQUESTS.get() > 0);
    }

    @Test
    void headsOfStateAreTheOnesInOfficeWhenTheRoundOpened() throws IOException {
        List<Map<String, String>> rows = run("federated-heads-of-state.rq", ServiceAllowlist.of(List.of(standInUrl)));
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("Russia", rows.get(0).get("stateLabel"));
        assertEquals("Vladimir Putin", rows.get(0).get("headLabel"));
        assertEquals("Turkey", rows.get(1).get("stateLabel"));
        assertEquals("Recep Tayyip Erdoğan", rows.get(1).get("headLabel"));
        assertEquals("guarantor", rows.get(1).get("roleLabel"));
    }

    @Test
    void anEmptyAllowlistRefusesEveryServiceAndFetchesNothing() {
        assertThrows(QueryDeniedException.class, () -> run("federated-zone-places.rq", ServiceAllowlist.none()));
        assertEquals(0, REQUESTS.get());
    }

    @Test
    void aServiceNotOnTheListIsRefusedEvenWhenOthersAreAllowed() {
        ServiceAllowlist other = ServiceAllowlist.of(List.of("https://example.org/sparql"));
        assertThrows(QueryDeniedException.class, () -> run("federated-zone-places.rq", other));
        assertEquals(0, REQUESTS.get());
    }

    @Test
    void serviceSilentAndServiceOnAVariableAreRefusedToo() {
        for (String query : List.of("SELECT * { SERVICE SILENT <" + standInUrl + "> { ?s ?p ?o } }",
                "SELECT * { BIND(<" + standInUrl + "> AS ?e) SERVICE ?e { ?s ?p ?o } }")) {
            assertThrows(QueryDeniedException.class, () -> Txn.calculateRead(dataset,
                    () -> select(MiniProject.unionView(dataset), query, ServiceAllowlist.none())), query);
        }
        assertEquals(0, REQUESTS.get());
    }

    @Test
    void theEndpointServesFederatedQueriesOverHttpWhenAllowed() throws IOException {
        try (AstanaServer ours = AstanaServer.start(dataset, ourSettings(), ServiceAllowlist.of(List.of(standInUrl)))) {
            String query = queryText("federated-zone-places.rq");
            try (QueryExecHTTP exec = QueryExecHTTP.service("http://localhost:" + ours.port() + "/astana/sparql")
                    .query(query).build()) {
                assertEquals(1, exec.select().materialize().rewindable().size());
            }
        }
    }

    @Test
    void overHttpARefusedServiceIsAClientErrorAndFetchesNothing() throws Exception {
        try (AstanaServer ours = AstanaServer.start(dataset, ourSettings(),
                ServiceAllowlist.of(List.of("https://example.org/sparql")))) {
            String query = java.net.URLEncoder.encode(queryText("federated-zone-places.rq"), StandardCharsets.UTF_8);
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + ours.port()
                            + "/astana/sparql?query=" + query)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("not allowed"), r.body());
            assertEquals(0, REQUESTS.get());
        }
    }

    private List<Map<String, String>> run(String file, ServiceAllowlist allowlist) throws IOException {
        String query = queryText(file);
        return Txn.calculateRead(dataset, () -> select(MiniProject.unionView(dataset), query, allowlist));
    }

    private static String queryText(String file) throws IOException {
        String text = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
        assertTrue(text.contains("SERVICE <" + WDQS + ">"), file + " calls the Wikidata Query Service");
        return text.replace("SERVICE <" + WDQS + ">", "SERVICE <" + standInUrl + ">");
    }

    private static List<Map<String, String>> select(DatasetGraph ds, String query, ServiceAllowlist allowlist) {
        allowlist.install(ds.getContext());
        List<Map<String, String>> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                Map<String, String> row = new TreeMap<>();
                b.vars().forEachRemaining(v -> {
                    var n = b.get(v);
                    row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                });
                out.add(row);
            }
        }
        return out;
    }
}
