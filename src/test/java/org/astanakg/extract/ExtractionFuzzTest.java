package org.astanakg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.astanakg.InputException;
import org.astanakg.fact.Article;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.astanakg.text.TextFile;
import org.junit.jupiter.api.Test;

/**
 * Feeds random and adversarial texts to the text checks and the extractor: nothing may throw
 * anything but an {@link InputException}, and every text must be done within a generous time per
 * character (linear scanning; catastrophic backtracking would blow it by orders of magnitude).
 */
class ExtractionFuzzTest {
    private static final int TEXTS = 1_200;
    /** Allowed time: a fixed allowance (JIT warm-up, GC pauses, a loaded CI machine) plus this many nanoseconds per char. */
    private static final long NANOS_PER_CHAR = 200_000;
    private static final long FIXED_NANOS = 1_500_000_000L;
    private static final String[] PIECES = {"the seventh round ", "7th round ", "round 12 ", "after 9 previous rounds ",
        "the eleventh of their kind ", "in Astana ", "Nur-Sultan ", "Sochi ", "Geneva talks ", "on Monday ", "Tuesday and Wednesday ",
        "January 23-24 ", "23-24 January 2017 ", "mid-September ", "in May ", "last week ", "the end of last year ",
        "two years ago ", "nearly half a million people ", "more than 330,000 lives ", "killed ", "displaced millions ",
        "Russia, Turkey and Iran ", "Moscow ", "Washington would not attend ", "the regime ", "rebels ", "backed by ",
        "which backs ", "US-backed ", "rebel backer Turkey ", "regime backers Russia and Iran ", "said ", "told AFP ",
        "[File: X/Reuters] ", "(AFP photo) ", "“", "”", "’", "—", "– ", "\n", "\n\n", ". ", ", ", "(", ")", "[", "]",
        "Hay’et Tahrir al-Sham ", "de-escalation zones ", "four ", "for at least six months ", "guarantors of the de-escalation zones ",
        "UN envoy Staffan de Mistura ", "as an observer ", "Kazakh foreign ministry spokesman Anuar Zhainakov ", "1,", "000 ",
        "a", "aaaaaaaaaa", " ", "\t", "-", "--", "''", "1", "2017 ", "\uD83D\uDE00", "é", "ß"};

    private final Registry registry = RegistryReader.read(Path.of("data/registry.yaml"));
    private final Extractor extractor = new Extractor(registry);
    private final Article article = new Article("fuzz", null, "afp", null, LocalDate.of(2017, 10, 30), null, null, -1);

    @Test
    void randomAndAdversarialTextsNeverThrowAndRunInLinearTime() {
        Random random = new Random(20171030);
        List<String> slow = new ArrayList<>();
        long chars = 0;
        long total = 0;
        for (int i = 0; i < TEXTS; i++) {
            byte[] bytes = text(random, i);
            long started = System.nanoTime();
            run(bytes);
            long took = System.nanoTime() - started;
            chars += bytes.length;
            total += took;
            if (took > FIXED_NANOS + NANOS_PER_CHAR * bytes.length) {
                slow.add("text " + i + " (" + bytes.length + " bytes) took " + took / 1_000_000 + " ms");
            }
        }
        double perChar = (double) total / Math.max(1, chars);
        assertTrue(slow.isEmpty(), () -> String.join("\n", slow));
        assertTrue(perChar < NANOS_PER_CHAR, "mean " + perChar + " ns per char");
    }

    @Test
    void timeGrowsLinearlyWithTheLengthOfAdversarialTexts() {
        String[] units = {"Russia, Turkey and Iran said talks began on Monday, January 23-24, in mid-September 2017. ",
            "The seventh round of the 7th meeting came after 12 previous rounds in Astana. ",
            "The war killed nearly half a million people, more than 330,000 lives, 1,500 children. ",
            "Moscow, which backs the regime backed by rebel backer Turkey, is going after ISIS. ",
            "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo ",
            "Russia Turkey Iran Moscow Ankara Tehran rebels regime Astana Monday May 2017 said "};
        for (String unit : units) {
            long small = best(unit, 20_000);
            long large = best(unit, 80_000);
            assertTrue(large < 8 * small + 100_000_000L, unit + ": 20k chars " + small / 1_000_000 + " ms, 80k chars "
                    + large / 1_000_000 + " ms");
        }
    }

    private long best(String unit, int length) {
        String text = unit.repeat(length / unit.length() + 1).substring(0, length);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            extractor.extract(article, text);
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    private void run(byte[] bytes) {
        try {
            String text = TextFile.check(Path.of("fuzz.txt"), bytes);
            extractor.extract(article, text);
        } catch (InputException e) {
            // a clear message is the expected answer to bad input
        }
    }

    private static byte[] text(Random random, int i) {
        switch (i % 6) {
            case 0 -> {
                byte[] b = new byte[random.nextInt(4_000)];
                random.nextBytes(b);
                return b;
            }
            case 1 -> {
                StringBuilder s = new StringBuilder();
                int n = random.nextInt(3_000);
                for (int k = 0; k < n; k++) {
                    s.appendCodePoint(random.nextInt(0x2FFF) + 1);
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                String piece = PIECES[random.nextInt(PIECES.length)];
                return ("the talks " + piece.repeat(1 + random.nextInt(20_000 / (piece.length() + 1)))).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                StringBuilder s = new StringBuilder("The talks in Astana began on Monday. ");
                int n = random.nextInt(i % 6 == 5 ? 3_000 : 300);
                for (int k = 0; k < n; k++) {
                    s.append(PIECES[random.nextInt(PIECES.length)]);
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
