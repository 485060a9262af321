package org.astanakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.astanakg.map.Vocab;

/**
 * Turtle (the union of all graphs) and TriG (every named graph kept, plus the dataset description
 * in {@code akg:graph/void}). Subjects, predicates and objects are written sorted, {@code rdf:type}
 * first, with only the prefixes used.
 */
final class TurtleExporter implements Exporter {
    private final boolean trig;
    private final String fileName;

    TurtleExporter(boolean trig, String fileName) {
        this.trig = trig;
        this.fileName = fileName;
    }

    @Override
    public void write(ExportSource source, ExportSink sink) throws IOException {
        try (OutputStream out = sink.open(fileName)) {
            write(trig ? source.quadsWithDescription() : asQuads(source.unionTriples()), out);
        }
    }

    /** Writes {@code triples} as a Turtle document (used for the dataset description too). */
    static void writeTurtle(List<Triple> triples, OutputStream out) throws IOException {
        new TurtleExporter(false, "").write(asQuads(triples), out);
    }

    private void write(List<Quad> quads, OutputStream out) throws IOException {
        TurtleTerms terms = new TurtleTerms(ExportSource.prefixes());
        StringBuilder body = new StringBuilder();
        int i = 0;
        while (i < quads.size()) {
            Node graph = quads.get(i).getGraph();
            int end = i;
            while (end < quads.size() && quads.get(end).getGraph().equals(graph)) {
                end++;
            }
            List<Triple> block = quads.subList(i, end).stream().map(Quad::asTriple).toList();
            if (trig) {
                body.append(Quad.isDefaultGraph(graph) ? "{" : terms.node(graph) + " {").append('\n');
                subjects(block, terms, "    ", body);
                body.append("}\n\n");
            } else {
                subjects(block, terms, "", body);
            }
            i = end;
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (var e : terms.used().entrySet()) {
            w.write("@prefix " + e.getKey() + ": <" + e.getValue() + "> .\n");
        }
        w.write("\n");
        w.write(body.toString());
        w.flush();
    }

    private static void subjects(List<Triple> triples, TurtleTerms terms, String indent, StringBuilder b) {
        int i = 0;
        while (i < triples.size()) {
            Node s = triples.get(i).getSubject();
            List<Triple> about = new ArrayList<>();
            while (i < triples.size() && triples.get(i).getSubject().equals(s)) {
                about.add(triples.get(i++));
            }
            about.sort((x, y) -> Boolean.compare(!x.getPredicate().equals(Vocab.TYPE), !y.getPredicate().equals(Vocab.TYPE)));
            b.append(indent).append(terms.node(s));
            Node previous = null;
            for (Triple t : about) {
                if (t.getPredicate().equals(previous)) {
                    b.append(" ,\n").append(indent).append("        ");
                } else {
                    b.append(previous == null ? "\n" : " ;\n").append(indent).append("    ")
                            .append(terms.predicate(t.getPredicate())).append(' ');
                }
                b.append(terms.node(t.getObject()));
                previous = t.getPredicate();
            }
            b.append(" .\n\n");
        }
    }

    private static List<Quad> asQuads(List<Triple> triples) {
        return triples.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).toList();
    }
}
