package org.astanakg.extract;

import org.astanakg.text.Rx;
import java.util.ArrayList;
import java.util.List;

/**
 * Stretches of a sentence around its key words, merged where they overlap, so that a costly pattern
 * runs only where it can match instead of from every position of the sentence.
 */
final class Regions {

    private Regions() {
    }

    /** The stretches [k - before, k + after) around each occurrence k of a key (lower-case) or, if {@code digits}, a digit. */
    static List<int[]> around(String lower, String[] keys, boolean digits, int before, int after) {
        List<int[]> hits = new ArrayList<>();
        for (String k : keys) {
            for (int i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) {
                hits.add(new int[] {Math.max(0, i - before), Math.min(lower.length(), i + k.length() + after)});
            }
        }
        if (digits) {
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c >= '0' && c <= '9') {
                    hits.add(new int[] {Math.max(0, i - before), Math.min(lower.length(), i + 1 + after)});
                    while (i + 1 < lower.length() && (Character.isDigit(lower.charAt(i + 1)) || lower.charAt(i + 1) == ',')) {
                        i++;
                    }
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] h : hits) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && h[0] <= last[1]) {
                last[1] = Math.max(last[1], h[1]);
            } else {
                merged.add(h.clone());
            }
        }
        return merged;
    }

    /** The matches of {@code pattern} inside the regions, each found once, in text order. */
    static List<MatchAt> find(Rx pattern, String text, List<int[]> regions) {
        List<MatchAt> out = new ArrayList<>();
        int done = 0;
        for (int[] r : regions) {
            Rx.M m = pattern.matcher(text).region(Math.max(r[0], done), r[1]).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            while (m.find()) {
                out.add(new MatchAt(m.start(), m.end(), m.toMatchResult()));
                done = m.end();
            }
        }
        return out;
    }

    /** One match and its groups. */
    record MatchAt(int start, int end, java.util.regex.MatchResult result) {
        String group(int i) {
            return result.group(i);
        }
    }
}
