package org.astanakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * GraphML of the {@link PropertyGraph}: a directed graph whose nodes carry label, kind, type, QID,
 * coordinates and dates, and whose edges carry their type (also as {@code label}, which Gephi
 * shows), role and attendance. Opens in Gephi, yEd, Cytoscape and networkx.
 */
final class GraphMlExporter implements Exporter {
    private final String fileName;

    GraphMlExporter(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void write(ExportSource source, ExportSink sink) throws IOException {
        PropertyGraph pg = PropertyGraph.of(new GraphQueries(source.dataset()));
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
                """);
        PropertyGraph.NODE_KEYS.forEach((k, type) -> key(b, "n_" + k, "node", k, type));
        key(b, "e_label", "edge", "label", "string");
        PropertyGraph.EDGE_KEYS.forEach((k, type) -> key(b, "e_" + k, "edge", k, type));
        b.append("  <graph id=\"astana-kg\" edgedefault=\"directed\">\n");
        for (PropertyGraph.PgNode n : pg.nodes()) {
            b.append("    <node id=\"").append(Xml.escape(n.iri())).append("\">\n");
            data(b, "n_", PropertyGraph.NODE_KEYS, n.props());
            b.append("    </node>\n");
        }
        for (PropertyGraph.PgEdge e : pg.edges()) {
            b.append("    <edge id=\"").append(Xml.escape(e.id())).append("\" source=\"").append(Xml.escape(e.source()))
                    .append("\" target=\"").append(Xml.escape(e.target())).append("\">\n");
            b.append("      <data key=\"e_label\">").append(Xml.escape(e.type())).append("</data>\n");
            data(b, "e_", PropertyGraph.EDGE_KEYS, e.props());
            b.append("    </edge>\n");
        }
        b.append("  </graph>\n</graphml>\n");
        try (OutputStream out = sink.open(fileName)) {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void key(StringBuilder b, String id, String domain, String name, String type) {
        b.append("  <key id=\"").append(id).append("\" for=\"").append(domain).append("\" attr.name=\"").append(name)
                .append("\" attr.type=\"").append(type).append("\"/>\n");
    }

    private static void data(StringBuilder b, String prefix, Map<String, String> keys, Map<String, String> props) {
        for (String k : keys.keySet()) {
            String v = props.get(k);
            if (v != null) {
                b.append("      <data key=\"").append(prefix).append(k).append("\">").append(Xml.escape(v))
                        .append("</data>\n");
            }
        }
    }
}
