package org.astanakg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** The project's graph, built once per test run, and a way to read query answers as plain strings. */
public final class TestGraph {
    private static KnowledgeGraph project;

    private TestGraph() {
    }

    /** The graph built from data/ and ontology/. */
    public static synchronized KnowledgeGraph project() {
        if (project == null) {
            project = GraphBuilder.build(BuildInput.project(Path.of(".")));
        }
        return project;
    }

    /** Runs a query file on the project graph; each row maps a variable to its value's lexical form or IRI. */
    public static List<Map<String, String>> rows(Path queryFile) {
        return Queries.withResults(project().dataset(), QueryFactory.read(queryFile.toString()), answer -> {
            List<Map<String, String>> rows = new ArrayList<>();
            ResultSet rs = (ResultSet) answer;
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : rs.getResultVars()) {
                    RDFNode n = s.get(v);
                    row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(row);
            }
            return rows;
        });
    }
}
