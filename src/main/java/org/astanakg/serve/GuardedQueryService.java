package org.astanakg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's query operation with the {@link QueryGuard} in front and results buffered behind.
 *
 * <p>Registered with {@code FusekiServer.Builder.registerOperation(Operation.Query, ...)} rather than
 * done in a servlet filter because only here is the query text known whatever way it came (query
 * string, form, {@code application/sparql-query} body) and the parsed query available before it
 * runs. The {@code stylesheet} and {@code callback} parameters are refused, and the {@link QueryGate}
 * bounds how many queries run at once. Buffering matters because Fuseki streams a SELECT: a timeout that fires after the first row
 * left a {@code 200} with a truncated body. Here every row (at most {@link #MAX_ROWS}) and every
 * CONSTRUCT quad (at most {@link #MAX_QUADS}) is computed before the status line is written, so a
 * timeout is a clean {@code 503}.
 */
final class GuardedQueryService extends SPARQL_QueryDataset {
    /** The most rows a SELECT may answer. */
    static final int MAX_ROWS = 100_000;
    /** The most quads a CONSTRUCT may answer. */
    static final int MAX_QUADS = 200_000;
    /** XSLT links and JSONP: both let a response run script on this origin. */
    private static final List<String> REFUSED_PARAMS = List.of("stylesheet", "callback");
    private static final int MAX_BODY_BYTES = QueryGuard.MAX_QUERY_CHARS * 4;

    private final QueryGuard guard;
    private final QueryGate gate;

    GuardedQueryService(QueryGuard guard, QueryGate gate) {
        this.guard = guard;
        this.gate = gate;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        for (String p : REFUSED_PARAMS) {
            if (action.getRequestParameter(p) != null) {
                ServletOps.errorBadRequest("the '" + p + "' parameter is not supported on this endpoint");
            }
        }
        if (queryString != null) {
            try {
                guard.checkText(queryString);
            } catch (QueryRejectedException e) {
                reject(action, e);
            }
        }
        if (!gate.enter()) {
            action.setResponseHeader("Retry-After", "5");
            ServletOps.error(503, "the endpoint is busy; retry shortly");
        }
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("query too complex to evaluate");
        } catch (OutOfMemoryError e) {
            ServletOps.error(503, "the query needed more memory than this server gives one query; narrow it down");
        } finally {
            gate.leave();
        }
    }

    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the request body: " + e.getMessage());
            return;
        }
        if (body.length > MAX_BODY_BYTES) {
            ServletOps.error(413, "query longer than " + QueryGuard.MAX_QUERY_CHARS + " characters");
        }
        execute(utf8(body), action);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            ServletOps.errorBadRequest("the query is not valid UTF-8");
            return null;
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            guard.checkQuery(query);
        } catch (QueryRejectedException e) {
            reject(action, e);
        }
    }

    private static void reject(HttpAction action, QueryRejectedException e) {
        action.log.info("[{}] refused: {}", action.id, e.getMessage());
        ServletOps.error(e.status(), e.getMessage());
    }

    /** Runs the query with {@code REGEX} and {@code REPLACE} that the timeout can stop mid-match. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, CancellableRegex.rewrite(query), dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType()) {
            return new QueryExecResult(buffer(exec.select()));
        }
        if (query.isConstructType()) {
            DatasetGraph quads = bufferQuads(exec.constructQuads());
            quads.prefixes().putAll(query.getPrefixMapping());
            return new QueryExecResult(quads);
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    private static RowSet buffer(RowSet rows) {
        List<Binding> all = new ArrayList<>();
        while (rows.hasNext()) {
            if (all.size() == MAX_ROWS) {
                ServletOps.errorBadRequest("the result has more than " + MAX_ROWS
                        + " rows; use LIMIT and OFFSET to page through it");
            }
            all.add(rows.next());
        }
        return RowSetStream.create(rows.getResultVars(), all.iterator());
    }

    private static DatasetGraph bufferQuads(Iterator<Quad> quads) {
        DatasetGraph out = DatasetGraphFactory.create();
        long n = 0;
        while (quads.hasNext()) {
            if (++n > MAX_QUADS) {
                ServletOps.errorBadRequest("the result has more than " + MAX_QUADS + " triples");
            }
            out.add(quads.next());
        }
        return out;
    }
}
