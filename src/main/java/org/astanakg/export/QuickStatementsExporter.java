package org.astanakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * The rounds of talks as QuickStatements (v1, tab-separated) for a Wikidata editor to review: a
 * {@code CREATE} block per round (rounds have no Wikidata item) with its label, series ordinal
 * (P1545), start and end (P580, P582), place (P276) and participants (P710), each statement
 * referenced by the article that states it (S854 reference URL, S577 publication date); a statement
 * whose only source has no URL is left out, and so is a round with no such statement. Places and
 * participants appear only when they have a verified QID; a stated absence is no participation. The role of a participant would be a
 * P3831 qualifier, but no role has a verified Wikidata item yet, so it is given in a comment.
 */
final class QuickStatementsExporter implements Exporter {
    /** Verified Wikidata items for roles (none yet: never guess one). */
    static final Map<String, String> ROLE_ITEMS = Map.of();

    private static final String ROUND_FACTS = """
            SELECT * WHERE {
              GRAPH ?g { ?round a ak:TalkRound .
                ?article a ak:NewsArticle ; schema:url ?url ; schema:datePublished ?published .
                OPTIONAL { ?round ak:ordinal ?ordinal }
                OPTIONAL { ?round ak:startDate ?start OPTIONAL { ?round ak:startPrecision ?startPrecision } }
                OPTIONAL { ?round ak:endDate ?end OPTIONAL { ?round ak:endPrecision ?endPrecision } } }
              OPTIONAL { GRAPH ?g { ?round ak:place ?place } GRAPH akg:registry { ?place skos:exactMatch ?placeQid } }
            }""";
    private static final String PARTICIPANTS = """
            SELECT * WHERE {
              GRAPH ?g { ?p a ak:Participation ; ak:inEvent ?round ; ak:participant ?actor ; ak:role ?role ;
                  ak:attended true .
                ?article a ak:NewsArticle ; schema:url ?url ; schema:datePublished ?published . }
              ?round a ak:TalkRound .
              GRAPH akg:registry { ?actor skos:exactMatch ?actorQid } }""";
    private static final String LABELS = "SELECT * WHERE { ?round a ak:TalkRound . OPTIONAL { ?round rdfs:label ?label } }";

    private final String fileName;

    QuickStatementsExporter(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void write(ExportSource source, ExportSink sink) throws IOException {
        GraphQueries q = new GraphQueries(source.dataset());
        Map<String, TreeSet<String>> statements = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        Map<String, String> order = new TreeMap<>();
        for (Map<String, Node> r : q.rows(LABELS)) {
            labels.merge(GraphQueries.text(r.get("round")), GraphQueries.text(r.get("label")),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        for (Map<String, Node> r : q.rows(ROUND_FACTS)) {
            String round = GraphQueries.text(r.get("round"));
            TreeSet<String> lines = statements.computeIfAbsent(round, k -> new TreeSet<>());
            String ref = reference(r);
            String ordinal = GraphQueries.text(r.get("ordinal"));
            if (!ordinal.isEmpty()) {
                lines.add("LAST\tP1545\t\"" + ordinal + "\"" + ref);
                order.put(round, String.format("%06d", Integer.parseInt(ordinal)));
            }
            time(lines, "P580", r.get("start"), r.get("startPrecision"), ref);
            time(lines, "P582", r.get("end"), r.get("endPrecision"), ref);
            String place = GraphQueries.qid(r.get("placeQid"));
            if (!place.isEmpty()) {
                lines.add("LAST\tP276\t" + place + ref);
            }
        }
        for (Map<String, Node> r : q.rows(PARTICIPANTS)) {
            String role = slug(r.get("role"));
            String qualifier = ROLE_ITEMS.containsKey(role) ? "\tP3831\t" + ROLE_ITEMS.get(role) : "";
            statements.computeIfAbsent(GraphQueries.text(r.get("round")), k -> new TreeSet<>())
                    .add("LAST\tP710\t" + GraphQueries.qid(r.get("actorQid")) + qualifier + reference(r)
                            + (qualifier.isEmpty() ? "\t/* role: " + role + " */" : ""));
        }
        StringBuilder b = new StringBuilder();
        statements.keySet().stream()
                .sorted((x, y) -> (order.getOrDefault(x, "~") + x).compareTo(order.getOrDefault(y, "~") + y))
                .forEach(round -> {
                    b.append("CREATE\n");
                    b.append("LAST\tLen\t\"").append(clean(labels.getOrDefault(round, "A round of the Astana talks")))
                            .append("\"\n");
                    b.append("LAST\tDen\t\"round of the Astana talks on Syria\"\n");
                    statements.get(round).forEach(line -> b.append(line).append('\n'));
                });
        try (OutputStream out = sink.open(fileName)) {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void time(TreeSet<String> lines, String property, Node date, Node precision, String ref) {
        if (date != null) {
            lines.add("LAST\t" + property + "\t" + time(GraphQueries.text(date), slug(precision)) + ref);
        }
    }

    /** A QuickStatements time value: {@code +2017-10-30T00:00:00Z/11} (day), {@code /10} month, {@code /9} year. */
    static String time(String isoDate, String precision) {
        String p = switch (precision) {
            case "month" -> "10";
            case "year" -> "9";
            default -> "11";
        };
        return "+" + isoDate + "T00:00:00Z/" + p;
    }

    private static String reference(Map<String, Node> r) {
        return "\tS854\t\"" + clean(GraphQueries.text(r.get("url"))) + "\"\tS577\t"
                + time(GraphQueries.text(r.get("published")), "day");
    }

    private static String slug(Node concept) {
        String iri = GraphQueries.text(concept);
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String clean(String s) {
        return s.replace("\"", "'").replace('\t', ' ').replace('\n', ' ');
    }
}
