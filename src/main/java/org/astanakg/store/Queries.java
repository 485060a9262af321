package org.astanakg.store;

import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.system.Txn;

/**
 * Runs SELECT and ASK queries over a dataset whose default graph is the union of its named graphs,
 * as the endpoint serves it.
 */
public final class Queries {

    private Queries() {
    }

    /**
     * Runs {@code query} and hands its answer, a {@link org.apache.jena.query.ResultSet} or a
     * {@link Boolean}, to {@code use} while the execution is still open.
     */
    public static <T> T withResults(DatasetGraph dataset, Query query, Function<Object, T> use) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecutionAdapter.adapt(
                    QueryExec.dataset(UnionDefaultGraph.wrap(dataset)).query(query).build())) {
                return answer(exec, query, use);
            }
        });
    }

    /** Hands the answer of an open execution to {@code use}. */
    public static <T> T answer(QueryExecution exec, Query query, Function<Object, T> use) {
        if (query.isAskType()) {
            return use.apply(exec.execAsk());
        }
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only SELECT and ASK queries give result tables");
        }
        return use.apply(exec.execSelect());
    }
}
