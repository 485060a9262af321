package org.astanakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The export formats, by the name {@code astana-kg export --format} takes. */
public enum ExportFormat {
    TRIG("trig", "astana.trig", () -> new TurtleExporter(true, "astana.trig")),
    NQUADS("nquads", "astana.nq", () -> new LineExporter(true, "astana.nq")),
    TURTLE("turtle", "astana.ttl", () -> new TurtleExporter(false, "astana.ttl")),
    NTRIPLES("ntriples", "astana.nt", () -> new LineExporter(false, "astana.nt")),
    JSONLD("jsonld", "astana.jsonld", () -> new JsonLdExporter("astana.jsonld")),
    RDFXML("rdfxml", "astana.rdf", () -> new RdfXmlExporter("astana.rdf")),
    GRAPHML("graphml", "astana.graphml", () -> new GraphMlExporter("astana.graphml")),
    NEO4J("neo4j", null, Neo4jExporter::new),
    CSV("csv", null, CsvTablesExporter::new),
    QUICKSTATEMENTS("quickstatements", "astana.qs.txt", () -> new QuickStatementsExporter("astana.qs.txt")),
    VOID("void", "void.ttl", () -> (source, sink) -> {
        try (OutputStream out = sink.open("void.ttl")) {
            TurtleExporter.writeTurtle(sorted(source), out);
        }
    }),
    CONTEXT("context", "context.jsonld", () -> (source, sink) -> {
        try (OutputStream out = sink.open("context.jsonld")) {
            out.write(JsonLdContext.standard().document().getBytes(StandardCharsets.UTF_8));
        }
    });

    private final String cliName;
    private final String fileName;
    private final Supplier<Exporter> exporter;

    ExportFormat(String cliName, String fileName, Supplier<Exporter> exporter) {
        this.cliName = cliName;
        this.fileName = fileName;
        this.exporter = exporter;
    }

    /** The name on the command line. */
    public String cliName() {
        return cliName;
    }

    /** The one file this format writes, or null when it writes a folder of files. */
    public String fileName() {
        return fileName;
    }

    /** True when the format writes several files into a folder. */
    public boolean writesFolder() {
        return fileName == null;
    }

    /** A new exporter for this format. */
    public Exporter exporter() {
        return exporter.get();
    }

    /** Writes this format's export of {@code source} into {@code sink}. */
    public void write(ExportSource source, ExportSink sink) throws IOException {
        exporter().write(source, sink);
    }

    /** The format with this command-line name. */
    public static Optional<ExportFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
    }

    /** Every command-line name, in order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).toList();
    }

    private static List<org.apache.jena.graph.Triple> sorted(ExportSource source) {
        return source.description().find().toList().stream().sorted(NodeOrder.TRIPLES).toList();
    }
}
