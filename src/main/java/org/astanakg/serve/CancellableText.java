package org.astanakg.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string for {@link java.util.regex.Matcher} to read that stops the match once the query is
 * cancelled. A backtracking regex may read the same characters for minutes; ARQ's timeout only sets a
 * flag that iterators check between rows, so without this a single match outlives the timeout.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 1 << 12;
    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & (CHECK_EVERY - 1)) == 0 && cancelled != null && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
