package org.astanakg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a sentence may hold a date: a few words around each day number, four-digit year, month,
 * weekday or word of time ("week", "year", "ago"), with the kinds of anchor each stretch holds, so
 * that {@link DateResolver} runs only the patterns that can match there. One scan of the sentence.
 */
final class DateAnchors {
    static final int WINDOW = 40;
    static final int DIGIT = 1;
    static final int MONTH_WORD = 2;
    static final int WEEKDAY_WORD = 4;
    static final int RELATIVE_WORD = 8;
    static final int YEAR_DIGITS = 16;
    static final Map<String, Integer> ANCHORS = anchors();


    private DateAnchors() {
    }

    /**
     * The stretches of the sentence worth matching: a few words around each digit, month, weekday or
     * word of time ("week", "year", "ago"). Most sentences have none and cost one scan.
     */
    static List<int[]> windows(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!letterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && letterOrDigit(s.charAt(i))) {
                i++;
            }
            int kind = Character.isDigit(c) ? digits(s, start, i)
                    : i - start >= 3 && i - start <= 9 && mayBeAnchor(s, start) ? anchor(s, start, i) : 0;
            if (kind != 0) {
                int from = Math.max(0, start - WINDOW);
                int to = Math.min(n, i + WINDOW);
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last[1] >= from) {
                    last[1] = to;
                    last[2] |= kind;
                } else {
                    out.add(new int[] {from, to, kind});
                }
            }
        }
        return out;
    }

    /** The first three letters (lower case, five bits each) of every anchor word. */
    private static final boolean[] ANCHOR_PREFIXES = new boolean[1 << 15];
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];
    private static final long[] ANCHOR_KEYS;
    private static final int[] ANCHOR_KINDS;

    static {
        String[] words = ANCHORS.keySet().toArray(new String[0]);
        long[] keys = new long[words.length];
        for (int k = 0; k < words.length; k++) {
            keys[k] = key(words[k], 0, words[k].length());
        }
        long[] sorted = keys.clone();
        java.util.Arrays.sort(sorted);
        int[] kinds = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            kinds[java.util.Arrays.binarySearch(sorted, keys[k])] = ANCHORS.get(words[k]);
        }
        ANCHOR_KEYS = sorted;
        ANCHOR_KINDS = kinds;
        for (String w : words) {
            ANCHOR_PREFIXES[prefix(w, 0)] = true;
        }
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /**
     * False when the word at {@code start} (at least three characters) cannot be an anchor: its first
     * three characters are not those of one. Non-ASCII words are left to {@link #anchor}.
     */
    private static boolean mayBeAnchor(String s, int start) {
        int p = prefix(s, start);
        return p < 0 || ANCHOR_PREFIXES[p];
    }

    /** Three ASCII letters from {@code start} in lower case, five bits each; -1 when one is not an ASCII letter. */
    private static int prefix(String s, int start) {
        int p = 0;
        for (int j = start; j < start + 3; j++) {
            char c = s.charAt(j);
            int l = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= 'a' && c <= 'z' ? c - 'a' + 1 : -1;
            if (l < 0) {
                return -1;
            }
            p = p << 5 | l;
        }
        return p;
    }

    /**
     * The kind of anchor s[start, end) is (a word of 3 to 9 letters or digits), as
     * {@code ANCHORS.getOrDefault(word.toLowerCase(Locale.ROOT), 0)}: for an ASCII word, looked up by a
     * number made of its lower-case characters, without copying it.
     */
    private static int anchor(String s, int start, int end) {
        long key = key(s, start, end);
        if (key < 0) {
            return ANCHORS.getOrDefault(s.substring(start, end).toLowerCase(Locale.ROOT), 0);
        }
        int k = java.util.Arrays.binarySearch(ANCHOR_KEYS, key);
        return k < 0 ? 0 : ANCHOR_KINDS[k];
    }

    /** Seven bits per ASCII character, lower-cased; -1 when a character is not ASCII (at most 9 characters). */
    private static long key(String s, int start, int end) {
        long key = 0;
        for (int j = start; j < end; j++) {
            char c = s.charAt(j);
            if (c >= 128) {
                return -1;
            }
            key = key * 128 + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return key;
    }

    /** A day number (one or two digits), a year (19xx, 20xx), or nothing a date needs. */
    private static int digits(String s, int start, int end) {
        int n = end - start;
        if (n <= 2) {
            return DIGIT;
        }
        if (n == 4 && (s.startsWith("19", start) || s.startsWith("20", start))) {
            return YEAR_DIGITS;
        }
        return 0;
    }

    private static Map<String, Integer> anchors() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : new String[] {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december"}) {
            m.put(w, MONTH_WORD);
        }
        for (String w : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
            m.put(w, WEEKDAY_WORD);
        }
        for (String w : new String[] {"week", "weeks", "month", "months", "year", "years", "ago", "yesterday", "today",
            "tomorrow", "day", "days"}) {
            m.put(w, RELATIVE_WORD);
        }
        return Map.copyOf(m);
    }

}
