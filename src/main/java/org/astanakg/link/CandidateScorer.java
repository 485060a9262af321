package org.astanakg.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.astanakg.registry.Entity;
import org.astanakg.registry.EntityType;
import org.astanakg.registry.Registry;

/**
 * Scores a Wikidata item as a match for a registry entity, from 0 to 1, from evidence a reviewer
 * can check: the names (label and aliases on both sides), the English Wikipedia article's title,
 * the distance between coordinates for places, and words in the description that fit the entity's
 * type or country. Each reason is kept with the score.
 */
public final class CandidateScorer {
    private static final Map<EntityType, List<String>> TYPE_WORDS = Map.ofEntries(
            Map.entry(EntityType.PERSON, List.of("politician", "diplomat", "journalist", "minister", "envoy",
                    "president", "photographer", "official")),
            Map.entry(EntityType.CITY, List.of("city", "town", "capital", "village")),
            Map.entry(EntityType.GOVERNORATE, List.of("governorate", "province")),
            Map.entry(EntityType.REGION, List.of("region", "area", "countryside")),
            Map.entry(EntityType.MEDIA_OUTLET, List.of("news", "newspaper", "agency", "broadcaster", "website",
                    "channel", "magazine")),
            Map.entry(EntityType.ARMED_GROUP, List.of("militant", "armed", "rebel", "jihadist", "coalition",
                    "group", "alliance")),
            Map.entry(EntityType.ORGANISATION, List.of("organization", "organisation", "ministry", "office",
                    "monitor")),
            Map.entry(EntityType.INTERNATIONAL_ORGANISATION, List.of("international", "organization",
                    "agency", "united nations")),
            Map.entry(EntityType.STATE, List.of("country", "state", "republic")),
            Map.entry(EntityType.GOVERNMENT, List.of("government", "cabinet")),
            Map.entry(EntityType.OPPOSITION, List.of("opposition", "rebel")),
            Map.entry(EntityType.PEACE_PROCESS, List.of("talks", "peace", "negotiations", "conference")),
            Map.entry(EntityType.DEESCALATION_ZONE, List.of("zone", "de-escalation", "buffer")));
    private static final double NEAR_KM = 50;
    private static final double FAR_KM = 300;

    private final Registry registry;

    public CandidateScorer(Registry registry) {
        this.registry = registry;
    }

    /** How well {@code item} matches {@code entity}, and why. */
    public Proposal score(Entity entity, WikidataItem item) {
        List<String> reasons = new ArrayList<>();
        double score = names(entity, item, reasons);
        if (!item.enwiki().isEmpty() && names(entity).contains(norm(stripParenthesis(item.enwiki())))) {
            score += 0.3;
            reasons.add("English Wikipedia article '" + item.enwiki() + "' has the entity's name");
        }
        score += coordinates(entity, item, reasons);
        score += description(entity, item, reasons);
        double clamped = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
        return new Proposal(entity.id(), item.id(), item.label(), item.description(), clamped, reasons);
    }

    private static double names(Entity entity, WikidataItem item, List<String> reasons) {
        String label = norm(entity.label());
        Set<String> aliases = new HashSet<>(entity.aliases().stream().map(CandidateScorer::norm).toList());
        String theirs = norm(item.label());
        if (theirs.equals(label)) {
            reasons.add("label '" + item.label() + "' is the entity's label");
            return 0.5;
        }
        if (aliases.contains(theirs)) {
            reasons.add("label '" + item.label() + "' is one of the entity's aliases");
            return 0.4;
        }
        if (item.aliases().stream().map(CandidateScorer::norm).anyMatch(label::equals)) {
            reasons.add("an alias of the item is the entity's label");
            return 0.35;
        }
        double overlap = jaccard(tokens(label), tokens(theirs));
        reasons.add(String.format(Locale.ROOT, "labels share %.0f%% of their words", overlap * 100));
        return 0.3 * overlap;
    }

    private static double coordinates(Entity entity, WikidataItem item, List<String> reasons) {
        if (entity.lat() == null || item.lat() == null) {
            return 0;
        }
        double km = distanceKm(entity.lat(), entity.lon(), item.lat(), item.lon());
        if (km <= NEAR_KM) {
            reasons.add(String.format(Locale.ROOT, "coordinates %.0f km apart", km));
            return 0.2;
        }
        if (km > FAR_KM) {
            reasons.add(String.format(Locale.ROOT, "coordinates %.0f km apart: probably another place", km));
            return -0.4;
        }
        return 0;
    }

    private double description(Entity entity, WikidataItem item, List<String> reasons) {
        String d = item.description().toLowerCase(Locale.ROOT);
        if (d.isEmpty()) {
            return 0;
        }
        List<String> words = new ArrayList<>(TYPE_WORDS.getOrDefault(entity.type(), List.of()));
        for (String related : new String[] {entity.country(), entity.affiliation()}) {
            if (related != null) {
                registry.get(related).ifPresent(r -> words.add(r.label().toLowerCase(Locale.ROOT)));
            }
        }
        for (String w : words) {
            if (d.contains(w)) {
                reasons.add("description mentions '" + w + "'");
                return 0.1;
            }
        }
        return 0;
    }

    /** The entity's names (label and aliases), normalised. */
    private static Set<String> names(Entity e) {
        Set<String> out = new HashSet<>();
        out.add(norm(e.label()));
        e.aliases().forEach(a -> out.add(norm(a)));
        return out;
    }

    /** Lowercase, no accents, punctuation as spaces, single spaces. */
    static String norm(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String stripParenthesis(String title) {
        return title.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
    }

    private static Set<String> tokens(String s) {
        return new HashSet<>(Arrays.asList(s.split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
