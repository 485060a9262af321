package org.astanakg.fact;

import java.util.List;

/**
 * Who backs whom ("Turkey, which backs the opposition").
 *
 * @param actor    registry id of the actor taking the stance
 * @param relation the stance
 * @param target   registry id of the actor it is taken towards
 */
public record AlignmentFact(String id, String actor, Stance relation, String target, List<Evidence> evidence)
        implements Fact {
    public AlignmentFact {
        evidence = List.copyOf(evidence);
    }
}
