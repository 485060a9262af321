package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The landing page lists the example queries with working links, and nothing served runs script. */
class LandingPageIT {
    @TempDir
    static Path queries;
    private static AstanaServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(queries.resolve("rounds.rq"), """
                # title: Rounds of the <b>Astana</b> talks
                # answers: Which rounds are there & what are they called?
                PREFIX ex: <http://example.org/astana/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?round ?label WHERE { ?round a ex:Round ; rdfs:label ?label } ORDER BY ?round
                """);
        Files.writeString(queries.resolve("xss.rq"), """
                # title: <script>alert('title')</script>
                # answers: "><img src=x onerror=alert(1)>
                # </pre><script>alert('text')</script>
                ASK { ?s ?p ?o }
                """);
        server = AstanaServer.start(TestData.dataset(),
                new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5), queries));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theLandingPageListsEveryExampleQueryWithItsTitle() {
        HttpResponse<String> r = http.get("/");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("Rounds of the &lt;b&gt;Astana&lt;/b&gt; talks"), r.body());
        assertTrue(r.body().contains("rounds.rq") && r.body().contains("xss.rq"), r.body());
    }

    @Test
    void everyPieceOfTextFromAQueryFileIsEscaped() {
        String body = http.get("/").body();
        assertFalse(body.contains("<script"), body);
        assertFalse(body.contains("<img"), body);
        assertFalse(body.contains("<b>"), body);
        assertTrue(body.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), body);
    }

    @Test
    void theLinksOnTheLandingPageRunTheQueries() {
        String body = http.get("/").body();
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(body);
        int links = 0;
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
            HttpResponse<String> r = http.get(href, "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode(), href + " -> " + r.body());
            links++;
        }
        assertEquals(2, links);
    }

    @ParameterizedTest(name = "{0} carries nosniff")
    @ValueSource(strings = {"/", "/astana/sparql?query=ASK%7B%7D", "/astana/get?default", "/$/ping", "/nowhere",
        "/astana/sparql?query=nonsense"})
    void everyResponseCarriesNosniffAndAScriptFreePolicy(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"), path);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("script-src"), csp);
    }

    @ParameterizedTest(name = "Accept {0} does not give HTML")
    @ValueSource(strings = {"text/html", "application/xhtml+xml", "text/html,application/xhtml+xml,*/*;q=0.8", "*/*",
        "application/sparql-results+xml", "text/plain", "text/csv", "text/tab-separated-values"})
    void queryResultsWithMarkupInTheDataAreNeverHtml(String accept) {
        HttpResponse<String> r = http.get("/astana/sparql?query="
                + Http.enc("SELECT ?l WHERE { ?r <http://www.w3.org/2000/01/rdf-schema#label> ?l }"), "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertFalse(type.contains("html"), type);
        if (type.contains("xml")) {
            assertFalse(r.body().contains("<script"), r.body());
            assertFalse(r.body().contains("xml-stylesheet"), r.body());
        }
    }

    @ParameterizedTest(name = "output={0} does not give HTML")
    @ValueSource(strings = {"html", "text/html", "application/xhtml+xml", "xml", "json", "text", "csv", "tsv"})
    void theOutputParameterCannotMakeResultsHtml(String output) {
        HttpResponse<String> r = http.get("/astana/sparql?output=" + Http.enc(output) + "&query="
                + Http.enc("SELECT ?l WHERE { ?r <http://www.w3.org/2000/01/rdf-schema#label> ?l }"));
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertFalse(type.contains("html"), output + " -> " + type);
        if (type.contains("xml")) {
            assertFalse(r.body().contains("<script"), r.body());
        }
    }

    @Test
    void aParseErrorEchoingMarkupIsPlainText() {
        HttpResponse<String> r = http.get("/astana/sparql?query=" + Http.enc("SELECT <script>alert(1)</script>"),
                "Accept", "text/html");
        assertEquals(400, r.statusCode());
        assertFalse(r.headers().firstValue("Content-Type").orElse("").contains("html"), r.body());
    }
}
