package org.astanakg.registry;

import java.util.List;

/**
 * One registry entity.
 *
 * @param id          the slug that facts refer to, unique in the registry
 * @param type        what it is
 * @param label       its English name
 * @param aliases     other names news reports use for it
 * @param qid         its Wikidata item (verified), or null
 * @param qidEvidence where the QID was checked, or null
 * @param country     registry id of the state a place lies in, or null
 * @param partOf      registry id of the larger place or zone it is part of, or null
 * @param standsFor   registry id of the actor a place stands for when it acts (a capital), or null
 * @param affiliation registry id of the body a person belongs to, or null
 * @param lat         latitude in decimal degrees, or null
 * @param lon         longitude in decimal degrees, or null
 */
public record Entity(String id, EntityType type, String label, List<String> aliases, String qid,
        String qidEvidence, String country, String partOf, String standsFor, String affiliation,
        Double lat, Double lon) {
    public Entity {
        aliases = List.copyOf(aliases);
    }

    /**
     * This definition and another of the same id taken together, when they agree on every field both
     * give (one may leave out an affiliation, a country or coordinates the other gives; aliases are
     * pooled); null when they disagree. Two articles that each name a new person define them this way.
     */
    public Entity mergedWith(Entity other) {
        if (!id.equals(other.id) || type != other.type || !label.equals(other.label)) {
            return null;
        }
        java.util.LinkedHashSet<String> pooled = new java.util.LinkedHashSet<>(aliases);
        pooled.addAll(other.aliases);
        String[] mine = {qid, qidEvidence, country, partOf, standsFor, affiliation};
        String[] theirs = {other.qid, other.qidEvidence, other.country, other.partOf, other.standsFor, other.affiliation};
        String[] merged = new String[mine.length];
        for (int i = 0; i < mine.length; i++) {
            merged[i] = either(mine[i], theirs[i]);
            if (merged[i] == null && mine[i] != null) {
                return null;
            }
        }
        Double mergedLat = either(lat, other.lat);
        Double mergedLon = either(lon, other.lon);
        if (mergedLat == null && lat != null || mergedLon == null && lon != null) {
            return null;
        }
        return new Entity(id, type, label, List.copyOf(pooled), merged[0], merged[1], merged[2], merged[3], merged[4],
                merged[5], mergedLat, mergedLon);
    }

    /** The value both give or the one given; null when they give different values (or neither gives one). */
    private static <T> T either(T a, T b) {
        if (a == null) {
            return b;
        }
        return b == null || a.equals(b) ? a : null;
    }
}
