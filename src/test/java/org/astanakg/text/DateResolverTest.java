package org.astanakg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    /** A Monday. */
    private final DateResolver monday = new DateResolver(LocalDate.of(2017, 10, 30));

    private DateMention only(DateResolver r, String sentence) {
        List<DateMention> found = r.find(sentence);
        assertEquals(1, found.size(), () -> "found " + found);
        return found.get(0);
    }

    @Test
    void resolvesAWeekdayToThePastOrTheSameDay() {
        assertEquals("2017-10-30", only(monday, "Talks opened on Monday.").start().toString());
        assertEquals("2017-10-26", only(monday, "He arrived on Thursday.").start().toString());
    }

    @Test
    void resolvesAWeekdayToTheFutureInAFutureSentence() {
        assertEquals("2017-10-31", only(monday, "The talks will conclude on Tuesday.").start().toString());
    }

    @Test
    void givesADayAndMonthWithoutYearTheNearestYearInTheSentencesDirection() {
        assertEquals("2017-11-28", only(monday, "Talks will begin on November 28.").start().toString());
        assertEquals("2017-06-04", only(monday, "They missed a June 4 deadline.").start().toString());
    }

    @Test
    void readsARangeOfDaysAsStartAndEnd() {
        DateMention d = only(new DateResolver(LocalDate.of(2017, 1, 20)), "They meet on January 23-24 in Astana.");
        assertEquals("2017-01-23", d.start().toString());
        assertEquals("2017-01-24", d.end2().toString());
    }

    @Test
    void readsADayAfterUntilOrSinceAsTheDayNotTheMonth() {
        DateResolver r = new DateResolver(LocalDate.of(2018, 7, 30));
        assertEquals("2018-07-31", only(r, "The talks will last until July 31.").start().toString());
        assertEquals("2018-07-02", only(r, "No shelling has been reported since July 2.").start().toString());
        assertEquals("2018-07", only(r, "The truce held until July.").start().toString());
    }

    @Test
    void readsMonthsWithTheirPrecision() {
        assertEquals("2017-05", only(monday, "The plan was agreed in May.").start().toString());
        assertEquals("2017-09", only(monday, "A deal reached in mid-September held.").start().toString());
    }

    @Test
    void readsYearsAndRelativePhrases() {
        assertEquals("2017", only(monday, "The push began in early 2017.").start().toString());
        assertEquals("2016-12", only(monday, "A truce brokered at the end of last year held.").start().toString());
        DateMention lastWeek = only(new DateResolver(LocalDate.of(2017, 12, 21)), "He visited last week.");
        assertEquals("2017-12-11", lastWeek.start().toString());
        assertEquals("2017-12-17", lastWeek.end2().toString());
        DateMention ago = only(monday, "The intervention two years ago changed the war.");
        assertEquals("2015-10", ago.start().toString());
        assertEquals("about", ago.qualifier());
    }

    @Test
    void doesNotTakeTheVerbMayForAMonth() {
        assertEquals(List.of(), monday.find("Talks may resume soon."));
    }

    @Test
    void readsAPairOfWeekdaysAsARange() {
        DateMention d = only(monday, "They will meet on Monday and Tuesday.");
        assertEquals("2017-10-30", d.start().toString());
        assertEquals("2017-10-31", d.end2().toString());
        assertNull(d.qualifier());
    }

    @Test
    void readsADateAfterSinceInAFutureSentenceAsPast() {
        DateResolver r = new DateResolver(LocalDate.of(2017, 1, 17));
        List<DateMention> ds = r.find("The talks will be the first since the three countries brokered a ceasefire in late December.");
        assertEquals(LocalDate.of(2016, 12, 1), ds.get(0).start().first());
        List<DateMention> next = r.find("The talks will open on January 23 and will be the first since the truce.");
        assertEquals(LocalDate.of(2017, 1, 23), next.get(0).start().first());
        List<DateMention> later = r.find("Since the truce, both sides will meet in late February.");
        assertEquals(LocalDate.of(2017, 2, 1), later.get(0).start().first());
    }
}
