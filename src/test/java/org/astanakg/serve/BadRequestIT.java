package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed, oversized, too deeply nested or too costly requests are refused with a 4xx, never a 500. */
class BadRequestIT {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
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

    @Test
    void malformedSparqlIsABadRequestWithTheParsersMessage() {
        HttpResponse<String> r = http.query("SELECT ?x WHERE { ?x ?p }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("line 1, column"), r.body());
    }

    @ParameterizedTest(name = "query string {0} is a bad request")
    @ValueSource(strings = {"query=SELECT%zz", "query=SELECT%", "query=%4", "query=%FF%FE", "query=%C3%28",
        "query=%ED%A0%80", "query=SELECT+*+%7B%7D&x=%G1"})
    void aMalformedQueryStringIsABadRequest(String queryString) {
        String response = http.raw("GET /astana/sparql?" + queryString + " HTTP/1.1", null);
        assertEquals(400, Http.status(response), response);
    }

    @Test
    void rawNonAsciiBytesInTheRequestLineAreABadRequest() {
        byte[] line = "GET /astana/sparql?query=SELECT\u00ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        String response = http.raw(line);
        assertEquals(400, Http.status(response), response);
    }

    @ParameterizedTest(name = "Content-Type {0} is a bad request")
    @ValueSource(strings = {"application/sparql-query; charset=x-klingon", "application/sparql-query; charset=",
        "application/x-www-form-urlencoded; charset=\"no such\"", "application/x-www-form-urlencoded; charset=UTF-16"})
    void anOddCharsetIsAClientError(String contentType) {
        boolean form = contentType.startsWith("application/x-www");
        String body = form ? "query=" + Http.enc("SELECT * { ?s ?p ?o } LIMIT 1") : "SELECT * { ?s ?p ?o } LIMIT 1";
        String response = http.raw("POST /astana/sparql HTTP/1.1", body.getBytes(StandardCharsets.UTF_8),
                "Content-Type", contentType);
        int status = Http.status(response);
        assertTrue(status >= 400 && status < 500, response);
    }

    @Test
    void aQueryBodyThatIsNotUtf8IsABadRequest() {
        byte[] body = {'A', 'S', 'K', ' ', '{', (byte) 0xff, '}'};
        String response = http.raw("POST /astana/sparql HTTP/1.1", body, "Content-Type", "application/sparql-query");
        assertEquals(400, Http.status(response), response);
    }

    @ParameterizedTest(name = "form body {0} is a bad request")
    @ValueSource(strings = {"query=ASK%ZZ{}", "query=ASK%FF{}", "query=ASK%"})
    void aMalformedFormBodyIsABadRequest(String body) {
        for (String path : new String[] {"/astana/sparql", "/astana/query"}) {
            String response = http.raw("POST " + path + " HTTP/1.1", body.getBytes(StandardCharsets.ISO_8859_1),
                    "Content-Type", "application/x-www-form-urlencoded");
            assertEquals(400, Http.status(response), response);
        }
    }

    @Test
    void anEscapedCharacterInAPrefixedNameCannotHideNesting() {
        String hidden = PREFIX + "SELECT * { ?s ex:a\\# ?o . FILTER NOT EXISTS { FILTER NOT EXISTS { FILTER NOT EXISTS "
                + "{ FILTER NOT EXISTS { ?s ?p ?o } } } } }";
        HttpResponse<String> r = http.query(hidden);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("EXISTS"), r.body());
    }

