package org.astanakg.serve;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.servlet.Filter;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.astanakg.store.BuildInput;
import org.astanakg.store.GraphBuilder;

/** The export tests' mini project, built, and helpers for the server tests. */
final class MiniProject {
    static final Path ROOT = Path.of("src/test/resources/cases/export/mini");

    private MiniProject() {
    }

    /** The mini project's dataset. */
    static DatasetGraph dataset() {
        return GraphBuilder.build(BuildInput.project(ROOT)).dataset();
    }

    /**
     * A view whose default graph is the union of {@code base}'s graphs and whose named graphs are
     * {@code base}'s (call inside a read transaction on {@code base}).
     */
    static DatasetGraph unionView(DatasetGraph base) {
        Graph union = base.getUnionGraph();
        DatasetGraph view = DatasetGraphFactory.create(union);
        base.listGraphNodes().forEachRemaining(g -> view.addGraph(g, base.getGraph(g)));
        return view;
    }

    /** A servlet filter that counts the requests it sees. */
    static Filter counting(AtomicInteger count) {
        return (request, response, chain) -> {
            count.incrementAndGet();
            chain.doFilter(request, response);
        };
    }
}
