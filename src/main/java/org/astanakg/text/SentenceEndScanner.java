package org.astanakg.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

/**
 * Finds the characters that may end a sentence (OpenNLP's candidates for a split), as OpenNLP's
 * default scanner does, but by comparing chars instead of looking each one up in a set of boxed
 * characters: the scan runs over every character of an article, so it showed in the profile.
 */
final class SentenceEndScanner implements EndOfSentenceScanner {
    private final char[] ends;
    private final Set<Character> endSet;

    SentenceEndScanner(char[] ends) {
        this.ends = ends.clone();
        Set<Character> set = new LinkedHashSet<>();
        for (char c : ends) {
            set.add(c);
        }
        this.endSet = Collections.unmodifiableSet(set);
    }

    @Override
    public Set<Character> getEOSCharacters() {
        return endSet;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0, n = s.length(); i < n; i++) {
            if (isEnd(s.charAt(i))) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public List<Integer> getPositions(StringBuffer buf) {
        return getPositions((CharSequence) buf);
    }

    @Override
    public List<Integer> getPositions(char[] cs) {
        return getPositions(java.nio.CharBuffer.wrap(cs));
    }

    private boolean isEnd(char c) {
        for (char e : ends) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }
}
