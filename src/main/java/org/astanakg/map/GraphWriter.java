package org.astanakg.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Writes quads of one named graph into a sink, with typed-literal helpers. */
final class GraphWriter {
    private final StreamRDF sink;
    private final Node graph;

    GraphWriter(StreamRDF sink, Node graph) {
        this.sink = sink;
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        if (o != null) {
            sink.quad(Quad.create(graph, s, p, o));
        }
    }

    void type(Node s, Node cls) {
        add(s, Vocab.TYPE, cls);
    }

    static Node text(String s) {
        return s == null ? null : NodeFactory.createLiteralString(s);
    }

    static Node english(String s) {
        return s == null ? null : NodeFactory.createLiteralLang(s, "en");
    }

    static Node integer(Integer n) {
        return n == null ? null : NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger);
    }

    static Node decimal(BigDecimal n) {
        return n == null ? null : NodeFactory.createLiteralDT(n.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node decimal(Double n) {
        return n == null ? null : decimal(BigDecimal.valueOf(n));
    }

    static Node bool(Boolean b) {
        return b == null ? null : NodeFactory.createLiteralDT(b.toString(), XSDDatatype.XSDboolean);
    }

    static Node date(LocalDate d) {
        return d == null ? null : NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    static Node duration(String iso) {
        return iso == null ? null : NodeFactory.createLiteralDT(iso, XSDDatatype.XSDduration);
    }
}
