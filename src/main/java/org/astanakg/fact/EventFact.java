package org.astanakg.fact;

import java.util.List;

/**
 * An event other than a talk round: an agreement, a strike, a congress, other talks.
 *
 * @param kind          what sort of event
 * @param label         a short English name the curator or extractor gives it
 * @param date          when it happened, for a one-day event, or null
 * @param start         first day, or null
 * @param end           last day, or null
 * @param dateQualifier {@code about}, {@code before} or {@code after}, or null
 * @param place         registry id of where, or null
 * @param actors        registry ids of who acted
 * @param target        registry id of whom or what it was aimed at, or null
 * @param key           a project-wide slug: facts with the same key are one event, or null
 */
public record EventFact(String id, EventKind kind, String label, PartialDate date, PartialDate start,
        PartialDate end, String dateQualifier, String place, List<String> actors, String target, String key,
        List<Evidence> evidence) implements Fact {
    public EventFact {
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
    }
}
