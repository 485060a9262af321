package org.astanakg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.astanakg.fact.Article;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.Evidence;
import org.astanakg.fact.Fact;
import org.astanakg.fact.PartialDate;
import org.astanakg.fact.RoundFact;
import org.astanakg.fact.RoundStatus;
import org.junit.jupiter.api.Test;

class RoundResolverTest {
    private static final List<Evidence> EV = List.of(new Evidence(1, 0, 5, null));

    private static ArticleFacts article(String id, Fact... facts) {
        return new ArticleFacts(new Article(id, null, "afp", null, LocalDate.of(2017, 10, 30), null, null, -1),
                List.of(new org.astanakg.fact.Sentence(1, 0, 10)), List.of(facts), id);
    }

    private static RoundFact round(String id, Integer ordinal, String start, String end, String place, String precedes) {
        return new RoundFact(id, ordinal, start == null ? null : PartialDate.parse(start).orElseThrow(),
                end == null ? null : PartialDate.parse(end).orElseThrow(), place, RoundStatus.REPORTED, null, precedes, EV);
    }

    @Test
    void anUnnumberedReportJoinsTheNumberedRoundAtTheSamePlaceAndDates() {
        Map<String, RoundIdentity> ids = RoundResolver.resolve(List.of(
                article("a", round("r", 7, "2017-10-30", null, "astana", null)),
                article("b", round("r", null, "2017-10-30", "2017-10-31", "astana", null))));
        assertEquals(Iris.round(7), ids.get(RoundResolver.key("b", "r")).node());
        assertEquals(7, ids.get(RoundResolver.key("b", "r")).ordinal());
    }

    @Test
    void aRoundElsewhereOnTheSameDaysStaysApart() {
        Map<String, RoundIdentity> ids = RoundResolver.resolve(List.of(
                article("a", round("r", 7, "2017-10-30", null, "astana", null)),
                article("b", round("r", null, "2017-10-30", null, "geneva", null))));
        assertNotEquals(Iris.round(7), ids.get(RoundResolver.key("b", "r")).node());
        assertNull(ids.get(RoundResolver.key("b", "r")).ordinal());
    }

    @Test
    void roundsWithDifferentOrdinalsAreNeverMergedEvenWhenAnotherReportBridgesThem() {
        Map<String, RoundIdentity> ids = RoundResolver.resolve(List.of(
                article("a", round("r", 4, "2017-05-03", "2017-05-04", "astana", null)),
                article("b", round("r", 5, "2017-05-30", null, "astana", null)),
                article("c", round("r", null, "2017-05", null, "astana", null))));
        assertEquals(Iris.round(4), ids.get(RoundResolver.key("a", "r")).node());
        assertEquals(Iris.round(5), ids.get(RoundResolver.key("b", "r")).node());
    }

    @Test
    void theRoundJustBeforeANumberedRoundGetsThePreviousNumber() {
        Map<String, RoundIdentity> ids = RoundResolver.resolve(List.of(
                article("a", round("r7", 7, "2017-10-30", null, "astana", null),
                        round("sep", null, "2017-09", null, null, "r7"))));
        assertEquals(Iris.round(6), ids.get(RoundResolver.key("a", "sep")).node());
    }

    @Test
    void anUnnumberedRoundIsNamedAfterItsFirstReport() {
        Map<String, RoundIdentity> ids = RoundResolver.resolve(List.of(
                article("b", round("x", null, "2017-05", null, "astana", null)),
                article("a", round("y", null, "2017-05", null, "astana", null))));
        assertEquals(Iris.unnumberedRound("a", "y"), ids.get(RoundResolver.key("b", "x")).node());
        assertEquals(Iris.unnumberedRound("a", "y"), ids.get(RoundResolver.key("a", "y")).node());
    }

    @Test
    void aMentionDatedOnlyByItsYearBridgesNothing() {
        Map<String, RoundIdentity> ids = RoundResolver.resolve(List.of(
                article("a", round("r", 7, "2017-10-30", "2017-10-31", "astana", null)),
                article("b", round("may", null, "2017-05", null, "astana", null)),
                article("c", round("y", null, "2017", null, "astana", null))));
        assertNotEquals(Iris.round(7), ids.get(RoundResolver.key("b", "may")).node());
        assertNotEquals(Iris.round(7), ids.get(RoundResolver.key("c", "y")).node());
        assertNotEquals(ids.get(RoundResolver.key("b", "may")).node(), ids.get(RoundResolver.key("c", "y")).node());
    }

    @Test
    void aReportOverlappingTwoNumberedRoundsJoinsNeither() {
        Map<String, RoundIdentity> ids = RoundResolver.resolve(List.of(
                article("a", round("r", 4, "2017-05-03", "2017-05-04", "astana", null)),
                article("b", round("r", 5, "2017-05-30", null, "astana", null)),
                article("c", round("r", null, "2017-05", null, "astana", null))));
        assertNull(ids.get(RoundResolver.key("c", "r")).ordinal());
    }

    @Test
    void aRoundWithoutDatesStaysOnItsOwn() {
        Map<String, RoundIdentity> ids = RoundResolver.resolve(List.of(
                article("a", round("r", null, "2017-10-30", null, "astana", null)),
                article("b", round("r", null, null, null, "astana", null))));
        assertNotEquals(ids.get(RoundResolver.key("a", "r")).node(), ids.get(RoundResolver.key("b", "r")).node());
    }
}
