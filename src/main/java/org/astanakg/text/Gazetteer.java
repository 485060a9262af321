package org.astanakg.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.astanakg.registry.Entity;
import org.astanakg.registry.Registry;

/**
 * Finds registry entities in text by their labels and aliases with an Aho-Corasick automaton: one
 * linear pass whatever the number of names. Matches respect word boundaries; among overlapping
 * matches the leftmost longest wins ("Idlib province" over "Idlib"). Names are matched as written,
 * plus a capitalised form for names that start in lower case ("the regime" also matches "The regime"),
 * so that short names such as "IS" or "US" never match ordinary words.
 */
public final class Gazetteer {
    private final Trie trie;
    private final Map<String, String> entityByName;

    private Gazetteer(Trie trie, Map<String, String> entityByName) {
        this.trie = trie;
        this.entityByName = entityByName;
    }

    /** A gazetteer of every label and alias of the registry; the first entity to claim a name keeps it. */
    public static Gazetteer of(Registry registry) {
        Map<String, String> byName = new HashMap<>();
        for (Entity e : registry.entities()) {
            add(byName, e.label(), e.id());
            e.aliases().forEach(a -> add(byName, a, e.id()));
        }
        Trie trie = Trie.builder().onlyWholeWords().addKeywords(byName.keySet()).build();
        return new Gazetteer(trie, Map.copyOf(byName));
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
        Collection<Emit> emits = trie.parseText(text);
        List<Emit> sorted = new ArrayList<>(emits);
        sorted.sort(Comparator.comparingInt(Emit::getStart).thenComparing(e -> -(e.getEnd() - e.getStart())));
        List<Mention> out = new ArrayList<>();
        int covered = 0;
        for (Emit e : sorted) {
            if (e.getStart() < covered) {
                continue;
            }
            if (!boundary(text, e.getStart() - 1) || !boundary(text, e.getEnd() + 1)) {
                continue;
            }
            out.add(new Mention(new Span(e.getStart(), e.getEnd() + 1), entityByName.get(e.getKeyword()),
                    e.getKeyword()));
            covered = e.getEnd() + 1;
        }
        return out;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
