package org.astanakg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.astanakg.registry.Entity;
import org.astanakg.registry.EntityType;
import org.astanakg.registry.Registry;

/**
 * Maps the entity registry into its own named graph: types, labels, aliases, coordinates, the
 * places they lie in, and links to Wikidata ({@code skos:exactMatch}, verified QIDs only).
 */
public final class RegistryMapper {

    private RegistryMapper() {
    }

    /** Writes every registry entity into {@link Iris#REGISTRY_GRAPH}. */
    public static void map(Registry registry, StreamRDF sink) {
        map(registry.entities(), sink);
    }

    /** Writes these entities (the registry's, or an article's own additions) into {@link Iris#REGISTRY_GRAPH}. */
    public static void map(java.util.Collection<Entity> entities, StreamRDF sink) {
        GraphWriter out = new GraphWriter(sink, Iris.REGISTRY_GRAPH);
        for (Entity e : entities) {
            Node s = Iris.entity(e.id());
            out.type(s, AK.term(e.type().className()));
            out.add(s, Vocab.LABEL, GraphWriter.english(e.label()));
            e.aliases().forEach(a -> out.add(s, Vocab.ALT_LABEL, GraphWriter.english(a)));
            if (e.qid() != null) {
                out.add(s, Vocab.EXACT_MATCH, Vocab.wikidata(e.qid()));
            }
            out.add(s, Vocab.LAT, GraphWriter.decimal(e.lat()));
            out.add(s, Vocab.LONG, GraphWriter.decimal(e.lon()));
            reference(out, s, AK.COUNTRY, e.country());
            reference(out, s, e.type() == EntityType.DEESCALATION_ZONE ? AK.PART_OF_ZONE : AK.PART_OF_PLACE, e.partOf());
            reference(out, s, AK.STANDS_FOR, e.standsFor());
            reference(out, s, AK.AFFILIATION, e.affiliation());
        }
    }

    private static void reference(GraphWriter out, Node s, Node p, String id) {
        if (id != null) {
            out.add(s, p, Iris.entity(id));
        }
    }
}
