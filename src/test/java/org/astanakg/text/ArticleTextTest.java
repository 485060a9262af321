package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void leavesFurnitureOutOfTheSentencesWithoutMovingOffsets() {
        String text = "You are here\n\nTalks open in Astana\n\nA caption of a photo [File: A Person/Reuters]\n\n"
                + "Delegates met on Monday. They will meet again.\n\nRelated Articles\n\n5 users have voted.\nSource: Al Jazeera\n";
        ArticleText doc = ArticleText.of(text);
        List<String> sentences = doc.sentences().stream().map(TextSentence::text).toList();
        assertEquals(List.of("Talks open in Astana", "Delegates met on Monday.", "They will meet again."), sentences);
        for (TextSentence s : doc.sentences()) {
            assertEquals(s.text(), text.substring(s.span().begin(), s.span().end()));
        }
    }

    @Test
    void countsOffsetsInCodePoints() {
        String text = "Emoji \uD83D\uDE00 first. Then talks began in Astana on Monday.";
        ArticleText doc = ArticleText.of(text);
        TextSentence second = doc.sentences().get(1);
        assertEquals(text.codePointCount(0, second.span().begin()), doc.codePoint(second.span().begin()));
        assertEquals(second.span().begin() - 1, doc.codePoint(second.span().begin()));
    }

    @Test
    void recognisesCreditsCaptionsAndWidgets() {
        assertTrue(Furniture.isFurniture("Smoke rises over the city (AFP photo)"));
        assertTrue(Furniture.isFurniture("The eighth round began [Getty]"));
        assertTrue(Furniture.isFurniture("Back to top button"));
        assertTrue(Furniture.isFurniture("By Reuters - Mar 12,2019 - Last updated at Mar 13,2019"));
        assertTrue(Furniture.isFurniture("3 min read"));
        assertFalse(Furniture.isFurniture("Russia, Iran and Turkey met in Astana on Monday."));
    }

    @Test
    void hashesTheSpanTextLikeTheFactsFilesDo() {
        assertEquals("2cf24dba", ArticleText.sha8("hello"));
    }
}
