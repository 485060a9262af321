package org.astanakg.text;

import org.astanakg.fact.PartialDate;

/**
 * A date phrase resolved against the publication date ("on Tuesday", "in May", "January 23-24").
 *
 * @param begin     first char of the phrase, relative to the sentence
 * @param end       char just after it, relative to the sentence
 * @param start     the date, or the first day of a range
 * @param end2      the last day of a range, or null
 * @param qualifier {@code about}, {@code before} or {@code after} when the phrase is vague, or null
 */
public record DateMention(int begin, int end, PartialDate start, PartialDate end2, String qualifier) {

    /** The last date the phrase names: the range's end, or the date. */
    public PartialDate last() {
        return end2 != null ? end2 : start;
    }
}
