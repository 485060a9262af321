package org.astanakg.extract;

import java.util.Locale;
import java.util.Map;

/** Ordinal and cardinal number words up to thirty, as news reports write them. */
final class Ordinals {
    private static final java.util.regex.Pattern ORDINAL_SUFFIX = java.util.regex.Pattern.compile("(st|nd|rd|th)$");
    static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh"
            + "|twenty-eighth|twenty-ninth|thirtieth";
    static final String ORDINAL = "(" + ORDINAL_WORDS + "|\\d{1,2}(?:st|nd|rd|th))";
    static final String CARDINAL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-one|twenty-two|twenty-three"
            + "|twenty-four|twenty-five";
    static final String CARDINAL = "(" + CARDINAL_WORDS + "|\\d{1,2})";
    private static final Map<String, Integer> ORDS = index(ORDINAL_WORDS);
    private static final Map<String, Integer> CARDS = index(CARDINAL_WORDS);

    private Ordinals() {
    }

    private static Map<String, Integer> index(String words) {
        String[] all = words.split("\\|");
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < all.length; i++) {
            m.put(all[i], i + 1);
        }
        return Map.copyOf(m);
    }

    /** The value of "seventh", "7th", "seven" or "7"; -1 when it is none of these. */
    static int value(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2011', '-');
        Integer n = ORDS.get(w);
        if (n == null) {
            n = CARDS.get(w);
        }
        if (n != null) {
            return n;
        }
        String digits = ORDINAL_SUFFIX.matcher(w).replaceAll("");
        try {
            return digits.length() <= 3 ? Integer.parseInt(digits) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
