package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.astanakg.extract.Extractor;
import org.astanakg.fact.Article;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.Test;

/** {@link Rx} finds exactly what {@link java.util.regex.Pattern} finds, for every pattern of the extractor. */
class RxTest {

    @Test
    void sameMatchesAsPattern() {
        List<String> texts = TestTexts.articles();
        Extractor x = new Extractor(RegistryReader.read(Path.of("data/registry.yaml")));
        Article a = new Article("t", null, "afp", null, LocalDate.of(2017, 10, 30), null, null, -1);
        for (String t : texts) {
            x.extract(a, t);
        }
        List<String> inputs = new ArrayList<>();
        for (String t : texts) {
            inputs.addAll(List.of(t.split("(?<=[.\n])")));
        }
        Random r = new Random(7);
        String alphabet = "aAbBtTsS0129 -.,'’\u00e9\u2019()\n\t\u000B\u0000roundtalksGenevaAstanaJanuary weeklastthisnextyear";
        for (int k = 0; k < 300; k++) {
            inputs.add(TestTexts.random(r, alphabet, 80));
        }
        List<Rx> all = Rx.all();
        assertTrue(all.size() > 50, "patterns compiled: " + all.size());
        long fast = all.stream().filter(Rx::fast).count();
        assertTrue(fast > 0);
        for (Rx rx : all) {
            for (String s : inputs) {
                compare(rx, s, -1, -1);
                if (s.length() > 4) {
                    int from = r.nextInt(s.length() / 2);
                    compare(rx, s, from, from + r.nextInt(s.length() - from));
                }
            }
        }
    }

    private static void compare(Rx rx, String s, int from, int to) {
        Matcher m = rx.pattern().matcher(s);
        Rx.M f = rx.matcher(s);
        if (from >= 0) {
            m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            f.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        }
        while (true) {
            boolean a = m.find();
            boolean b = f.find();
            assertEquals(a, b, () -> rx + " on '" + s + "'");
            if (!a) {
                return;
            }
            assertEquals(m.start(), f.start(), () -> rx + " on '" + s + "'");
            assertEquals(m.end(), f.end(), () -> rx + " on '" + s + "'");
            for (int g = 1; g <= m.groupCount(); g++) {
                assertEquals(m.start(g), f.start(g), rx + " group " + g + " on '" + s + "'");
                assertEquals(m.end(g), f.end(g), rx + " group " + g + " on '" + s + "'");
            }
        }
    }
}
