package org.astanakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.astanakg.map.Vocab;

/**
 * RDF/XML of the union of all graphs: one {@code rdf:Description} per subject, in sorted order,
 * every property element naming its namespace with a declared prefix.
 */
final class RdfXmlExporter implements Exporter {
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private final String fileName;

    RdfXmlExporter(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void write(ExportSource source, ExportSink sink) throws IOException {
        List<Triple> triples = source.unionTriples();
        Map<String, String> ns = namespaces(triples);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
        ns.forEach((uri, prefix) -> b.append("\n    xmlns:").append(prefix).append("=\"").append(Xml.escape(uri)).append('"'));
        b.append(">\n");
        Node subject = null;
        for (Triple t : triples) {
            if (!t.getSubject().equals(subject)) {
                if (subject != null) {
                    b.append("  </rdf:Description>\n");
                }
                subject = t.getSubject();
                b.append("  <rdf:Description ").append(reference(subject, "about")).append(">\n");
            }
            property(t.getPredicate(), t.getObject(), ns, b);
        }
        if (subject != null) {
            b.append("  </rdf:Description>\n");
        }
        b.append("</rdf:RDF>\n");
        try (OutputStream out = sink.open(fileName)) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(b.toString());
            w.flush();
        }
    }

    private static void property(Node p, Node o, Map<String, String> ns, StringBuilder b) {
        String[] split = split(p.getURI());
        String qname = ns.get(split[0]) + ":" + split[1];
        b.append("    <").append(qname);
        if (o.isURI() || o.isBlank()) {
            b.append(' ').append(reference(o, "resource")).append("/>\n");
            return;
        }
        if (!o.getLiteralLanguage().isEmpty()) {
            b.append(" xml:lang=\"").append(Xml.escape(o.getLiteralLanguage())).append('"');
        } else if (!XSD_STRING.equals(o.getLiteralDatatypeURI())) {
            b.append(" rdf:datatype=\"").append(Xml.escape(o.getLiteralDatatypeURI())).append('"');
        }
        b.append('>').append(Xml.escape(o.getLiteralLexicalForm())).append("</").append(qname).append(">\n");
    }

    private static String reference(Node n, String attribute) {
        return n.isBlank() ? "rdf:nodeID=\"" + n.getBlankNodeLabel() + "\""
                : "rdf:" + attribute + "=\"" + Xml.escape(n.getURI()) + "\"";
    }

    /** Namespace IRI to prefix: the export prefixes where they fit, {@code ns1}, {@code ns2}... otherwise. */
    private static Map<String, String> namespaces(List<Triple> triples) {
        Map<String, String> known = new TreeMap<>();
        ExportSource.prefixes().getMapping().forEach((prefix, uri) -> known.put(uri, prefix));
        Map<String, String> out = new TreeMap<>();
        out.put(Vocab.RDF, "rdf");
        TreeMap<String, Boolean> unknown = new TreeMap<>();
        for (Triple t : triples) {
            String nsUri = split(t.getPredicate().getURI())[0];
            if (known.containsKey(nsUri)) {
                out.put(nsUri, known.get(nsUri));
            } else if (!out.containsKey(nsUri)) {
                unknown.put(nsUri, true);
            }
        }
        int i = 1;
        for (String uri : unknown.keySet()) {
            out.put(uri, "ns" + i++);
        }
        return out;
    }

    /** A property IRI as namespace and local name (an XML name). */
    private static String[] split(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
        String local = iri.substring(cut);
        if (cut == 0 || !TurtleTerms.PLAIN_LOCAL.matcher(local).matches()) {
            throw new IllegalArgumentException("RDF/XML cannot write the property <" + iri + ">");
        }
        return new String[] {iri.substring(0, cut), local};
    }
}
