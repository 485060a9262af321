package org.astanakg.text;

/**
 * The pairs of adjacent characters a text holds, as a 1024-bit set (a Bloom filter of one hash): a
 * key whose pairs are not all in the set cannot occur in the text, so most keyword checks end after a
 * bit test or two instead of a scan of the text. A key that passes is then looked for as usual.
 */
public final class Bigrams {
    private static final int BITS = 1024;

    private final long[] set = new long[BITS / 64];

    /** The pairs of {@code text}. */
    public Bigrams(String text) {
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            int h = hash(text.charAt(i), text.charAt(i + 1));
            set[h >>> 6] |= 1L << h;
        }
    }

    /** False when {@code key} cannot occur in the text; true when it may. */
    public boolean mayContain(String key) {
        for (int i = 0, n = key.length() - 1; i < n; i++) {
            int h = hash(key.charAt(i), key.charAt(i + 1));
            if ((set[h >>> 6] & 1L << h) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char a, char b) {
        return (a * 31 + b) * 0x9E3779B1 >>> 22;
    }
}
