package org.astanakg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.astanakg.text.ArticleText;
import org.astanakg.text.Rx;
import org.astanakg.text.TextSentence;
import org.junit.jupiter.api.Test;

/** The name-then-title pattern, tried only around commas, finds what a search of the whole sentence finds. */
class NewPersonRulesTest {

    @Test
    void searchingAroundCommasFindsWhatTheWholeSentenceGives() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/extract/cases"), Path.of("../shared/seeds"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        ArticleText.of(Files.readString(f)).sentences().stream().map(TextSentence::text).forEach(sentences::add);
                    }
                }
            }
        }
        Random random = new Random(3);
        String[] words = {"Sergei Lavrov", "Bashar al-Jaafari", "Ab", ",", ", ", "the", "Russian", "Russia's", "deputy",
            "Deputy", "minister", "envoy for Syria", "of", ".", "(", "Ahmet Yildiz", "Special", "spokesman", "said", "x",
            "Ahmet Yildiz, Turkey's deputy foreign minister,", "Sergei Lavrov, the Russian foreign minister."};
        for (int k = 0; k < 5_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(3) > 0 ? " " : "");
            }
            sentences.add(b.toString());
        }
        int matches = 0;
        for (String s : sentences) {
            List<String> whole = new ArrayList<>();
            Rx.M m = NewPersonRules.NAME_THEN_TITLE.matcher(s);
            while (m.find()) {
                whole.add(m.start(1) + "-" + m.end(1) + " " + m.group(2));
            }
            List<String> windowed = new ArrayList<>();
            for (Regions.MatchAt w : Regions.find(NewPersonRules.NAME_THEN_TITLE, s, Regions.around(s.toLowerCase(
                    java.util.Locale.ROOT), NewPersonRules.COMMA, false, NewPersonRules.NAME_BEFORE_COMMA,
                    NewPersonRules.TITLE_AFTER_COMMA))) {
                windowed.add(w.result().start(1) + "-" + w.result().end(1) + " " + w.group(2));
            }
            assertEquals(whole, windowed, s);
            matches += whole.size();
        }
        assertTrue(matches > 10, "matches: " + matches);
    }
}
