package org.astanakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PropertyGraphExportTest {
    private static final ExportSource SOURCE = Fixtures.miniSource();

    @Test
    void neo4jFilesHaveTheImportHeadersAndEveryRelationshipEndsAtANode() {
        Map<String, byte[]> files = Fixtures.export(ExportFormat.NEO4J, SOURCE);
        List<String> nodes = lines(files.get("nodes.csv"));
        List<String> rels = lines(files.get("relationships.csv"));
        assertTrue(nodes.get(0).startsWith("iri:ID,:LABEL,"), nodes.get(0));
        assertTrue(rels.get(0).startsWith(":START_ID,:END_ID,:TYPE"), rels.get(0));
        Set<String> ids = nodes.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
        for (String r : rels.subList(1, rels.size())) {
            String[] f = r.split(",");
            assertTrue(ids.contains(f[0]) && ids.contains(f[1]), r);
        }
        assertTrue(rels.stream().anyMatch(l -> l.contains(",PARTICIPATED_IN,") && l.endsWith(",guarantor,true")));
        assertTrue(rels.stream().anyMatch(l -> l.contains(",SUPPORTS,")));
    }

    @Test
    void graphMlHasAKeyForEveryDataElementAndNodesForActorsPlacesAndEvents() {
        String xml = new String(Fixtures.exportOne(ExportFormat.GRAPHML, SOURCE), StandardCharsets.UTF_8);
        assertTrue(xml.contains("edgedefault=\"directed\""));
        for (String key : List.of("n_label", "n_qid", "e_role", "e_label")) {
            assertTrue(xml.contains("<key id=\"" + key + "\""), key);
        }
        assertTrue(xml.contains("<data key=\"n_kind\">event</data>"));
        assertTrue(xml.contains("<data key=\"n_kind\">actor;place</data>"));
        assertTrue(xml.contains("<data key=\"n_kind\">place</data>"));
    }

    @Test
    void csvTablesHaveOneLinePerRoundParticipationAndClaim() {
        Map<String, byte[]> files = Fixtures.export(ExportFormat.CSV, SOURCE);
        assertEquals(2, lines(files.get("rounds.csv")).size());
        assertEquals(5, lines(files.get("participants.csv")).size());
        assertEquals(2, lines(files.get("claims.csv")).size());
        assertTrue(lines(files.get("rounds.csv")).get(1).contains("\"Astana talks, round 7\""), "quoted commas");
    }

    @Test
    void quickStatementsCreateEachRoundWithReferencedStatementsForItemsWithQids() {
        List<String> qs = lines(Fixtures.exportOne(ExportFormat.QUICKSTATEMENTS, SOURCE));
        assertEquals("CREATE", qs.get(0));
        assertTrue(qs.contains("LAST\tLen\t\"Astana talks, round 7\""));
        for (String line : qs.subList(3, qs.size())) {
            assertTrue(line.contains("\tS854\t\"https://example.org/") && line.contains("\tS577\t+2017-10-30T00:00:00Z/11"),
                    line);
        }
        assertTrue(qs.stream().anyMatch(l -> l.startsWith("LAST\tP710\tQ159\t")));
        assertTrue(qs.stream().noneMatch(l -> l.contains("syrian-government")), "no QID, no statement");
        assertEquals("+2017-05-01T00:00:00Z/10", QuickStatementsExporter.time("2017-05-01", "month"));
    }

    private static List<String> lines(byte[] bytes) {
        return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));
    }
}
