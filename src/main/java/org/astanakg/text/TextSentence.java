package org.astanakg.text;

/**
 * One sentence of an article: its 1-based number, where it lies and its text.
 *
 * @param index 1-based number in the article
 * @param span  where it lies in the article text (char indices)
 * @param text  the sentence's text
 */
public record TextSentence(int index, Span span, String text) {

    /** The article-level span of {@code [from, to)} given relative to this sentence. */
    public Span at(int from, int to) {
        return new Span(span.begin() + from, span.begin() + to);
    }
}
