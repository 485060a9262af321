package org.astanakg.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.riot.system.StreamRDF;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.PartialDate;
import org.astanakg.fact.RoundFact;

/**
 * Decides which round facts, across all articles, are the same round. Reports of one round are
 * one node: by ordinal first; a report without an ordinal joins a round at the same place whose
 * dates overlap; a round said to come just before or after a numbered round gets the neighbouring
 * number. Rounds with conflicting ordinals are never merged.
 */
public final class RoundResolver {

    /** One round fact, with the article it is in. */
    private record Report(String articleId, RoundFact fact) {
        String key() {
            return articleId + "\u0000" + fact.id();
        }
    }

    private final List<Report> reports = new ArrayList<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();

    private RoundResolver(List<ArticleFacts> articles) {
        for (ArticleFacts a : articles) {
            for (RoundFact r : a.facts(RoundFact.class)) {
                Report report = new Report(a.article().id(), r);
                reports.add(report);
                parent.put(report.key(), report.key());
                if (r.ordinal() != null) {
                    ordinals.put(report.key(), r.ordinal());
                }
            }
        }
        reports.sort(Comparator.comparing(Report::articleId).thenComparing(r -> r.fact().id()));
    }

    /** Resolves the rounds of all articles; the key is {@link #key(String, String)}. */
    public static Map<String, RoundIdentity> resolve(List<ArticleFacts> articles) {
        return new RoundResolver(articles).run();
    }

    /** The key of a round fact in the resolver's answer. */
    public static String key(String articleId, String factId) {
        return articleId + "\u0000" + factId;
    }

    private Map<String, RoundIdentity> run() {
        mergeByOrdinal();
        mergeByPlaceAndDate();
        inferFromNeighbours();
        Map<String, RoundIdentity> out = new LinkedHashMap<>();
        for (Report r : reports) {
            String root = find(r.key());
            Integer ordinal = ordinals.get(root);
            Report first = reports.stream().filter(x -> find(x.key()).equals(root)).findFirst().orElseThrow();
            out.put(r.key(), new RoundIdentity(ordinal != null ? Iris.round(ordinal)
                    : Iris.unnumberedRound(first.articleId(), first.fact().id()), ordinal));
        }
        return out;
    }

    /**
     * Writes into {@link Iris#INFERRED_GRAPH} the ordinals no article states but the resolver worked
     * out (the round just before a numbered one), so that every article graph holds only what the
     * article says.
     */
    public static void mapInferred(List<ArticleFacts> articles, Map<String, RoundIdentity> rounds, StreamRDF sink) {
        java.util.Set<Integer> stated = new java.util.HashSet<>();
        articles.forEach(a -> a.facts(RoundFact.class).forEach(r -> {
            if (r.ordinal() != null) {
                stated.add(r.ordinal());
            }
        }));
        GraphWriter out = new GraphWriter(sink, Iris.INFERRED_GRAPH);
        rounds.values().stream().filter(id -> id.ordinal() != null && !stated.contains(id.ordinal())).distinct()
                .forEach(id -> out.add(id.node(), AK.ORDINAL, GraphWriter.integer(id.ordinal())));
    }

    private void mergeByOrdinal() {
        Map<Integer, String> byOrdinal = new HashMap<>();
        for (Report r : reports) {
            Integer n = r.fact().ordinal();
            if (n != null) {
                String other = byOrdinal.putIfAbsent(n, r.key());
                if (other != null) {
                    union(other, r.key());
                }
            }
        }
    }

    /**
     * A report without an ordinal joins the numbered round at the same place whose stated dates
     * overlap its own, when exactly one numbered round does; reports without ordinals join each
     * other when their dates have the same precision and overlap. Year-only dates never merge, and
     * a merge never goes through a third report, so no vague mention can bridge two rounds.
     */
    private void mergeByPlaceAndDate() {
        for (Report a : reports) {
            if (a.fact().ordinal() != null || !preciseEnough(a.fact())) {
                continue;
            }
            java.util.Set<Integer> candidates = new java.util.TreeSet<>();
            String target = null;
            for (Report b : reports) {
                if (b.fact().ordinal() != null && samePlace(a.fact(), b.fact()) && datesOverlap(a.fact(), b.fact())) {
                    candidates.add(b.fact().ordinal());
                    target = b.key();
                }
            }
            if (candidates.size() == 1) {
                union(target, a.key());
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i);
                Report b = reports.get(j);
                if (!ordinals.containsKey(find(a.key())) && !ordinals.containsKey(find(b.key()))
                        && preciseEnough(a.fact()) && preciseEnough(b.fact())
                        && a.fact().start().precision() == b.fact().start().precision()
                        && samePlace(a.fact(), b.fact()) && datesOverlap(a.fact(), b.fact())) {
                    union(a.key(), b.key());
                }
            }
        }
    }

    private static boolean preciseEnough(RoundFact r) {
        return r.start() != null && r.start().precision() != org.astanakg.fact.DatePrecision.YEAR;
    }

    private void inferFromNeighbours() {
        Map<String, Report> byKey = new HashMap<>();
        reports.forEach(r -> byKey.put(r.key(), r));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Report r : reports) {
                String root = find(r.key());
                if (ordinals.containsKey(root)) {
                    continue;
                }
                Integer n = neighbourOrdinal(r, byKey);
                if (n != null && n >= 1) {
                    ordinals.put(root, n);
                    changed = true;
                }
            }
        }
    }

    private Integer neighbourOrdinal(Report r, Map<String, Report> byKey) {
        if (r.fact().precedes() != null) {
            Integer next = ordinals.get(find(key(r.articleId(), r.fact().precedes())));
            if (next != null) {
                return next - 1;
            }
        }
        if (r.fact().follows() != null) {
            Integer previous = ordinals.get(find(key(r.articleId(), r.fact().follows())));
            if (previous != null) {
                return previous + 1;
            }
        }
        return null;
    }

    private static boolean samePlace(RoundFact a, RoundFact b) {
        return a.place() != null && Objects.equals(a.place(), b.place());
    }

    private static boolean datesOverlap(RoundFact a, RoundFact b) {
        if (a.start() == null || b.start() == null) {
            return false;
        }
        PartialDate aEnd = a.end() != null ? a.end() : a.start();
        PartialDate bEnd = b.end() != null ? b.end() : b.start();
        return !a.start().first().isAfter(bEnd.last()) && !b.start().first().isAfter(aEnd.last());
    }

    private String find(String key) {
        String p = parent.get(key);
        if (p.equals(key)) {
            return key;
        }
        String root = find(p);
        parent.put(key, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        Integer oa = ordinals.get(ra);
        Integer ob = ordinals.get(rb);
        if (oa != null && ob != null && !oa.equals(ob)) {
            return;
        }
        parent.put(rb, ra);
        if (oa == null && ob != null) {
            ordinals.put(ra, ob);
        }
    }
}
