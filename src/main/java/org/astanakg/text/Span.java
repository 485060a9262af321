package org.astanakg.text;

/**
 * A half-open stretch {@code [begin, end)} of a text, in UTF-16 char indices of the Java string.
 * {@link ArticleText#codePoint(int)} turns an index into the code-point offset the facts files use.
 *
 * @param begin first char
 * @param end   char just after the span
 */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /** The number of chars it covers. */
    public int length() {
        return end - begin;
    }

    /** True when the two spans share at least one char. */
    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }
}
