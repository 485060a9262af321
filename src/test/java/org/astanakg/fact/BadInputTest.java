package org.astanakg.fact;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.astanakg.InputException;
import org.astanakg.TestCases;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each folder under {@code cases/bad-input/} holds a broken facts file and the error it must give:
 * {@code expected-error.txt} is a fragment of the message, usually {@code file:line:col: field: ...}.
 */
class BadInputTest {
    private static final Path CASES = Path.of("src/test/resources/cases/bad-input");

    @TestFactory
    Stream<DynamicTest> everyBrokenFileGetsAClearError() {
        Registry registry = RegistryReader.read(Path.of("data/registry.yaml"));
        return TestCases.perFolder(CASES, dir -> check(dir, registry));
    }

    private static void check(Path dir, Registry registry) throws IOException {
        String expected = Files.readString(dir.resolve("expected-error.txt")).strip();
        InputException e = assertThrows(InputException.class,
                () -> new ArticleFactsReader(registry).readFolder(dir.resolve("articles")));
        assertTrue(e.getMessage().contains(expected), "expected the message to contain\n  " + expected
                + "\nbut it was\n  " + e.getMessage());
        assertTrue(e.location().file().endsWith(".yaml"), "the error names the file: " + e.getMessage());
    }
}
