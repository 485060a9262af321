package org.astanakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.astanakg.map.Vocab;

/**
 * JSON-LD of the union of all graphs: the published context ({@link JsonLdContext}) inline, so no
 * processor has to fetch it, and one node object per subject in {@code @graph}, sorted. Keys are
 * the context's terms where a value fits them, compact IRIs with explicit value objects otherwise.
 */
final class JsonLdExporter implements Exporter {
    private final String fileName;

    JsonLdExporter(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void write(ExportSource source, ExportSink sink) throws IOException {
        try (OutputStream out = sink.open(fileName)) {
            out.write(document(source.unionTriples()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The JSON-LD document of sorted triples (used for the dataset description too). */
    static String document(List<Triple> triples) {
        JsonLdContext context = JsonLdContext.standard();
        StringBuilder b = new StringBuilder("{\n  \"@context\": ").append(context.json("  ")).append(",\n  \"@graph\": [");
        int i = 0;
        String sep = "\n";
        while (i < triples.size()) {
            Node s = triples.get(i).getSubject();
            List<Triple> about = new ArrayList<>();
            while (i < triples.size() && triples.get(i).getSubject().equals(s)) {
                about.add(triples.get(i++));
            }
            b.append(sep);
            node(s, about, context, b);
            sep = ",\n";
        }
        return b.append("\n  ]\n}\n").toString();
    }

    private static void node(Node s, List<Triple> about, JsonLdContext context, StringBuilder b) {
        List<String> types = new ArrayList<>();
        Map<String, List<String>> keys = new TreeMap<>();
        for (Triple t : about) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(Vocab.TYPE) && o.isURI()) {
                types.add(Json.string(context.compact(o.getURI())));
                continue;
            }
            Optional<JsonLdContext.Term> term = context.term(p, o);
            String key = term.map(JsonLdContext.Term::name).orElse(context.compact(p.getURI()));
            String value = term.isPresent() ? plain(o, context) : valueObject(o, context);
            keys.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        b.append("    {\n      \"@id\": ").append(Json.string(id(s, context)));
        if (!types.isEmpty()) {
            b.append(",\n      \"@type\": ").append(list(types));
        }
        keys.forEach((key, values) -> b.append(",\n      ").append(Json.string(key)).append(": ").append(list(values)));
        b.append("\n    }");
    }

    private static String list(List<String> values) {
        return values.size() == 1 ? values.get(0) : "[" + String.join(", ", values) + "]";
    }

    private static String plain(Node o, JsonLdContext context) {
        return o.isLiteral() ? Json.string(o.getLiteralLexicalForm()) : Json.string(id(o, context));
    }

    private static String valueObject(Node o, JsonLdContext context) {
        if (!o.isLiteral()) {
            return "{\"@id\": " + Json.string(id(o, context)) + "}";
        }
        String v = "{\"@value\": " + Json.string(o.getLiteralLexicalForm());
        if (!o.getLiteralLanguage().isEmpty()) {
            return v + ", \"@language\": " + Json.string(o.getLiteralLanguage()) + "}";
        }
        if ("http://www.w3.org/2001/XMLSchema#string".equals(o.getLiteralDatatypeURI())) {
            return v + "}";
        }
        return v + ", \"@type\": " + Json.string(context.compact(o.getLiteralDatatypeURI())) + "}";
    }

    private static String id(Node n, JsonLdContext context) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : context.compact(n.getURI());
    }
}
