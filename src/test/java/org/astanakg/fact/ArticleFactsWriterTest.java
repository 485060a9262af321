package org.astanakg.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleFactsWriterTest {
    private static Registry registry;

    @TempDir
    Path tmp;

    @BeforeAll
    static void registry() {
        registry = RegistryReader.read(Path.of("data/registry.yaml"));
    }

    static Stream<Path> curated() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("data/articles"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curated")
    void writtenFactsReadBackAsEqualRecords(Path file) throws IOException {
        ArticleFactsReader reader = new ArticleFactsReader(registry);
        ArticleFacts original = reader.read(file);
        Path copy = tmp.resolve(file.getFileName());
        Files.writeString(copy, ArticleFactsWriter.write(original));
        ArticleFacts again = reader.read(copy);
        assertEquals(original.article(), again.article());
        assertEquals(original.sentences(), again.sentences());
        assertEquals(normalised(original.facts()), normalised(again.facts()));
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        ArticleFactsReader reader = new ArticleFactsReader(registry);
        ArticleFacts original = reader.read(curated().findFirst().orElseThrow());
        assertEquals(ArticleFactsWriter.write(original), ArticleFactsWriter.write(original));
    }

    @Test
    void articleEntitiesRoundTripAndMayBeReferredTo() throws IOException {
        Path file = tmp.resolve("local.yaml");
        Files.writeString(file, """
                article:
                  id: local
                  publisher: afp
                  published: "2019-08-01"
                sentences:
                  - [0, 40]
                entities:
                  - id: aibek-smadiyarov
                    type: Person
                    label: "Aibek Smadiyarov"
                    affiliation: kazakh-foreign-ministry
                facts:
                  - type: person
                    person: aibek-smadiyarov
                    position: spokesman
                    evidence:
                      - {sentence: 1, span: [0, 16]}
                """);
        ArticleFactsReader reader = new ArticleFactsReader(registry);
        ArticleFacts original = reader.read(file);
        assertEquals("aibek-smadiyarov", original.entities().get(0).id());
        Files.writeString(file, ArticleFactsWriter.write(original));
        assertEquals(original.entities(), reader.read(file).entities());
    }

    @Test
    void anArticleMayNotRedefineARegistryEntity() throws IOException {
        Path file = tmp.resolve("clash.yaml");
        Files.writeString(file, """
                article:
                  id: clash
                  publisher: afp
                  published: "2019-08-01"
                sentences: []
                entities:
                  - id: russia
                    type: State
                    label: "Russia"
                facts: []
                """);
        org.astanakg.InputException e = org.junit.jupiter.api.Assertions.assertThrows(org.astanakg.InputException.class,
                () -> new ArticleFactsReader(registry).read(file));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("clash.yaml:7:9: entities[0].id:"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("already in the registry"), e.getMessage());
    }

    @Test
    void quotesTextThatYamlWouldMisread() {
        assertEquals("\"a \\\"b\\\": c\"", ArticleFactsWriter.quote("a \"b\": c"));
    }

    /** Values equal as numbers (500000 and 5E+5) compare equal. */
    private static List<Fact> normalised(List<Fact> facts) {
        return facts.stream().map(f -> f instanceof ClaimFact c && c.value() != null
                ? new ClaimFact(c.id(), c.measure(), c.value().stripTrailingZeros(), c.valueText(), c.qualifier(), c.asOf(),
                        c.statedBy(), c.about(), c.place(), c.evidence())
                : f).toList();
    }
}
