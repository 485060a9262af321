package org.astanakg.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every curated article's metadata, sentence table and evidence spans against the article
 * texts in {@code ../shared/seeds/} when that folder is at hand (CI has it; elsewhere skipped).
 */
class SeedEvidenceTest {
    static final Path SEEDS = Path.of("../shared/seeds");

    @TestFactory
    Stream<DynamicTest> everyCuratedArticleMatchesItsText() {
        assumeTrue(Files.isDirectory(SEEDS), "the seed texts are not at " + SEEDS.toAbsolutePath());
        Registry registry = RegistryReader.read(Path.of("data/registry.yaml"));
        List<ArticleFacts> all = new ArticleFactsReader(registry).readFolder(Path.of("data/articles"));
        assertFalse(all.isEmpty());
        return all.stream().map(a -> DynamicTest.dynamicTest(a.article().id(), () -> check(a)));
    }

    private static void check(ArticleFacts facts) throws Exception {
        Article article = facts.article();
        Path textFile = SEEDS.resolve(article.textFile());
        byte[] bytes = Files.readAllBytes(textFile);
        assertEquals(article.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                "sha256 of " + textFile);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int[] cps = text.codePoints().toArray();
        assertEquals(article.length(), cps.length, "length in code points");
        for (Sentence s : facts.sentences()) {
            String sentence = slice(cps, s.begin(), s.end());
            assertEquals(sentence.strip(), sentence, "sentence " + s.index() + " has no outer white space");
        }
        for (Fact f : facts.facts()) {
            for (Evidence e : f.evidence()) {
                String span = slice(cps, e.begin(), e.end());
                assertTrue(e.sha() != null, f.id() + ": evidence has a sha");
                assertEquals(e.sha(), sha8(span), facts.source() + " fact " + f.id() + " span " + e.begin() + "-" + e.end());
            }
        }
    }

    static String slice(int[] cps, int begin, int end) {
        return new String(cps, begin, end - begin);
    }

    static String sha8(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d).substring(0, 8);
    }
}
