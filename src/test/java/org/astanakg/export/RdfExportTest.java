package org.astanakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfExportTest {
    private static final ExportSource SOURCE = Fixtures.miniSource();

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "NTRIPLES", "JSONLD", "RDFXML"})
    void unionExportsParseBackToTheUnionOfAllGraphs(ExportFormat format) {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(Fixtures.exportOne(format, SOURCE))).lang(lang(format))
                .parse(parsed);
        Graph union = GraphFactory.createDefaultGraph();
        SOURCE.unionTriples().forEach(union::add);
        assertEquals(union.size(), parsed.size(), format + ": triple count");
        assertTrue(parsed.isIsomorphicWith(union), format + " is not the union graph");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS"})
    void datasetExportsKeepEveryNamedGraphAndAddTheDescription(ExportFormat format) {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(Fixtures.exportOne(format, SOURCE))).lang(lang(format))
                .parse(parsed);
        DatasetGraph original = SOURCE.dataset();
        Txn.executeRead(original, () -> original.listGraphNodes().forEachRemaining(g -> {
            assertTrue(parsed.getGraph(g).isIsomorphicWith(original.getGraph(g)), format + ": graph " + g);
        }));
        Graph description = parsed.getGraph(ExportSource.DESCRIPTION_GRAPH);
        assertFalse(description.isEmpty(), "no description graph");
        assertTrue(description.isIsomorphicWith(SOURCE.description()));
    }

    private static Lang lang(ExportFormat f) {
        return switch (f) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            default -> throw new IllegalArgumentException(f.toString());
        };
    }
}
