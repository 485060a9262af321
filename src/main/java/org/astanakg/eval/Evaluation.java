package org.astanakg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.astanakg.fact.ArticleFacts;

/** The comparison of extracted facts with curated ones, article by article; renders as Markdown. */
public final class Evaluation {
    /** One article's misses and false finds for one type. */
    public record Diff(String article, String type, List<String> misses, List<String> falseFinds) {
    }

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<Diff> diffs = new ArrayList<>();

    public Evaluation() {
        for (String t : FactKeys.TYPES) {
            scores.put(t, new Score(0, 0, 0));
        }
        for (String t : FactKeys.ROUND_VIEWS) {
            scores.put(t, new Score(0, 0, 0));
        }
    }

    /** Adds one article: its curated facts and the extracted ones. */
    public void add(ArticleFacts gold, ArticleFacts found) {
        Map<String, TreeSet<String>> g = FactKeys.of(gold);
        Map<String, TreeSet<String>> f = FactKeys.of(found);
        for (String type : scores.keySet()) {
            TreeSet<String> hits = new TreeSet<>(g.get(type));
            hits.retainAll(f.get(type));
            scores.merge(type, new Score(g.get(type).size(), f.get(type).size(), hits.size()), Score::plus);
            List<String> misses = g.get(type).stream().filter(k -> !f.get(type).contains(k)).toList();
            List<String> falseFinds = f.get(type).stream().filter(k -> !g.get(type).contains(k)).toList();
            if (!misses.isEmpty() || !falseFinds.isEmpty()) {
                diffs.add(new Diff(gold.article().id(), type, misses, falseFinds));
            }
        }
    }

    /** The score of one type. */
    public Score score(String type) {
        return scores.get(type);
    }

    /** The micro-averaged score over all base fact types. */
    public Score overall() {
        Score s = new Score(0, 0, 0);
        for (String t : FactKeys.TYPES) {
            s = s.plus(scores.get(t));
        }
        return s;
    }

    /** The table of scores, as Markdown. */
    public String table() {
        StringBuilder b = new StringBuilder("| type | gold | found | matched | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            row(b, e.getKey(), e.getValue());
        }
        row(b, "**all types**", overall());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Score s) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", name, s.gold(), s.found(),
                s.hits(), s.precision(), s.recall(), s.f1()));
    }

    /** The full report: the table, then the misses and false finds. */
    public String markdown() {
        StringBuilder b = new StringBuilder(table()).append("\n## Misses and false finds\n\n");
        if (diffs.isEmpty()) {
            b.append("None.\n");
        }
        String article = null;
        for (Diff d : diffs) {
            if (!d.article().equals(article)) {
                article = d.article();
                b.append("\n### ").append(article).append("\n\n");
            }
            d.misses().forEach(k -> b.append("- miss ").append(d.type()).append(": `").append(k).append("`\n"));
            d.falseFinds().forEach(k -> b.append("- false ").append(d.type()).append(": `").append(k).append("`\n"));
        }
        return b.toString();
    }
}
