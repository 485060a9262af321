package org.astanakg.fact;

import java.util.List;

/**
 * A person and the role an article gives them ("Russia's chief negotiator").
 *
 * @param person      registry id of the person
 * @param position    the role as a short title
 * @param affiliation registry id of whom they act for, or null
 * @param event       id of the event fact they act at, or null
 */
public record PersonFact(String id, String person, String position, String affiliation, String event,
        List<Evidence> evidence) implements Fact {
    public PersonFact {
        evidence = List.copyOf(evidence);
    }
}
