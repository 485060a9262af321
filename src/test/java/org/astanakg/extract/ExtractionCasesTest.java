package org.astanakg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.astanakg.eval.FactKeys;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the case folders under {@code src/test/resources/extract/cases/<case>/}: {@code article.txt} (a
 * short article written for the test), {@code article.meta.yaml} (its publication date and publisher)
 * and {@code expected.txt}, one line per expectation: {@code + type: key} must be found, {@code - type: key}
 * must not be (keys as {@link FactKeys} makes them; {@code #} starts a comment).
 */
class ExtractionCasesTest {
    private static final Path CASES = Path.of("src/test/resources/extract/cases");
    private static ArticleExtraction extraction;

    @BeforeAll
    static void registry() {
        Registry registry = RegistryReader.read(Path.of("data/registry.yaml"));
        extraction = new ArticleExtraction(registry);
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheExpectedFacts(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Path text = dir.resolve("article.txt");
        ArticleFacts facts = extraction.run(Sidecar.read(text, new ArticleInput(text, null, null, null, "case", null)));
        Map<String, TreeSet<String>> keys = FactKeys.of(facts);
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            boolean wanted = l.charAt(0) == '+';
            int colon = l.indexOf(':');
            String type = l.substring(1, colon).strip();
            String key = l.substring(colon + 1).strip();
            TreeSet<String> found = keys.get(type);
            if (found == null) {
                fail(name + ": unknown type '" + type + "' in expected.txt");
            }
            if (found.contains(key) != wanted) {
                problems.add((wanted ? "missing " : "unexpected ") + type + ": " + key);
            }
        }
        assertTrue(problems.isEmpty(), () -> name + ":\n  " + String.join("\n  ", problems) + "\nfound:\n" + dump(keys));
    }

    private static String dump(Map<String, TreeSet<String>> keys) {
        StringBuilder b = new StringBuilder();
        keys.forEach((type, set) -> set.forEach(k -> b.append("  ").append(type).append(": ").append(k).append('\n')));
        return b.toString();
    }
}
