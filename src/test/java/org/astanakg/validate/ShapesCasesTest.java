package org.astanakg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.astanakg.map.Iris;
import org.astanakg.store.RdfFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * SHACL cases laid out as {@code shapes/<shape>/{valid,invalid}/<case>.trig}: each case, added to
 * {@code _common.trig} and the ontology, must conform (valid) or not (invalid).
 */
class ShapesCasesTest {
    private static final Path CASES = Path.of("src/test/resources/shapes");
    private static final GraphValidator VALIDATOR = GraphValidator.load(Path.of("ontology/shapes.ttl"));

    @TestFactory
    Stream<DynamicTest> everyCaseIsJudgedAsItsFolderSays() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(p -> p.toString().endsWith(".trig") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(CASES.relativize(p).toString(), () -> check(p)));
        }
    }

    private static void check(Path file) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(Iris.ONTOLOGY_GRAPH, RdfFiles.parse(Path.of("ontology/astana.ttl")));
        RDFDataMgr.read(ds, CASES.resolve("_common.trig").toString());
        RDFDataMgr.read(ds, file.toString());
        Report report = VALIDATOR.validate(ds.getUnionGraph());
        boolean shouldConform = file.getParent().getFileName().toString().equals("valid");
        if (shouldConform) {
            assertTrue(report.conforms(), "expected to conform:\n" + String.join("\n", report.lines()));
        } else {
            assertFalse(report.conforms(), "expected a violation, but the case conforms");
        }
    }
}
