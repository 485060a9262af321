package org.astanakg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Texts for the text package's tests: the project's test articles, the seeds when at hand, random strings. */
final class TestTexts {
    private TestTexts() {
    }

    /** Every .txt file of the test articles and of {@code ../shared/seeds} (when present), in path order. */
    static List<String> articles() {
        List<String> out = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/extract/cases"), Path.of("../shared/seeds"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** A string of up to {@code maxLength} characters drawn from {@code alphabet}. */
    static String random(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
