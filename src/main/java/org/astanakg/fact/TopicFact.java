package org.astanakg.fact;

import java.util.List;

/**
 * An item on the agenda of an event.
 *
 * @param event id of the event fact
 * @param topic the topic
 */
public record TopicFact(String id, String event, Topic topic, List<Evidence> evidence) implements Fact {
    public TopicFact {
        evidence = List.copyOf(evidence);
    }
}
