package org.astanakg.fact;

import java.util.List;

/**
 * A round of the Astana talks as one article tells it.
 *
 * @param ordinal  its number in the series, or null when the article does not give it
 * @param start    first day, or null
 * @param end      last day, or null
 * @param place    registry id of the venue, or null
 * @param status   whether the article reports the round or only mentions it
 * @param follows  id of the round fact this round comes after, or null
 * @param precedes id of the round fact this round comes before, or null
 */
public record RoundFact(String id, Integer ordinal, PartialDate start, PartialDate end, String place,
        RoundStatus status, String follows, String precedes, List<Evidence> evidence) implements Fact {
    public RoundFact {
        evidence = List.copyOf(evidence);
    }
}
