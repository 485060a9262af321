package org.astanakg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.astanakg.registry.Entity;
import org.astanakg.registry.Registry;

/**
 * Proposes Wikidata items for the registry entities that have no QID: searches by label and
 * aliases, fetches the candidates, and scores each. Never changes anything itself.
 */
public final class Linker {
    private final WikidataClient client;
    private final CandidateScorer scorer;
    private final int candidates;

    /** A linker asking {@code client}, considering up to {@code candidates} search results per name. */
    public Linker(WikidataClient client, Registry registry, int candidates) {
        this.client = client;
        this.scorer = new CandidateScorer(registry);
        this.candidates = candidates;
    }

    /** The scored candidates for {@code entity}, best first (empty when Wikidata knows no such name). */
    public List<Proposal> propose(Entity entity) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(entity.label());
        names.addAll(entity.aliases());
        for (String name : names.subList(0, Math.min(names.size(), 3))) {
            client.search(name, "en", candidates).forEach(hit -> ids.add(hit.id()));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, WikidataItem> items = client.items(ids);
        List<Proposal> out = new ArrayList<>();
        items.values().forEach(item -> out.add(scorer.score(entity, item)));
        out.sort(Comparator.comparingDouble(Proposal::score).reversed().thenComparing(Proposal::qid));
        return out;
    }

    /** The entities of {@code registry} that have no QID, in file order. */
    public static List<Entity> unlinked(Registry registry) {
        return registry.entities().stream().filter(e -> e.qid() == null).toList();
    }
}
