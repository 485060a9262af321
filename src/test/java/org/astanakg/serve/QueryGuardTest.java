package org.astanakg.serve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryGuardTest {
    private final QueryGuard guard = new QueryGuard();

    @Test
    void bracketsInsideStringsIrisAndCommentsAreNotCounted() {
        QueryText t = QueryText.scan("SELECT * WHERE { ?s <http://x/a/b/c> \"((({{{ || \" # ((((( UNION\n }");
        assertEquals(1, t.depth());
        assertEquals(1, t.operators()); // the *
    }

    @Test
    void aLessThanIsAnOperatorNotAnIri() {
        assertEquals(2, QueryText.scan("FILTER(?a < 3 && ?b > 4)").operators() - 1);
    }

    @Test
    void existsDepthCountsOnlyExistsPatterns() {
        QueryText t = QueryText.scan("ASK { { { FILTER NOT EXISTS { FILTER EXISTS { } } } } }");
        assertEquals(2, t.existsDepth());
        assertEquals(5, t.depth());
    }

    @Test
    void longStringsWithQuotesAndEscapesAreSkipped() {
        QueryText t = QueryText.scan("ASK { FILTER(\"\"\" a \" (( \"\"\" = 'it\\'s ((') }");
        assertEquals(2, t.depth());
    }

    @ParameterizedTest(name = "accepted: {0}")
    @ValueSource(strings = {"^astana", "(\\d+)-(\\d+)", "(ab)?c+", "[(]+x", "\\(+a\\)+", "(?i)foo|bar", "(foo|bar)"})
    void ordinaryRegexesAreAccepted(String pattern) {
        assertNull(RegexCheck.problem(pattern, ""));
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {"(a+)+", "(a|b)*", "((ab)*c)+", "(a{2,})*", "(a)\\1", "(?<n>a)\\k<n>", "(", "[a-"})
    void backtrackingOrInvalidRegexesAreRefused(String pattern) {
        assertNotNull(RegexCheck.problem(pattern, ""));
    }

    @Test
    void anUnknownRegexFlagIsRefused() {
        assertNotNull(RegexCheck.problem("a", "z"));
    }

    @Test
    void aReplacementMayUseOnlyTheGroupsThePatternHas() {
        assertNull(RegexCheck.replacementProblem("(a)(b)", "", "$2$1\\$"));
        assertNotNull(RegexCheck.replacementProblem("(a)", "", "$2"));
        assertNotNull(RegexCheck.replacementProblem("(a)", "", "${x}"));
        assertNotNull(RegexCheck.replacementProblem("(a)", "", "x\\"));
    }

    @Test
    void theTextLimitIsPayloadTooLarge() {
        QueryRejectedException e = assertThrows(QueryRejectedException.class,
                () -> guard.checkText("#".repeat(QueryGuard.MAX_QUERY_CHARS + 1)));
        assertEquals(413, e.status());
    }

    @Test
    void anAllowedServiceIriPassesTheGuardThatAllowsIt() {
        QueryGuard allowing = new QueryGuard(iri -> iri.equals("https://query.wikidata.org/sparql"));
        assertDoesNotThrow(() -> allowing.checkQuery(QueryFactory.create(
                "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }")));
        assertThrows(QueryRejectedException.class, () -> allowing.checkQuery(QueryFactory.create(
                "SELECT * { SERVICE <http://elsewhere.example/sparql> { ?s ?p ?o } }")));
        assertThrows(QueryRejectedException.class, () -> allowing.checkQuery(QueryFactory.create(
                "SELECT * { VALUES ?x { <https://query.wikidata.org/sparql> } SERVICE ?x { ?s ?p ?o } }")));
    }

    @ParameterizedTest(name = "found in: {0}")
    @ValueSource(strings = {
        "SELECT ?s WHERE { ?s ?p ?o } ORDER BY (afn:sprintf('%9d', 1))",
        "SELECT ?k WHERE { ?s ?p ?o } GROUP BY (afn:sprintf('%9d', 1) AS ?k)",
        "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (afn:sprintf('%9d', COUNT(*)) = '')",
        "SELECT (COUNT(afn:sprintf('%9d', ?o)) AS ?n) WHERE { ?s ?p ?o }",
        "SELECT (GROUP_CONCAT(afn:sprintf('%9d', ?o)) AS ?n) WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s ?q ?x FILTER(afn:sprintf('%9d', ?x) = '') } }",
        "SELECT * WHERE { { SELECT (afn:sprintf('%9d', 1) AS ?x) WHERE {} } }",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { ?s ?q ?x FILTER NOT EXISTS { BIND(afn:sprintf('%9d', 1) AS ?y) } } }",
        "SELECT * WHERE { ?s ?p ?o MINUS { ?s ?q ?x FILTER(afn:sprintf('%9d', ?x) = '') } }",
        "SELECT * WHERE { GRAPH ?g { ?s ?p ?o BIND(afn:sprintf('%9d', 1) AS ?y) } }",
        "SELECT * WHERE { ?s ?p ?o } ORDER BY DESC(afn:sprintf('%9d', 1)) LIMIT 1",
        "DESCRIBE ?s WHERE { ?s ?p ?o FILTER(afn:sprintf('%9d', 1) = '') }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(afn:sprintf('%9d', 1) = '') }",
        "ASK { VALUES ?x { 1 } FILTER(afn:sprintf('%9d', ?x) = '') }"})
    void aRefusedFunctionIsFoundWhereverTheQueryUsesIt(String query) {
        assertThrows(QueryRejectedException.class, () -> guard.checkQuery(QueryFactory.create(
                "PREFIX afn: <http://jena.apache.org/ARQ/function#> " + query, Syntax.syntaxARQ)));
    }

    @Test
    void xsdCastsAndStringFunctionsAreAllowed() {
        assertDoesNotThrow(() -> guard.checkQuery(QueryFactory.create("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT (xsd:integer(\"1\") AS ?i) (fn:upper-case(\"a\") AS ?u) (STRLEN(\"ab\") AS ?n) {}",
                Syntax.syntaxARQ)));
    }
}
