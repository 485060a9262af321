package org.astanakg.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.astanakg.map.Prefixes;

/**
 * Runs the SELECT queries the tabular exporters read the graph with. The default graph is the
 * union of all graphs, as at the endpoint; {@code GRAPH} still reaches each named graph. (The view
 * is a general dataset linking the graphs: the in-memory dataset's quad-based engine would not see
 * a wrapper's union default graph.)
 */
final class GraphQueries {
    private final DatasetGraph dataset;

    GraphQueries(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The rows of {@code select} (written without PREFIX lines), each as variable name to node. */
    List<Map<String, Node>> rows(String select) {
        Query query = QueryFactory.create(Prefixes.sparql() + select);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph view = DatasetGraphFactory.create(dataset.getUnionGraph());
            dataset.listGraphNodes().forEachRemaining(g -> view.addGraph(g, dataset.getGraph(g)));
            List<Map<String, Node>> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(view).query(query).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Map<String, Node> row = new HashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                    out.add(row);
                }
            }
            return out;
        });
    }

    /** The lexical form of a literal, the IRI of an IRI, or "" when absent. */
    static String text(Node n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    /** The QID of a {@code skos:exactMatch} Wikidata IRI, or "" when absent. */
    static String qid(Node n) {
        String iri = text(n);
        int slash = iri.lastIndexOf('/');
        return iri.startsWith("http://www.wikidata.org/entity/Q") ? iri.substring(slash + 1) : "";
    }
}
