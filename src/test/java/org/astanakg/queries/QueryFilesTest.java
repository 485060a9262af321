package org.astanakg.queries;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.astanakg.store.ExampleQuery;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file in {@code queries/} parses, has a title and says what it answers. */
class QueryFilesTest {

    @TestFactory
    Stream<DynamicTest> everyQueryParsesAndHasAHeader() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        ExampleQuery q = ExampleQuery.read(p);
                        assertFalse(q.title().isBlank(), "# title: line");
                        assertFalse(q.description().isBlank(), "# answers: line");
                        Query query = QueryFactory.create(q.text());
                        assertTrue(query.isSelectType() || query.isAskType() || query.isConstructType());
                    }));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyNonFederatedQueryRunsOnTheBuiltGraph() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream()
                    .filter(p -> !QueryFactory.read(p.toString()).toString().contains("SERVICE"))
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                            () -> assertFalse(org.astanakg.store.TestGraph.rows(p).isEmpty(), p + " has answers")));
        }
    }
}
