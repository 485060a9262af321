package org.astanakg.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A view of a dataset whose default graph is the union of its named graphs: what the endpoint
 * answers a query that names no graph. The named graphs stay addressable with {@code GRAPH}.
 *
 * <p>It is marked a {@link DatasetGraphWrapperView}: ARQ otherwise unwraps any
 * {@link DatasetGraphWrapper} and runs queries on the wrapped dataset, whose default graph is empty.
 */
public final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    /** Wraps {@code base}; the view is read-through, it copies nothing. */
    public static DatasetGraph wrap(DatasetGraph base) {
        return base instanceof UnionDefaultGraph ? base : new UnionDefaultGraph(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (graphNode == null || Quad.isDefaultGraph(graphNode)) {
            return getDefaultGraph();
        }
        return super.getGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            return super.find(Quad.unionGraph, s, p, o);
        }
        return super.find(g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            return super.contains(Quad.unionGraph, s, p, o);
        }
        return super.contains(g, s, p, o);
    }
}
