package org.astanakg.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void readsDayMonthAndYearPrecision() {
        assertEquals(new PartialDate(LocalDate.of(2017, 10, 30), DatePrecision.DAY), PartialDate.parse("2017-10-30").orElseThrow());
        assertEquals(new PartialDate(LocalDate.of(2017, 5, 1), DatePrecision.MONTH), PartialDate.parse("2017-05").orElseThrow());
        assertEquals(new PartialDate(LocalDate.of(2016, 1, 1), DatePrecision.YEAR), PartialDate.parse("2016").orElseThrow());
    }

    @Test
    void rejectsImpossibleDatesAndOtherForms() {
        assertTrue(PartialDate.parse("2017-02-30").isEmpty());
        assertTrue(PartialDate.parse("2017-13").isEmpty());
        assertTrue(PartialDate.parse("30/10/2017").isEmpty());
        assertTrue(PartialDate.parse("").isEmpty());
    }

    @Test
    void aMonthOverlapsTheDaysInIt() {
        PartialDate may = PartialDate.parse("2017-05").orElseThrow();
        assertTrue(may.overlaps(PartialDate.parse("2017-05-31").orElseThrow()));
        assertFalse(may.overlaps(PartialDate.parse("2017-06-01").orElseThrow()));
        assertEquals(LocalDate.of(2016, 12, 31), PartialDate.parse("2016").orElseThrow().last());
    }

    @Test
    void printsInTheFormItWasWritten() {
        for (String s : new String[] {"2017-10-30", "2017-05", "2016"}) {
            assertEquals(s, PartialDate.parse(s).orElseThrow().toString());
        }
    }
}
