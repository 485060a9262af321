package org.astanakg.export;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.astanakg.map.Vocab;

/**
 * Writes nodes in Turtle and TriG syntax, abbreviating IRIs with the export prefixes where the
 * local part is a plain name (letters, digits, {@code _} and {@code -}; nothing any Turtle parser
 * could read differently), and remembers which prefixes it used.
 */
final class TurtleTerms {
    /** A local name every Turtle and RDF/XML parser accepts unescaped. */
    static final Pattern PLAIN_LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final Map<String, String> namespaces;
    private final Map<String, String> used = new TreeMap<>();

    TurtleTerms(PrefixMap prefixes) {
        this.namespaces = prefixes.getMapping();
    }

    /** The node as Turtle. */
    String node(Node n) {
        if (n.isURI()) {
            return iri(n.getURI());
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        String quoted = NodeFmtLib.strNT(NodeFactory.createLiteralString(n.getLiteralLexicalForm()));
        if (!n.getLiteralLanguage().isEmpty()) {
            return quoted + "@" + n.getLiteralLanguage();
        }
        String dt = n.getLiteralDatatypeURI();
        return XSDDatatype.XSDstring.getURI().equals(dt) ? quoted : quoted + "^^" + iri(dt);
    }

    /** The node as a predicate: {@code a} for {@code rdf:type}. */
    String predicate(Node p) {
        return p.equals(Vocab.TYPE) ? "a" : node(p);
    }

    /** The prefixes used so far, by prefix. */
    Map<String, String> used() {
        return used;
    }

    private String iri(String iri) {
        String bestPrefix = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : namespaces.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNs.length()
                    && PLAIN_LOCAL.matcher(iri.substring(ns.length())).matches()) {
                bestPrefix = e.getKey();
                bestNs = ns;
            }
        }
        if (bestPrefix == null) {
            return NodeFmtLib.strNT(NodeFactory.createURI(iri));
        }
        used.put(bestPrefix, bestNs);
        return bestPrefix + ":" + iri.substring(bestNs.length());
    }
}
