package org.astanakg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.astanakg.fact.Slugged;

/**
 * The one place IRIs are minted. Resources live under {@code https://w3id.org/astana-kg/id/},
 * controlled vocabularies under {@code .../vocab/<scheme>/<slug>}, named graphs under
 * {@code .../graph/}. See the README's "IRIs" section.
 */
public final class Iris {
    /** The root of every IRI the project mints. */
    public static final String BASE = "https://w3id.org/astana-kg/";
    /** Where resources (entities, events, facts, articles) live. */
    public static final String ID = BASE + "id/";
    /** Where the controlled vocabularies live. */
    public static final String VOCAB = BASE + "vocab/";
    /** Where named graphs live. */
    public static final String GRAPH = BASE + "graph/";
    /** The named graph of the entity registry. */
    public static final Node REGISTRY_GRAPH = NodeFactory.createURI(GRAPH + "registry");
    /** The named graph of what the build infers rather than an article states (a round's number from its neighbour). */
    public static final Node INFERRED_GRAPH = NodeFactory.createURI(GRAPH + "inferred");
    /** The named graph holding the ontology itself. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GRAPH + "ontology");

    private Iris() {
    }

    /** A registry entity. */
    public static Node entity(String id) {
        return uri(ID + id);
    }

    /** An article. */
    public static Node article(String articleId) {
        return uri(ID + "article/" + articleId);
    }

    /** The named graph of an article's facts. */
    public static Node articleGraph(String articleId) {
        return uri(GRAPH + "article/" + articleId);
    }

    /** Sentence {@code n} (1-based) of an article. */
    public static Node sentence(String articleId, int n) {
        return uri(ID + "article/" + articleId + "/sentence/" + n);
    }

    /** The {@code n}th (1-based) evidence of a fact. */
    public static Node evidence(String articleId, String factId, int n) {
        return uri(ID + "article/" + articleId + "/evidence/" + factId + "/" + n);
    }

    /** The target (article plus selector) of an evidence annotation. */
    public static Node evidenceTarget(Node evidence) {
        return uri(evidence.getURI() + "#target");
    }

    /** The text position selector of an evidence annotation. */
    public static Node evidenceSelector(Node evidence) {
        return uri(evidence.getURI() + "#selector");
    }

    /** A numbered round of the Astana talks. */
    public static Node round(int ordinal) {
        return uri(ID + "round/" + ordinal);
    }

    /** A round whose ordinal no source gives, named after the first fact that reports it. */
    public static Node unnumberedRound(String articleId, String factId) {
        return uri(ID + "round/" + articleId + "/" + factId);
    }

    /** An event other than a round, identified project-wide by a key. */
    public static Node event(String key) {
        return uri(ID + "event/" + key);
    }

    /** An event other than a round, known to one article only. */
    public static Node event(String articleId, String factId) {
        return uri(ID + "event/" + articleId + "/" + factId);
    }

    /** An actor's role at an event: the same for every article that reports it. */
    public static Node participation(Node event, String actor, Slugged role) {
        return uri(ID + "participation/" + local(event) + "/" + actor + "/" + role.slug());
    }

    /** An alignment between two actors: the same for every article that reports it. */
    public static Node alignment(String actor, Slugged stance, String target) {
        return uri(ID + "alignment/" + actor + "/" + stance.slug() + "/" + target);
    }

    /** A topic on an event's agenda. */
    public static Node agendaItem(Node event, Slugged topic) {
        return uri(ID + "agenda/" + local(event) + "/" + topic.slug());
    }

    /** A claim: never shared, every source's figure stands alone. */
    public static Node claim(String articleId, String factId) {
        return uri(ID + "claim/" + articleId + "/" + factId);
    }

    /** A person's position as one article gives it. */
    public static Node position(String articleId, String factId) {
        return uri(ID + "position/" + articleId + "/" + factId);
    }

    /** A statement reported by one article. */
    public static Node statement(String articleId, String factId) {
        return uri(ID + "statement/" + articleId + "/" + factId);
    }

    /** A concept of a controlled vocabulary, e.g. {@code vocab/role/guarantor}. */
    public static Node concept(String scheme, Slugged value) {
        return uri(VOCAB + scheme + "/" + value.slug());
    }

    private static String local(Node resource) {
        return resource.getURI().substring(ID.length());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
