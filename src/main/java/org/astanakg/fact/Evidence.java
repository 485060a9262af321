package org.astanakg.fact;

import java.util.List;

/**
 * Where in its article a fact is said: the sentence and the span of text that carries it.
 *
 * @param sentence 1-based number of the sentence in the article's sentence table
 * @param begin    first code point of the span (0-based offset into the article text)
 * @param end      code point just after the span
 * @param sha      first 8 hex digits of SHA-256 of the span's UTF-8 text, or null when not recorded
 * @param supports the fields of the fact this evidence supports; empty means the whole fact
 */
public record Evidence(int sentence, int begin, int end, String sha, List<String> supports) {
    public Evidence {
        supports = List.copyOf(supports);
    }

    /** Evidence for the whole fact. */
    public Evidence(int sentence, int begin, int end, String sha) {
        this(sentence, begin, end, sha, List.of());
    }
}
