package org.astanakg.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.astanakg.registry.Entity;
import org.astanakg.registry.Registry;

/**
 * Finds registry entities in text by their labels and aliases with an Aho-Corasick automaton: one
 * linear pass whatever the number of names. The automaton is the double-array one of
 * {@code com.hankcs:aho-corasick-double-array-trie} (Apache-2.0): its transitions are array look-ups,
 * which made it several times faster here than {@code org.ahocorasick}'s hash map per state. Matches respect word boundaries; among overlapping
 * matches the leftmost longest wins ("Idlib province" over "Idlib"). Names are matched as written,
 * plus a capitalised form for names that start in lower case ("the regime" also matches "The regime"),
 * so that short names such as "IS" or "US" never match ordinary words.
 */
public final class Gazetteer {
    /** The longest name (chars) and the longest text the packed match positions allow. */
    private static final long MAX_NAME = 0x1FFF;
    private static final int MAX_TEXT = 1 << 30;
    /** The automaton; each name's value is its index in {@link #names}. */
    private final AhoCorasickDoubleArrayTrie<Integer> automaton;
    private final String[] names;
    private final String[] entities;

    private Gazetteer(Map<String, String> entityByName) {
        TreeMap<String, Integer> index = new TreeMap<>();
        this.names = new String[entityByName.size()];
        this.entities = new String[names.length];
        for (Map.Entry<String, String> e : new TreeMap<>(entityByName).entrySet()) {
            if (e.getKey().length() > MAX_NAME) {
                throw new IllegalArgumentException("a name of " + e.getValue() + " is longer than " + MAX_NAME + " chars");
            }
            int i = index.size();
            names[i] = e.getKey();
            entities[i] = e.getValue();
            index.put(e.getKey(), i);
        }
        this.automaton = new AhoCorasickDoubleArrayTrie<>();
        automaton.build(index);
    }

    /** Every name the gazetteer knows, with its entity (for tests). */
    Map<String, String> dictionary() {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], entities[i]);
        }
        return out;
    }

    /** A gazetteer of every label and alias of the registry; the first entity to claim a name keeps it. */
    public static Gazetteer of(Registry registry) {
        Map<String, String> byName = new HashMap<>();
        for (Entity e : registry.entities()) {
            add(byName, e.label(), e.id());
            e.aliases().forEach(a -> add(byName, a, e.id()));
        }
        return new Gazetteer(byName);
    }

    private static void add(Map<String, String> byName, String name, String id) {
        if (name.isBlank()) {
            return;
        }
        for (String form : new String[] {name, name.replace('\'', '\u2019'), titleCase(name)}) {
            byName.putIfAbsent(form, id);
            if (Character.isLowerCase(form.charAt(0))) {
                byName.putIfAbsent(Character.toUpperCase(form.charAt(0)) + form.substring(1), id);
            }
        }
    }

    /** "Kazakh foreign ministry" as a title: "Kazakh Foreign Ministry" (small words stay small). */
    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            boolean small = w.equals("of") || w.equals("the") || w.equals("for") || w.equals("and") || w.startsWith("al-")
                    || w.equals("de");
            b.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    /** The entity mentions of {@code text}, in text order, without overlaps. */
    public List<Mention> find(String text) {
        if (text.length() >= MAX_TEXT) {
            throw new IllegalArgumentException("text longer than " + MAX_TEXT + " chars");
        }
        Hits hits = new Hits();
        automaton.parseText(text, (begin, end, name) -> {
            if (boundary(text, begin - 1) && boundary(text, end)) {
                hits.add(begin, end, name);
            }
        });
        long[] sorted = hits.sorted();
        List<Mention> out = new ArrayList<>();
        int covered = 0;
        for (long h : sorted) {
            int begin = (int) (h >>> 33);
            int end = begin + (int) (MAX_NAME - ((h >>> 20) & MAX_NAME));
            int name = (int) (h & 0xFFFFFL);
            if (begin >= covered) {
                out.add(new Mention(new Span(begin, end), entities[name], names[name]));
                covered = end;
            }
        }
        return out;
    }

    /**
     * Whole-word matches packed in longs that sort by start, then longest first: start (30 bits), the
     * complement of the length (13 bits), the name's index (20 bits).
     */
    private static final class Hits {
        private long[] hits = new long[16];
        private int size;

        void add(int begin, int end, int name) {
            if (size == hits.length) {
                hits = Arrays.copyOf(hits, size * 2);
            }
            hits[size++] = (long) begin << 33 | (MAX_NAME - (end - begin)) << 20 | name;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(hits, size);
            Arrays.sort(out);
            return out;
        }
    }

    /** True when no letter or digit stands at {@code i} (a name must not run on into a word). */
    private static boolean boundary(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (c < 128) {
            return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
        }
        return !Character.isLetterOrDigit(c) && !Character.isAlphabetic(c);
    }
}
