package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.junit.jupiter.api.Test;

/** The splitter's detector (with its own scanner for sentence ends) splits exactly as OpenNLP's own. */
class SentenceSplitterTest {

    @Test
    void splitsAsOpenNlpDoes() {
        List<String> inputs = new ArrayList<>();
        for (String article : TestTexts.articles()) {
            inputs.addAll(List.of(article.split("\n")));
        }
        Random random = new Random(11);
        String alphabet = "ab AB.!?;:\"”’)(… 12U.S. Mr. Jan. 3.5";
        for (int k = 0; k < 2_000; k++) {
            inputs.add(TestTexts.random(random, alphabet, 120));
        }
        SentenceDetectorME ours = SentenceSplitter.detector();
        SentenceDetectorME theirs = SentenceSplitter.plainDetector();
        int split = 0;
        for (String line : inputs) {
            opennlp.tools.util.Span[] expected = theirs.sentPosDetect(line);
            assertArrayEquals(expected, ours.sentPosDetect(line), line);
            split += expected.length > 1 ? 1 : 0;
        }
        assertTrue(split > 100, "lines split in two or more: " + split);
    }

    private static List<String> sentences(String text) {
        return ArticleText.of(text).sentences().stream().map(TextSentence::text).toList();
    }

    @Test
    void keepsAbbreviatedMonthsAndTitlesInTheirSentence() {
        assertEquals(List.of("The 21st round ended on Jan. 25 in Astana, the ministry said."),
                sentences("The 21st round ended on Jan. 25 in Astana, the ministry said."));
        assertEquals(List.of("It was held in Feb. 2017, officials said."), sentences("It was held in Feb. 2017, officials said."));
        assertEquals(List.of("The meeting was chaired by Gen. Sergei Rudskoy of Russia."),
                sentences("The meeting was chaired by Gen. Sergei Rudskoy of Russia."));
    }

    @Test
    void stillSplitsAfterAMonthThatEndsASentence() {
        assertEquals(List.of("He left in Jan.", "The talks resumed."), sentences("He left in Jan. The talks resumed."));
        assertEquals(List.of("The U.S. envoy attended.", "Mr. Lavrentiev spoke."),
                sentences("The U.S. envoy attended. Mr. Lavrentiev spoke."));
    }
}
