package org.astanakg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/** The syntaxes the dataset description is served in, written as stably as the exports. */
public enum DescriptionSyntax {
    TURTLE("text/turtle"), JSONLD("application/ld+json"), NTRIPLES("application/n-triples");

    private final String mediaType;

    DescriptionSyntax(String mediaType) {
        this.mediaType = mediaType;
    }

    /** Its media type. */
    public String mediaType() {
        return mediaType;
    }

    /** {@code graph} in this syntax, UTF-8. */
    public byte[] write(Graph graph) {
        List<Triple> triples = graph.find().toList().stream().sorted(NodeOrder.TRIPLES).toList();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (this) {
                case TURTLE -> TurtleExporter.writeTurtle(triples, out);
                case NTRIPLES -> LineExporter.writeNTriples(triples, out);
                case JSONLD -> out.write(JsonLdExporter.document(triples).getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
