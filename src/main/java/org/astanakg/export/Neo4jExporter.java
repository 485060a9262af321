package org.astanakg.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV files for {@code neo4j-admin database import full}: {@code nodes.csv} (header {@code iri:ID},
 * {@code :LABEL} and typed properties) and {@code relationships.csv} ({@code :START_ID},
 * {@code :END_ID}, {@code :TYPE}, properties), from the {@link PropertyGraph}.
 */
final class Neo4jExporter implements Exporter {
    /** The node file's name. */
    static final String NODES = "nodes.csv";
    /** The relationship file's name. */
    static final String RELATIONSHIPS = "relationships.csv";

    @Override
    public void write(ExportSource source, ExportSink sink) throws IOException {
        PropertyGraph pg = PropertyGraph.of(new GraphQueries(source.dataset()));
        Csv nodes = new Csv().row("iri:ID", ":LABEL", "label", "type", "qid", "lat:double", "lon:double",
                "ordinal:long", "startDate:date", "endDate:date");
        for (PropertyGraph.PgNode n : pg.nodes()) {
            List<String> row = new ArrayList<>(List.of(n.iri(), String.join(";", n.labels())));
            for (String k : List.of("label", "type", "qid", "lat", "lon", "ordinal", "startDate", "endDate")) {
                row.add(n.props().getOrDefault(k, ""));
            }
            nodes.row(row);
        }
        Csv rels = new Csv().row(":START_ID", ":END_ID", ":TYPE", "id", "role", "attended:boolean");
        for (PropertyGraph.PgEdge e : pg.edges()) {
            rels.row(e.source(), e.target(), e.type(), e.id(), e.props().getOrDefault("role", ""),
                    e.props().getOrDefault("attended", ""));
        }
        nodes.write(sink, NODES);
        rels.write(sink, RELATIONSHIPS);
    }
}
