package org.astanakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.ArticleFactsReader;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final String ARTICLE = "Syria talks open in Astana\n\nThe seventh round of talks on Syria opened in Astana "
            + "on Monday, brokered by Russia, Turkey and Iran.\n\nThe Syrian government and rebel delegations will meet for two days.\n";

    @TempDir
    Path tmp;


    private static Run run(String... args) {
        return Run.of(args);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void extractsAnArticleIntoFactsTheReaderAccepts() throws IOException {
        Path text = write("round7.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path out = tmp.resolve("facts/round7.yaml");
        Run r = run("extract", text.toString(), "--published", "2017-10-30", "--publisher", "Reuters", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        ArticleFacts facts = new ArticleFactsReader(RegistryReader.read(Path.of("data/registry.yaml"))).read(out);
        assertEquals("reuters", facts.article().publisher());
        assertTrue(Files.readString(out).contains("ordinal: 7"));
    }

    @Test
    void printsToStandardOutputWithoutAnOutputFile() throws IOException {
        Path text = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Run r = run("extract", text.toString(), "--published", "2017-10-30");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("article:"));
        assertTrue(r.out().contains("publisher: unknown-outlet"));
    }

    @Test
    void rejectsAnUnknownPublisherByName() throws IOException {
        Path text = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Run r = run("extract", text.toString(), "--published", "2017-10-30", "--publisher", "Daily Nowhere");
        assertEquals(4, r.code());
        assertTrue(r.err().contains("unknown publisher 'Daily Nowhere'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void refusesBadInputWithAClearMessageAndNoOutput() throws IOException {
        byte[][] inputs = {
            new byte[0],
            {0x00, 0x01, 0x02, 'a', 'b'},
            {'T', 'h', 'e', ' ', (byte) 0xff, (byte) 0xfe, ' ', 't', 'a', 'l', 'k', 's'},
            "<html><body><p>The talks began.</p></body></html>".getBytes(StandardCharsets.UTF_8),
            "Переговоры по Сирии начались в Астане в понедельник при участии России, Ирана и Турции.".getBytes(StandardCharsets.UTF_8),
        };
        String[] messages = {"empty", "binary", "UTF-8", "HTML", "English"};
        for (int i = 0; i < inputs.length; i++) {
            Path text = write("bad" + i + ".txt", inputs[i]);
            Path out = tmp.resolve("bad" + i + ".yaml");
            Run r = run("extract", text.toString(), "--published", "2017-10-30", "-o", out.toString());
            assertEquals(4, r.code(), messages[i]);
            assertTrue(r.err().contains(messages[i]), r.err());
            assertFalse(Files.exists(out), "no partial output for " + messages[i]);
        }
    }

    @Test
    void refusesATwentyMegabyteTextQuickly() throws IOException {
        Path text = tmp.resolve("big.txt");
        Files.write(text, "The talks began. ".repeat(1_250_000).getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        Run r = run("extract", text.toString(), "--published", "2017-10-30");
        assertEquals(4, r.code());
        assertTrue(r.err().contains("at most"), r.err());
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
    }

    @Test
    void handlesOneLineOfAHundredThousandCharacters() throws IOException {
        Path text = write("line.txt", ("Russia, Iran and Turkey held talks in Astana on Monday and said the round went well "
                .repeat(1_200)).substring(0, 100_000).getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        Run r = run("extract", text.toString(), "--published", "2017-10-30");
        assertEquals(0, r.code(), r.err());
        assertTrue(System.nanoTime() - started < 10_000_000_000L);
    }

    @Test
    void needsThePublicationDate() throws IOException {
        Path text = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Run r = run("extract", text.toString());
        assertEquals(4, r.code());
        assertTrue(r.err().contains("publication date is required"), r.err());
    }

    @Test
    void extractsAFolderWithSidecars() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), ARTICLE);
            Files.writeString(in.resolve("a" + i + ".meta.yaml"), "published: 2017-10-30\npublisher: afp\n");
        }
        Files.writeString(in.resolve("b.txt"), ARTICLE);
        Files.writeString(in.resolve("b.meta.json"), "{\"published\": \"2017-10-30\", \"publisher\": \"Al Jazeera\", \"url\": \"https://example.org/b\"}");
        Path out = tmp.resolve("out");
        Run r = run("extract", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        try (var s = Files.list(out)) {
            assertEquals(4, s.count());
        }
        assertTrue(Files.readString(out.resolve("b.yaml")).contains("publisher: al-jazeera"));
    }

    @Test
    void ingestWritesIntoTheProjectsArticlesAndKeepsCuratedFiles() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/data/articles")).getParent().getParent();
        Files.copy(Path.of("data/registry.yaml"), project.resolve("data/registry.yaml"));
        Path text = write("r7.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Run first = run("ingest", text.toString(), "--published", "2017-10-30", "--project", project.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.exists(project.resolve("data/articles/r7.yaml")));
        Run again = run("ingest", text.toString(), "--published", "2017-10-30", "--project", project.toString());
        assertEquals(4, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void aBadDateIsAUsageError() throws IOException {
        Path text = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run("extract", text.toString(), "--published", "30/10/2017").code());
    }

    @Test
    void evalSaysClearlyWhenTheTextsAreMissing() {
        Run r = run("eval", "--texts", tmp.resolve("nowhere").toString());
        assertEquals(4, r.code());
        assertTrue(r.err().contains("are missing"), r.err());
    }
}
