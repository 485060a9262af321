package org.astanakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class DatasetDescriptionTest {
    private static final ExportSource SOURCE = new ExportSource(Fixtures.mini().dataset(),
            DescriptionSettings.of("https://example.org/kg"));
    private static final Graph DESCRIPTION = SOURCE.description();

    @Test
    void countsAreThoseOfTheUnionOfAllGraphs() {
        assertEquals(List.of(Integer.toString(SOURCE.unionTriples().size())), values("http://rdfs.org/ns/void#triples"));
    }

    @Test
    void theSourcesAreTheArticlesUrls() {
        assertEquals(List.of("https://example.org/news/2017/10/30/astana-round-7"),
                values("http://purl.org/dc/terms/source"));
    }

    @Test
    void endpointAndDumpsHangOffTheBaseUrl() {
        assertEquals(List.of("https://example.org/kg/astana/sparql"), values("http://rdfs.org/ns/void#sparqlEndpoint"));
        assertTrue(values("http://rdfs.org/ns/void#dataDump").contains("https://example.org/kg/dumps/astana.nq"));
    }

    @Test
    void itHasALicenceExamplesAndNoBlankNodes() {
        assertFalse(values("http://purl.org/dc/terms/license").isEmpty());
        assertTrue(values("http://rdfs.org/ns/void#exampleResource").contains("https://w3id.org/astana-kg/id/round/7"));
        assertTrue(DESCRIPTION.find().toList().stream()
                .noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
    }

    private static List<String> values(String property) {
        Node p = NodeFactory.createURI(property);
        return DESCRIPTION.find(DatasetDescription.DATASET, p, null).toList().stream()
                .map(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().getURI())
                .sorted().toList();
    }
}
