package org.astanakg.fact;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sourced figure: a claim, never a single truth.
 *
 * @param measure   what is counted
 * @param value     the number, or null when only {@code valueText} is given
 * @param valueText a word for a vague amount ({@code half}, {@code millions}), or null
 * @param qualifier how exact the figure is said to be, or null
 * @param asOf      when the figure held (usually the publication date)
 * @param statedBy  registry id of whoever the figure is attributed to
 * @param about     registry id or fact id of what the figure is about, or null
 * @param place     registry id of the place it concerns, or null
 */
public record ClaimFact(String id, Measure measure, BigDecimal value, String valueText, Qualifier qualifier,
        PartialDate asOf, String statedBy, String about, String place, List<Evidence> evidence) implements Fact {
    public ClaimFact {
        evidence = List.copyOf(evidence);
    }
}
