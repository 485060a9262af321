package org.astanakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Quads (every named graph kept, plus the dataset description in {@code akg:graph/void}) and
 * N-Triples (the union of all graphs): one statement a line, lines sorted.
 */
final class LineExporter implements Exporter {
    private final boolean quads;
    private final String fileName;

    LineExporter(boolean quads, String fileName) {
        this.quads = quads;
        this.fileName = fileName;
    }

    @Override
    public void write(ExportSource source, ExportSink sink) throws IOException {
        try (OutputStream out = sink.open(fileName)) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (quads) {
                for (Quad q : source.quadsWithDescription()) {
                    w.write(line(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph()));
                }
            } else {
                for (Triple t : source.unionTriples()) {
                    w.write(line(t.getSubject(), t.getPredicate(), t.getObject(), null));
                }
            }
            w.flush();
        }
    }

    /** Writes triples as N-Triples (used for the dataset description too). */
    static void writeNTriples(Iterable<Triple> triples, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Triple t : triples) {
            w.write(line(t.getSubject(), t.getPredicate(), t.getObject(), null));
        }
        w.flush();
    }

    private static String line(Node s, Node p, Node o, Node g) {
        StringBuilder b = new StringBuilder();
        b.append(term(s)).append(' ').append(term(p)).append(' ').append(term(o));
        if (g != null && !Quad.isDefaultGraph(g)) {
            b.append(' ').append(term(g));
        }
        return b.append(" .\n").toString();
    }

    private static String term(Node n) {
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        if (n.isLiteral() && n.getLiteralLanguage().isEmpty()
                && "http://www.w3.org/2001/XMLSchema#string".equals(n.getLiteralDatatypeURI())) {
            return NodeFmtLib.strNT(NodeFactory.createLiteralString(n.getLiteralLexicalForm()));
        }
        return NodeFmtLib.strNT(n);
    }
}
