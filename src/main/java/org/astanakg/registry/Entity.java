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
}
