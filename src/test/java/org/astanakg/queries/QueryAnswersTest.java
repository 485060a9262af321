package org.astanakg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.astanakg.store.TestGraph;
import org.junit.jupiter.api.Test;

/**
 * Every example query in {@code queries/}, run on the graph built from the curated facts, gives the
 * answers a careful reader takes from the seed articles ({@code shared/reference/seed-facts.md}).
 */
class QueryAnswersTest {

    private static List<Map<String, String>> run(String name) {
        return TestGraph.rows(Path.of("queries", name));
    }

    private static Set<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(v -> v != null).collect(Collectors.toSet());
    }

    private static Map<String, String> only(List<Map<String, String>> rows, String var, String value) {
        List<Map<String, String>> hits = rows.stream().filter(r -> value.equals(r.get(var))).toList();
        assertEquals(1, hits.size(), "exactly one row with " + var + "=" + value + " in " + rows);
        return hits.get(0);
    }

    @Test
    void roundsGivesTheFourReportedRoundsWithTheirDatesAndVenue() {
        List<Map<String, String>> rows = run("rounds.rq");
        String[][] expected = {
            {"5", "2017-07-04", "2017-07-05", "1"},
            {"7", "2017-10-30", "2017-10-31", "2"},
            {"8", "2017-12-21", "2017-12-22", "1"},
            {"11", "2018-11-28", "2018-11-29", "1"},
        };
        for (String[] e : expected) {
            Map<String, String> row = only(rows, "ordinal", e[0]);
            assertEquals(e[1], row.get("start"), "start of round " + e[0]);
            assertEquals(e[2], row.get("end"), "end of round " + e[0]);
            assertEquals("Astana", row.get("place"), "place of round " + e[0]);
            assertEquals(e[3], row.get("sources"), "sources of round " + e[0]);
            assertEquals("https://w3id.org/astana-kg/id/round/" + e[0], row.get("round"));
        }
    }

    @Test
    void roundsKnowsTheSeptemberRoundAsTheSixthAndTheMayRoundByItsMonth() {
        List<Map<String, String>> rows = run("rounds.rq");
        assertEquals("2017-09-01", only(rows, "ordinal", "6").get("start"));
        assertTrue(rows.stream().anyMatch(r -> r.get("ordinal") == null && "2017-05-01".equals(r.get("start"))
                && "2".equals(r.get("sources"))), "the May 2017 round told by two articles: " + rows);
    }

    @Test
    void figuresGivesTheFourDeathTollsEachWithItsOwnSourceAndDate() {
        List<Map<String, String>> deaths = run("figures.rq").stream()
                .filter(r -> r.get("measure").equals("deaths") && Double.parseDouble(r.get("value").matches("[0-9.]+")
                        ? r.get("value") : "0") > 1000).toList();
        Set<String> seen = deaths.stream().map(r -> r.get("value") + "|" + r.get("qualifier") + "|" + r.get("asOf") + "|"
                + r.get("statedBy")).collect(Collectors.toSet());
        assertEquals(Set.of("320000|estimated|2017-07-04|AFP", "330000|more-than|2017-10-30|AFP",
                "500000|nearly|2017-10-30|Al Jazeera", "360000|more-than|2018-11-28|The Defense Post"), seen);
        assertEquals(4, column(deaths, "article").size(), "each death toll comes from its own article");
    }

    @Test
    void roundRolesNamesTheThreeGuarantorsOfEveryRoundWithTheirWikidataItems() {
        List<Map<String, String>> rows = run("round-roles.rq");
        for (String round : List.of("5", "7", "8", "11")) {
            Set<String> guarantors = rows.stream().filter(r -> r.get("ordinal").equals(round)
                    && r.get("role").equals("guarantor")).map(r -> r.get("actor") + " " + r.get("wikidata"))
                    .collect(Collectors.toSet());
            assertEquals(Set.of("Russia http://www.wikidata.org/entity/Q159", "Iran http://www.wikidata.org/entity/Q794",
                    "Turkey http://www.wikidata.org/entity/Q43"), guarantors, "guarantors of round " + round);
            Set<String> parties = rows.stream().filter(r -> r.get("ordinal").equals(round) && r.get("role").equals("party"))
                    .map(r -> r.get("actor")).collect(Collectors.toSet());
            assertEquals(Set.of("Syrian government", "Syrian opposition"), parties, "parties of round " + round);
        }
    }

    @Test
    void roundRolesKeepsTheUnitedStatesAbsenceFromRoundEleven() {
        Map<String, String> us = run("round-roles.rq").stream()
                .filter(r -> r.get("ordinal").equals("11") && r.get("actor").equals("United States")).findFirst().orElseThrow();
        assertEquals("false", us.get("attended"));
        assertTrue(run("round-roles.rq").stream().anyMatch(r -> r.get("ordinal").equals("5")
                && r.get("actor").equals("United States") && r.get("role").equals("observer")));
    }

    @Test
    void zoneGuarantorsAreRussiaTurkeyAndIran() {
        List<Map<String, String>> rows = run("zone-guarantors.rq");
        assertEquals(Set.of("Russia", "Turkey", "Iran"), column(rows, "guarantor"));
    }

    @Test
    void zoneAreasCoverTheEightNamedAreas() {
        Set<String> areas = column(run("zone-areas.rq"), "area");
        for (String area : List.of("Idlib Governorate", "Latakia Governorate", "Aleppo Governorate", "Hama Governorate",
                "Homs Governorate", "Eastern Ghouta", "Daraa Governorate", "Quneitra Governorate")) {
            assertTrue(areas.contains(area), area + " in " + areas);
        }
    }

    @Test
    void alignmentsGiveWhoBacksWhomWithTheirSourceCounts() {
        List<Map<String, String>> rows = run("alignments.rq");
        Map<String, Integer> sources = rows.stream().collect(Collectors.toMap(
                r -> r.get("actor") + " " + r.get("stance") + " " + r.get("target"), r -> Integer.parseInt(r.get("sources"))));
        assertTrue(sources.getOrDefault("Turkey supports Syrian opposition", 0) >= 5, sources.toString());
        assertTrue(sources.getOrDefault("Russia supports Syrian government", 0) >= 4, sources.toString());
        assertTrue(sources.getOrDefault("Iran supports Syrian government", 0) >= 4, sources.toString());
        assertEquals(1, sources.get("United States supports Syrian Democratic Forces"));
        assertEquals(2, sources.get("Syrian opposition demands-ouster-of Bashar al-Assad"));
    }

    @Test
    void peopleGiveTheirRolesAndAffiliations() {
        List<Map<String, String>> rows = run("people.rq");
        Map<String, String> lavrentiev = only(rows, "person", "Alexander Lavrentiev");
        assertEquals("chief negotiator", lavrentiev.get("position"));
        assertEquals("Russia", lavrentiev.get("affiliation"));
        assertEquals("Special Representative for Syria Engagement", only(rows, "person", "James Jeffrey").get("position"));
        assertTrue(rows.stream().anyMatch(r -> r.get("person").equals("Vladimir Putin")
                && "http://www.wikidata.org/entity/Q7747".equals(r.get("wikidata"))));
        assertEquals(4, rows.stream().filter(r -> r.get("person").equals("Staffan de Mistura")).count());
    }

    @Test
    void eventsBeforeRoundSevenAreAllDatedBeforeItsStart() {
        List<Map<String, String>> rows = run("events-before-round.rq");
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertTrue(r.get("date").compareTo("2017-10-30") < 0
                || r.get("label").contains("Raqqa"), r.toString()));
        Set<String> labels = column(rows, "label");
        assertTrue(labels.stream().anyMatch(l -> l.contains("Raqqa")), "the fall of Raqqa days before: " + labels);
        assertTrue(labels.stream().anyMatch(l -> l.contains("Russian military intervention")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("Douma")), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.contains("withdrawal")), "Putin's December withdrawal came later");
    }

    @Test
    void evidenceTracesRoundSevenToBothArticlesBySentenceAndSpan() {
        List<Map<String, String>> rows = run("evidence.rq").stream()
                .filter(r -> r.get("fact").equals("https://w3id.org/astana-kg/id/round/7")).toList();
        assertEquals(Set.of("https://www.aljazeera.com/news/2017/10/30/syrias-warring-sides-meet-for-fresh-talks-in-astana/",
                "https://egypttoday.com/Article/1/30057/Fresh-Syria-talks-open-in-Astana"), column(rows, "article"));
        rows.forEach(r -> assertTrue(Integer.parseInt(r.get("start")) < Integer.parseInt(r.get("end"))
                && Integer.parseInt(r.get("sentence")) >= 1, r.toString()));
    }

    @Test
    void contestedShowsTheDeathTollsThatDisagree() {
        List<Map<String, String>> rows = run("contested.rq");
        Set<String> deaths = rows.stream().filter(r -> r.get("measure").equals("deaths"))
                .map(r -> r.get("value")).collect(Collectors.toSet());
        assertEquals(Set.of("320000", "330000", "500000", "360000"), deaths);
        assertTrue(rows.stream().noneMatch(r -> r.get("measure").equals("population")),
                "populations of different places are not a disagreement: " + rows);
    }

    @Test
    void anArticleGraphHoldsOnlyTheOrdinalsItsArticleStates() {
        var ds = TestGraph.project().dataset();
        var ordinal = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/astana-kg/ontology#ordinal");
        var round7 = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/astana-kg/id/round/7");
        var round6 = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/astana-kg/id/round/6");
        var g000 = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/astana-kg/graph/article/000_223571b39dbfe192");
        var g001 = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/astana-kg/graph/article/001_bf0147ec658fde9e");
        var inferred = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/astana-kg/graph/inferred");
        org.apache.jena.system.Txn.executeRead(ds, () -> {
            assertTrue(ds.contains(g000, round7, ordinal, org.apache.jena.graph.Node.ANY), "000 names the seventh round");
            assertFalse(ds.contains(g001, round7, ordinal, org.apache.jena.graph.Node.ANY), "001 never gives the number");
            assertFalse(ds.contains(g001, round6, ordinal, org.apache.jena.graph.Node.ANY));
            assertTrue(ds.contains(inferred, round6, ordinal, org.apache.jena.graph.Node.ANY), "the sixth is worked out");
        });
    }
}
