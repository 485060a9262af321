package org.astanakg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.astanakg.TestCases;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.ArticleFactsReader;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the mapping: each folder under {@code cases/map/} holds {@code articles/} and the
 * expected quads {@code expected.trig}; the mapped dataset must be isomorphic to it, graph by graph.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change.
 */
class MappingGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/cases/map");

    @TestFactory
    Stream<DynamicTest> mappingMatchesGoldenFiles() {
        Registry registry = RegistryReader.read(Path.of("data/registry.yaml"));
        return TestCases.perFolder(CASES, dir -> check(dir, registry));
    }

    private static void check(Path dir, Registry registry) throws IOException {
        List<ArticleFacts> articles = new ArticleFactsReader(registry).readFolder(dir.resolve("articles"));
        DatasetGraph actual = map(articles);
        Path expectedFile = dir.resolve("expected.trig");
        if (Boolean.getBoolean("golden.update")) {
            actual.prefixes().putAll(Prefixes.map());
            try (var out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, Lang.TRIG);
            }
        }
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
        assertIsomorphic(expected, actual);
    }

    static DatasetGraph map(List<ArticleFacts> articles) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        Map<String, RoundIdentity> rounds = RoundResolver.resolve(articles);
        StreamRDF sink = StreamRDFLib.dataset(ds);
        articles.forEach(a -> FactMapper.map(a, rounds, sink));
        RoundResolver.mapInferred(articles, rounds, sink);
        return ds;
    }

    static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        assertEquals(names(expected), names(actual), "named graphs");
        for (String g : names(expected)) {
            Node node = org.apache.jena.graph.NodeFactory.createURI(g);
            if (!expected.getGraph(node).isIsomorphicWith(actual.getGraph(node))) {
                fail("graph " + g + " differs.\n--- expected:\n" + turtle(expected.getGraph(node))
                        + "\n--- actual:\n" + turtle(actual.getGraph(node)));
            }
        }
    }

    private static Set<String> names(DatasetGraph ds) {
        Set<String> out = new TreeSet<>();
        for (Iterator<Node> it = ds.listGraphNodes(); it.hasNext();) {
            out.add(it.next().getURI());
        }
        return out;
    }

    private static String turtle(org.apache.jena.graph.Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return out.toString(StandardCharsets.UTF_8);
    }
}
