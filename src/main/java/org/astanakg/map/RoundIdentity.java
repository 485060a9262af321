package org.astanakg.map;

import org.apache.jena.graph.Node;

/**
 * What the resolver decided about one round fact: the node it maps to and the ordinal that node
 * has, whether this article states it or another article does.
 *
 * @param node    the round's IRI
 * @param ordinal the round's number in the series, or null when no source gives it
 */
public record RoundIdentity(Node node, Integer ordinal) {

    /** An English label for the round. */
    public String label() {
        return ordinal == null ? "A round of the Astana talks" : "Astana talks, round " + ordinal;
    }
}
