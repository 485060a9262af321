package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BigramsTest {

    @Test
    void everyPieceOfTheTextMayBeThere() {
        Random random = new Random(5);
        String alphabet = "abcdefghij -’é\u0000\uffff";
        for (int k = 0; k < 500; k++) {
            String text = TestTexts.random(random, alphabet, 200);
            Bigrams pairs = new Bigrams(text);
            for (int from = 0; from < text.length(); from++) {
                for (int to = from; to <= Math.min(text.length(), from + 12); to++) {
                    assertTrue(pairs.mayContain(text.substring(from, to)), () -> text);
                }
            }
        }
    }

    @Test
    void mostAbsentKeysAreRuledOut() {
        Bigrams pairs = new Bigrams("the seventh round of talks opened in astana on monday");
        assertFalse(pairs.mayContain("geneva"));
        assertFalse(pairs.mayContain("spokesman"));
        assertFalse(pairs.mayContain("killed"));
        assertTrue(pairs.mayContain("round"));
        assertTrue(pairs.mayContain("x"));
    }
}
