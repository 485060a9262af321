package org.astanakg.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Three plain tables for spreadsheets: {@code rounds.csv} (one line per round of talks),
 * {@code participants.csv} (one line per actor's role at an event) and {@code claims.csv} (one line
 * per sourced figure), each with labels, Wikidata QIDs and the URLs of the articles behind it.
 */
final class CsvTablesExporter implements Exporter {
    private static final String ROUNDS = """
            SELECT * WHERE { ?round a ak:TalkRound .
              OPTIONAL { ?round ak:ordinal ?ordinal } OPTIONAL { ?round rdfs:label ?label }
              OPTIONAL { ?round ak:startDate ?start } OPTIONAL { ?round ak:endDate ?end }
              OPTIONAL { ?round ak:place ?place OPTIONAL { ?place rdfs:label ?placeLabel }
                         OPTIONAL { ?place skos:exactMatch ?placeQid } }
              OPTIONAL { ?round prov:wasDerivedFrom ?article . ?article schema:url ?source } }""";
    private static final String PARTICIPANTS = """
            SELECT * WHERE { ?participation a ak:Participation ; ak:inEvent ?event ; ak:participant ?actor ;
                ak:role ?role .
              OPTIONAL { ?participation ak:attended ?attended }
              OPTIONAL { ?event rdfs:label ?eventLabel } OPTIONAL { ?event ak:ordinal ?ordinal }
              OPTIONAL { ?actor rdfs:label ?actorLabel } OPTIONAL { ?actor skos:exactMatch ?actorQid }
              OPTIONAL { ?participation prov:wasDerivedFrom ?article . ?article schema:url ?source } }""";
    private static final String CLAIMS = """
            SELECT * WHERE { ?claim a ak:Claim ; ak:measure ?measure .
              OPTIONAL { ?claim ak:value ?value } OPTIONAL { ?claim ak:valueText ?valueText }
              OPTIONAL { ?claim ak:qualifier ?qualifier } OPTIONAL { ?claim ak:asOf ?asOf }
              OPTIONAL { ?claim ak:statedBy ?statedBy OPTIONAL { ?statedBy rdfs:label ?statedByLabel } }
              OPTIONAL { ?claim ak:about ?about }
              OPTIONAL { ?claim ak:claimPlace ?place OPTIONAL { ?place rdfs:label ?placeLabel } }
              OPTIONAL { ?claim prov:wasDerivedFrom ?article . ?article schema:url ?source } }""";
    /** Columns whose values are vocabulary concepts, shown by their slug. */
    private static final Set<String> SLUGS = Set.of("role", "measure", "qualifier");

    @Override
    public void write(ExportSource source, ExportSink sink) throws IOException {
        GraphQueries q = new GraphQueries(source.dataset());
        new Table(List.of("round", "ordinal", "label", "start", "end", "place", "placeLabel", "placeQid", "source"))
                .addAll(shown(q.rows(ROUNDS)), r -> ordinal(r) + GraphQueries.text(r.get("round")), GraphQueries::text)
                .csv(List.of("round", "ordinal", "label", "start_date", "end_date", "place", "place_label",
                        "place_qid", "source_urls"))
                .write(sink, "rounds.csv");
        new Table(List.of("event", "eventLabel", "ordinal", "actor", "actorLabel", "actorQid", "role", "attended",
                "source"))
                .addAll(shown(q.rows(PARTICIPANTS)), r -> ordinal(r) + GraphQueries.text(r.get("participation")),
                        GraphQueries::text)
                .csv(List.of("event", "event_label", "round_ordinal", "actor", "actor_label", "actor_qid", "role",
                        "attended", "source_urls"))
                .write(sink, "participants.csv");
        new Table(List.of("claim", "measure", "value", "valueText", "qualifier", "asOf", "statedBy",
                "statedByLabel", "about", "place", "placeLabel", "source"))
                .addAll(shown(q.rows(CLAIMS)), r -> GraphQueries.text(r.get("claim")), GraphQueries::text)
                .csv(List.of("claim", "measure", "value", "value_text", "qualifier", "as_of", "stated_by",
                        "stated_by_label", "about", "place", "place_label", "source_url"))
                .write(sink, "claims.csv");
    }

    /** Rows with QIDs as {@code Q159} and vocabulary concepts as their slug. */
    private static List<Map<String, Node>> shown(List<Map<String, Node>> rows) {
        for (Map<String, Node> row : rows) {
            row.replaceAll((k, v) -> {
                if (v == null || !v.isURI()) {
                    return v;
                }
                if (SLUGS.contains(k)) {
                    return org.apache.jena.graph.NodeFactory.createLiteralString(
                            v.getURI().substring(v.getURI().lastIndexOf('/') + 1));
                }
                return k.endsWith("Qid") ? org.apache.jena.graph.NodeFactory.createLiteralString(GraphQueries.qid(v)) : v;
            });
        }
        return rows;
    }

    private static String ordinal(Map<String, Node> row) {
        String o = GraphQueries.text(row.get("ordinal"));
        return o.isEmpty() ? "~" : String.format("%06d", Integer.parseInt(o));
    }
}