    @Test
    void groupConcatIsRefusedBecauseOneValueCanGrowWithoutBound() {
        HttpResponse<String> r = http.query("SELECT (GROUP_CONCAT(STR(?c)) AS ?x) { ?a ?b ?c . ?d ?e ?f }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("GROUP_CONCAT"), r.body());
    }

    static Stream<Arguments> compressedBodies() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("ASK {}".getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = java.util.Arrays.copyOf(gz.toByteArray(), 12);
        return Stream.of(Arguments.of("gzip", "not gzip at all".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("gzip", truncated), Arguments.of("deflate", new byte[] {1, 2, 3}),
                Arguments.of("br", new byte[] {1, 2, 3}));
    }

    @ParameterizedTest(name = "Content-Encoding {0} is a bad request")
    @MethodSource("compressedBodies")
    void aCompressedOrCorruptBodyIsABadRequest(String encoding, byte[] body) {
        String response = http.raw("POST /astana/sparql HTTP/1.1", body, "Content-Type", "application/sparql-query",
                "Content-Encoding", encoding);
        assertEquals(400, Http.status(response), response);
    }

    static Stream<Arguments> tooComplex() {
        return Stream.of(
                Arguments.of("UNION chain", "SELECT * WHERE { " + "{ ?s ?p ?o } UNION ".repeat(3000) + "{ ?s ?p ?o } }"),
                Arguments.of("|| chain", "SELECT * WHERE { ?s ?p ?o FILTER(" + "?o = 1 || ".repeat(5000) + "?o = 1) }"),
                Arguments.of("+ chain", "SELECT (" + "1 + ".repeat(10000) + "1 AS ?x) WHERE {}"),
                Arguments.of("path chain", PREFIX + "SELECT * WHERE { ?s " + "ex:next/".repeat(5000) + "ex:next ?o }"),
                Arguments.of("alternative path", PREFIX + "SELECT * WHERE { ?s " + "ex:next|".repeat(5000)
                        + "ex:next ?o }"),
                Arguments.of("brackets", "SELECT * WHERE { FILTER(" + "(".repeat(5000) + "1" + ")".repeat(5000) + ") }"),
                Arguments.of("groups", "SELECT * WHERE " + "{ ".repeat(3000) + "}".repeat(3000)),
                Arguments.of("NOT EXISTS 26 deep", PREFIX + "SELECT * WHERE { ?a ex:next ?b "
                        + "FILTER NOT EXISTS { ?a ex:next ?b ".repeat(26) + "}".repeat(26) + " }"),
                Arguments.of("NOT EXISTS 4 deep", PREFIX + "SELECT * WHERE { ?a ex:next ?b "
                        + "FILTER NOT EXISTS { ?a ex:next ?b ".repeat(4) + "}".repeat(4) + " }"));
    }

    @ParameterizedTest(name = "{0} is refused before it runs")
    @MethodSource("tooComplex")
    void aQueryNestedOrChainedTooDeeplyIsRefusedWithAClearMessage(String label, String query) {
        HttpResponse<String> r = http.send("POST", "/astana/sparql", query, "Content-Type", "application/sparql-query");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("limit"), r.body());
    }

    @Test
    void nestedNotExistsAtTheLimitStillStopsAtTheTimeout() {
        String query = PREFIX + "SELECT * WHERE { ?a ex:next ?b FILTER NOT EXISTS { ?c ex:next ?d "
                + "FILTER NOT EXISTS { ?e ex:next ?f FILTER NOT EXISTS { ?g ex:next ?h FILTER(?h = ?b) } } } }";
        long started = System.nanoTime();
        HttpResponse<String> r = http.query(query);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(r.statusCode() == 503 || r.statusCode() == 200, r.statusCode() + " " + r.body());
        assertTrue(millis < TIMEOUT.toMillis() + 4000, "took " + millis + " ms");
    }

    @Test
    void aQueryOverTheSizeLimitIsPayloadTooLarge() {
        String query = "SELECT * WHERE { ?s ?p \"" + "x".repeat(QueryGuard.MAX_QUERY_CHARS) + "\" }";
        HttpResponse<String> r = http.send("POST", "/astana/sparql", query, "Content-Type", "application/sparql-query");
        assertEquals(413, r.statusCode(), r.body().substring(0, Math.min(200, r.body().length())));
    }

    @ParameterizedTest(name = "a 4 MB literal sent as {0} is refused")
    @ValueSource(strings = {"application/sparql-query", "application/x-www-form-urlencoded"})
    void aFourMegabyteLiteralIsRefusedOnItsLength(String contentType) {
        // The head only, with Expect: 100-continue: the server must refuse on Content-Length alone.
        String response = http.head("POST /astana/sparql HTTP/1.1", "Content-Type", contentType,
                "Content-Length", Integer.toString(4 * 1024 * 1024 + 40), "Expect", "100-continue");
        assertEquals(413, Http.status(response), response);
    }

    /**
     * The server refuses a streamed body as soon as it passes the limit and closes the connection while
     * the client is still sending: the client then reads the 413, or (when the close resets the
     * connection before the response is read) fails to read any. Either way the query never runs and the
     * server goes on answering.
     */
    @Test
    void aFourMegabyteLiteralStreamedWithoutALengthIsRefused() {
        String query = "SELECT * WHERE { ?s ?p \"" + "x".repeat(4 * 1024 * 1024) + "\" }";
        try {
            int status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/astana/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8))))).statusCode();
            assertEquals(413, status);
        } catch (java.io.UncheckedIOException closedBeforeTheResponseWasRead) {
            assertTrue(closedBeforeTheResponseWasRead.getCause() instanceof java.io.IOException);
        }
        assertEquals(200, http.query("ASK { ?s ?p ?o }").statusCode(), "the server still answers");
    }

    @Test
    void aVeryLongGetQueryIsAClientError() {
        String query = "SELECT * WHERE { ?s ?p \"" + "x".repeat(100_000) + "\" }";
        int status = http.get("/astana/sparql?query=" + Http.enc(query)).statusCode();
        assertTrue(status >= 400 && status < 500, "status " + status);
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
        "SELECT (<http://jena.apache.org/ARQ/function#sprintf>(\"%999999999d\", 1) AS ?x) WHERE {}",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT ?x WHERE { BIND(afn:sprintf(\"%0999999999d\", 1) AS ?x) }",
        "SELECT (CALL(<http://jena.apache.org/ARQ/function#sprintf>, \"%999999999d\", 1) AS ?x) WHERE {}",
        "SELECT (<java:org.apache.jena.sparql.function.library.sprintf>(\"%999999999d\", 1) AS ?x) WHERE {}",
        "SELECT (<http://www.w3.org/2005/xpath-functions#format-number>(1, \"#\") AS ?x) WHERE {}",
        "SELECT (<http://jena.apache.org/ARQ/function#eval>(1) AS ?x) WHERE {}",
        "SELECT (<http://www.w3.org/2005/xpath-functions/math#pow>(10, 999999999) AS ?x) WHERE {}",
        "SELECT ?x WHERE { ?x <http://jena.apache.org/ARQ/property#splitIRI> (?ns ?ln) }",
        "SELECT ?x WHERE { ?x <http://jena.apache.org/ARQ/property#strSplit> (\"a,b\" \",\") }",
        "SELECT ?x WHERE { ?x <java:org.apache.jena.sparql.pfunction.library.versionARQ> ?v }",
        "SELECT (AGG <http://example.org/agg>(?o) AS ?x) WHERE { ?s ?p ?o }",
        "JSON { \"s\": ?s } WHERE { ?s ?p ?o }"})
    void costlyExtensionFunctionsAreRefusedBeforeTheyRun(String query) {
        HttpResponse<String> r = http.query(query);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("not allowed") || r.body().contains("not supported"), r.body());
    }

    @ParameterizedTest(name = "the guard also covers {0}")
    @ValueSource(strings = {"/astana/sparql", "/astana/query", "/astana"})
    void everyQueryEndpointIsGuarded(String path) {
        String sprintf = "SELECT (<http://jena.apache.org/ARQ/function#sprintf>(\"%999999999d\", 1) AS ?x) WHERE {}";
        assertEquals(400, http.get(path + "?query=" + Http.enc(sprintf)).statusCode(), "GET " + path);
        int posted = http.send("POST", path, sprintf, "Content-Type", "application/sparql-query").statusCode();
        assertTrue(posted == 400 || posted == 405 && path.equals("/astana"), "POST " + path + " -> " + posted);
        assertEquals(400, http.send("POST", path, "query=" + Http.enc(sprintf), "Content-Type",
                "application/x-www-form-urlencoded").statusCode(), "POST form " + path);
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
        "^(a+)+$", "(a|aa)*b", "(a*)*", "(.*a){20}", "(\\\\w+\\\\s?)+$", "(x+x+)+y", "(a)\\\\1"})
    void aCatastrophicRegexOverALongConstantIsRefused(String pattern) {
        String query = "ASK { FILTER REGEX(\"" + "a".repeat(20_000) + "!\", \"" + pattern + "\") }";
        HttpResponse<String> r = http.query(query);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("regex"), r.body());
    }

    @Test
    void aBenignRegexOverALongConstantRuns() {
        HttpResponse<String> r = http.query("ASK { FILTER REGEX(\"" + "a".repeat(20_000) + "!\", \"^a+!$\") }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("true"), r.body());
    }

    @ParameterizedTest(name = "REPLACE replacement {0} is refused")
    @ValueSource(strings = {"${nope}", "$9", "\\", "$x", "$"})
    void aReplacementReferringToAMissingGroupIsABadRequest(String replacement) {
        String query = "SELECT (REPLACE(\"abc\", \"(b)\", \"" + replacement.replace("\\", "\\\\") + "\") AS ?x) WHERE {}";
        HttpResponse<String> r = http.query(query);
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void aRegexPatternFromTheDataIsRefused() {
        HttpResponse<String> r = http.query("SELECT * WHERE { ?s ?p ?o FILTER REGEX(STR(?s), STR(?o)) }");
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void anInvalidConstantRegexIsABadRequest() {
        HttpResponse<String> r = http.query("ASK { FILTER REGEX(\"a\", \"(unclosed\") }");
        assertEquals(400, r.statusCode(), r.body());
    }

    @ParameterizedTest(name = "parameter {0} is refused")
    @ValueSource(strings = {"stylesheet=" + "http%3A%2F%2Fevil.example%2Fx.xsl", "callback=alert"})
    void parametersThatMakeFusekiEmitScriptAreRefused(String param) {
        HttpResponse<String> r = http.get("/astana/sparql?query=" + Http.enc("ASK {}") + "&" + param);
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void regexAndReplaceKeepTheirMeaning() {
        HttpResponse<String> r = http.query("SELECT ?a ?b ?c ?d ?e WHERE { "
                + "BIND(REGEX(\"Astana 12\", \"^astana\", \"i\") AS ?a) "
                + "BIND(REGEX(\"Astana\"@en, \"^astana\") AS ?b) "
                + "BIND(REPLACE(\"Astana 12\"@en, \"(\\\\d+)\", \"#$1\") AS ?c) "
                + "BIND(REPLACE(\"a.b.c\", \".\", \"-\", \"q\") AS ?d) "
                + "BIND(REGEX(<http://x/>, \"x\") AS ?e) }");
        assertEquals(200, r.statusCode(), r.body());
        String body = r.body().replaceAll("\\s+", " ");
        assertTrue(body.contains("\"a\": { \"type\": \"literal\" , \"datatype\": \"http://www.w3.org/2001/XMLSchema#boolean\" , \"value\": \"true\" }"), body);
        assertTrue(body.contains("\"value\": \"false\""), body);
        assertTrue(body.contains("\"xml:lang\": \"en\" , \"value\": \"Astana #12\""), body);
        assertTrue(body.contains("\"value\": \"a-b-c\""), body);
        assertFalse(body.contains("\"e\": {"), "REGEX over an IRI is an error, leaving ?e unbound: " + body);
    }

    @Test
    void ordinaryQueriesStillRun() {
        HttpResponse<String> r = http.query(PREFIX + "SELECT ?r (STRLEN(?l) AS ?n) WHERE { ?r a ex:Round ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(REGEX(?l, \"^astana\", \"i\") || "
                + "CONTAINS(LCASE(?l), \"script\")) BIND(REPLACE(?l, \"(\\\\d+)\", \"#$1\") AS ?x) "
                + "FILTER NOT EXISTS { ?r ex:cancelled true } } ORDER BY ?r");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("round1") && r.body().contains("round2"), r.body());
        assertFalse(r.body().contains("<script>"), "JSON output escapes nothing it needn't, but is not HTML");
    }
}
