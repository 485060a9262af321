package org.astanakg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.astanakg.fact.Role;
import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void unnumberedRoundsOfDifferentArticlesNeverShareAnIri() {
        assertNotEquals(Iris.unnumberedRound("x-1", "r"), Iris.unnumberedRound("x", "1-r"));
    }

    @Test
    void aParticipationKeepsItsEventsPathSoKeyedAndLocalEventsStayApart() {
        assertNotEquals(Iris.participation(Iris.event("x-1-r"), "russia", Role.GUARANTOR),
                Iris.participation(Iris.event("x", "1-r"), "russia", Role.GUARANTOR));
        assertEquals("https://w3id.org/astana-kg/id/participation/round/7/russia/guarantor",
                Iris.participation(Iris.round(7), "russia", Role.GUARANTOR).getURI());
    }
}
