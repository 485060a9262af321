package org.astanakg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonRulesTest {

    @Test
    void keepsTheTitleProperOfAPhraseBeforeAName() {
        assertEquals("Syrian President", PersonRules.clean("who support Syrian President"));
        assertEquals("Kazakh foreign ministry spokesman", PersonRules.clean("Kazakh foreign ministry spokesman"));
        assertEquals("Russian Foreign Minister", PersonRules.clean("he will meet Russian Foreign Minister"));
        assertEquals("top US diplomat for the Gulf", PersonRules.clean("the top US diplomat for the Gulf"));
        assertEquals("President", PersonRules.clean("rebels seeking President"));
    }

    @Test
    void givesNoTitleWithoutARoleWord() {
        assertNull(PersonRules.clean("the talks on Monday"));
    }
}
