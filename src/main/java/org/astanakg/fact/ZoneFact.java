package org.astanakg.fact;

import java.util.List;

/**
 * What an article says of a de-escalation or buffer zone. Every field but {@code zone} may be
 * null or empty.
 *
 * @param zone              registry id of the zone
 * @param count             how many zones the arrangement has
 * @param areas             registry ids of the places it covers
 * @param guarantors        registry ids of its guarantors
 * @param agreedAt          id of the event fact where it was agreed
 * @param agreed            when it was agreed
 * @param agreedBy          registry ids of those who agreed it
 * @param duration          ISO 8601 duration, e.g. {@code P6M}
 * @param durationQualifier e.g. {@code at-least}
 * @param extendable        whether it may be extended
 * @param terms             its terms
 * @param deadline          a deadline set for it (e.g. for its boundaries)
 * @param deadlineMissed    whether that deadline was missed
 * @param partOf            registry id of the larger zone arrangement
 */
public record ZoneFact(String id, String zone, Integer count, List<String> areas, List<String> guarantors,
        String agreedAt, PartialDate agreed, List<String> agreedBy, String duration, String durationQualifier,
        Boolean extendable, List<ZoneTerm> terms, PartialDate deadline, Boolean deadlineMissed, String partOf,
        List<Evidence> evidence) implements Fact {
    public ZoneFact {
        areas = List.copyOf(areas);
        guarantors = List.copyOf(guarantors);
        agreedBy = List.copyOf(agreedBy);
        terms = List.copyOf(terms);
        evidence = List.copyOf(evidence);
    }
}
