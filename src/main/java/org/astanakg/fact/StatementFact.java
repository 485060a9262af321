package org.astanakg.fact;

import java.util.List;

/**
 * Someone said something: the speaker and where, never the words.
 *
 * @param speaker registry id of the speaker
 * @param event   id of the event fact it was said at or about, or null
 */
public record StatementFact(String id, String speaker, String event, List<Evidence> evidence) implements Fact {
    public StatementFact {
        evidence = List.copyOf(evidence);
    }
}
