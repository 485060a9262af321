package org.astanakg.fact;

/**
 * One sentence of an article, by offsets only (the text itself is never stored).
 *
 * @param index 1-based number in the article
 * @param begin first code point
 * @param end   code point just after the sentence
 */
public record Sentence(int index, int begin, int end) {

    /** True when {@code [spanBegin, spanEnd)} lies inside this sentence. */
    public boolean contains(int spanBegin, int spanEnd) {
        return begin <= spanBegin && spanBegin < spanEnd && spanEnd <= end;
    }
}
