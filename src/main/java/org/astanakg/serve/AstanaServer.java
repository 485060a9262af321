package org.astanakg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.astanakg.store.UnionDefaultGraph;

/**
 * The embedded Fuseki endpoint. The dataset is registered read-only (query and graph store
 * {@code GET} only), its default graph is the union of all graphs, {@code SERVICE} is refused, and
 * every query is stopped at the timeout.
 */
public final class AstanaServer implements AutoCloseable {
    private final FusekiServer server;

    private AstanaServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts serving {@code dataset} with {@code settings}. */
    public static AstanaServer start(DatasetGraph dataset, ServerSettings settings) {
        DatasetGraph served = UnionDefaultGraph.wrap(dataset);
        served.getContext().set(Service.httpServiceAllowed, false);
        served.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableCors(true, null)
                .add(ServerSettings.DATASET, served, false)
                .addServlet("", new LandingPage(settings.queries()));
        FusekiServer server = builder.build();
        server.start();
        return new AstanaServer(server);
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint's address. */
    public String sparqlUrl() {
        return "http://localhost:" + port() + ServerSettings.DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
