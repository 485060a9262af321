package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.astanakg.export.DatasetDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The description servlet in a Fuseki on loopback, registered as the README tells the server to. */
class DatasetDescriptionServletIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() {
        DatasetGraph dataset = MiniProject.dataset();
        DatasetGraph served = Txn.calculateRead(dataset, () -> MiniProject.unionView(dataset));
        DatasetDescriptionServlet description = new DatasetDescriptionServlet(dataset, null);
        server = FusekiServer.create().loopback(true).port(0).add("/astana", served, false)
                .addServlet("/.well-known/void", description)
                .addFilter("/astana/sparql", description.endpointFilter())
                .build().start();
        base = "http://localhost:" + server.getHttpPort() + "/";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void wellKnownVoidIsTurtleByDefault() throws Exception {
        HttpResponse<byte[]> r = get(".well-known/void", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(DatasetDescription.DATASET, uri("http://rdfs.org/ns/void#sparqlEndpoint"),
                uri(base + "astana/sparql")), "the endpoint is the one the request reached");
    }

    @Test
    void jsonLdAndNTriplesAreServedWhenAskedFor() throws Exception {
        HttpResponse<byte[]> json = get(".well-known/void", "application/ld+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        HttpResponse<byte[]> nt = get(".well-known/void", "text/turtle;q=0.5, application/n-triples");
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        Graph fromJson = parse(json.body(), Lang.JSONLD);
        Graph fromNt = parse(nt.body(), Lang.NTRIPLES);
        assertTrue(fromJson.isIsomorphicWith(fromNt));
        assertEquals("Accept", nt.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void theEndpointWithoutAQueryAnswersWithItsServiceDescription() throws Exception {
        Graph g = parse(get("astana/sparql", null).body(), Lang.TURTLE);
        assertTrue(g.contains(null, uri("http://www.w3.org/ns/sparql-service-description#endpoint"),
                uri(base + "astana/sparql")));
    }

    @Test
    void theEndpointStillAnswersQueries() throws Exception {
        String ask = URLEncoder.encode("ASK { ?s a <https://w3id.org/astana-kg/ontology#TalkRound> }",
                StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = get("astana/sparql?query=" + ask, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("true"));
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
        return g;
    }

    private static org.apache.jena.graph.Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
