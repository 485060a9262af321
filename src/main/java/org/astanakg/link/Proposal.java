package org.astanakg.link;

import java.util.List;

/**
 * A proposed link from a registry entity to a Wikidata item, with how sure the scorer is.
 *
 * @param entity      the registry id
 * @param qid         the candidate item
 * @param label       the item's English label
 * @param description the item's English description
 * @param score       0 (no reason to think so) to 1 (every check agrees)
 * @param reasons     what raised or lowered the score, for a person to review
 */
public record Proposal(String entity, String qid, String label, String description, double score,
        List<String> reasons) {
    public Proposal {
        reasons = List.copyOf(reasons);
    }
}
