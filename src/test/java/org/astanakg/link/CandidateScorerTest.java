package org.astanakg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.astanakg.registry.Entity;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.Test;

class CandidateScorerTest {
    private static final Registry REGISTRY = RegistryReader.read(WikidataReplayServer.ANSWERS.resolve("registry.yaml"));
    private static final CandidateScorer SCORER = new CandidateScorer(REGISTRY);

    @Test
    void theSameNameWithItsWikipediaArticleAndAFittingDescriptionScoresHigh() {
        Proposal p = SCORER.score(entity("staffan-de-mistura"), new WikidataItem("Q90000001", "Staffan de Mistura",
                "Swedish-Italian diplomat", List.of(), "Staffan de Mistura", null, null, List.of()));
        assertEquals(0.9, p.score());
        assertEquals(3, p.reasons().size(), p.reasons().toString());
    }

    @Test
    void aNamesakeFarAwayScoresLow() {
        Proposal p = SCORER.score(entity("eastern-ghouta"), new WikidataItem("Q90000011", "Ghouta", "village",
                List.of(), "", 36.9, 40.1, List.of()));
        assertTrue(p.score() < 0.3, p.toString());
        assertTrue(p.reasons().stream().anyMatch(r -> r.contains("probably another place")));
    }

    @Test
    void namesCompareWithoutCaseAccentsOrPunctuation() {
        assertEquals("recep tayyip erdogan", CandidateScorer.norm("Recep Tayyip Erdoğan"));
        assertEquals("hay at tahrir al sham", CandidateScorer.norm("Hay'at Tahrir al-Sham"));
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        double km = CandidateScorer.distanceKm(33.5, 36.3, 35.9304, 39.02);
        assertTrue(km > 350 && km < 380, Double.toString(km));
    }

    private static Entity entity(String id) {
        return REGISTRY.get(id).orElseThrow();
    }
}
