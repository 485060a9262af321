package org.astanakg.export;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * The total order every export sorts by: IRIs, then blank nodes, then literals; each by its text
 * (a literal by lexical form, then datatype, then language). Independent of how the graph was built.
 */
final class NodeOrder {
    /** Nodes in export order. */
    static final Comparator<Node> NODES = NodeOrder::compare;
    /** Triples by subject, predicate, object. */
    static final Comparator<Triple> TRIPLES = Comparator.comparing(Triple::getSubject, NODES)
            .thenComparing(Triple::getPredicate, NODES).thenComparing(Triple::getObject, NODES);
    /** Quads by graph, then as triples. */
    static final Comparator<Quad> QUADS = Comparator.comparing(Quad::getGraph, NODES)
            .thenComparing(Quad::asTriple, TRIPLES);

    private NodeOrder() {
    }

    private static int compare(Node a, Node b) {
        int byKind = Integer.compare(rank(a), rank(b));
        if (byKind != 0) {
            return byKind;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        if (a.isBlank()) {
            return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
        }
        int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (c == 0) {
            c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
        }
        return c != 0 ? c : a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
    }

    private static int rank(Node n) {
        if (n.isURI()) {
            return 0;
        }
        if (n.isBlank()) {
            return 1;
        }
        if (n.isLiteral()) {
            return 2;
        }
        throw new IllegalArgumentException("cannot export a " + n.getClass().getSimpleName() + ": " + n);
    }
}
