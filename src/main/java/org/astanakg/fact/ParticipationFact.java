package org.astanakg.fact;

import java.util.List;

/**
 * An actor's role at an event ("brokered by Russia", "Washington would not attend").
 *
 * @param event    id of the event fact
 * @param actor    registry id of the actor
 * @param role     the role
 * @param attended false for a stated absence
 */
public record ParticipationFact(String id, String event, String actor, Role role, boolean attended,
        List<Evidence> evidence) implements Fact {
    public ParticipationFact {
        evidence = List.copyOf(evidence);
    }
}
