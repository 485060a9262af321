package org.astanakg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.astanakg.store.UnionDefaultGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki endpoint. The dataset is registered read-only (query and graph store
 * {@code GET} only), its default graph is the union of all graphs, queries pass the
 * {@link QueryGuard} and are stopped at the timeout with their results buffered, {@code SERVICE} is
 * refused twice (by the guard, and by ARQ's {@code httpServiceAllowed=false}), admin endpoints are
 * absent, CORS is read-only and without credentials, and the server binds only the configured host.
 */
public final class AstanaServer implements AutoCloseable {
    private final FusekiServer server;
    private final String host;

    private AstanaServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Starts serving {@code dataset} with {@code settings}; no {@code SERVICE} at all. */
    public static AstanaServer start(DatasetGraph dataset, ServerSettings settings) {
        return start(dataset, settings, ServiceAllowlist.none());
    }

    /** Starts serving {@code dataset}, letting {@code SERVICE} call only the endpoints in {@code services}. */
    public static AstanaServer start(DatasetGraph dataset, ServerSettings settings, ServiceAllowlist services) {
        return start(dataset, settings, new QueryGuard(services::allows), QueryGate.forTimeout(settings.timeout()),
                services);
    }

    /** Starts serving {@code dataset} with {@code settings} and the query rules of {@code guard}. */
    static AstanaServer start(DatasetGraph dataset, ServerSettings settings, QueryGuard guard) {
        return start(dataset, settings, guard, QueryGate.forTimeout(settings.timeout()));
    }

    /** Starts serving with the query rules of {@code guard}, letting through {@code gate} as many as run at once. */
    static AstanaServer start(DatasetGraph dataset, ServerSettings settings, QueryGuard guard, QueryGate gate) {
        return start(dataset, settings, guard, gate, ServiceAllowlist.none());
    }

    private static AstanaServer start(DatasetGraph dataset, ServerSettings settings, QueryGuard guard, QueryGate gate,
            ServiceAllowlist services) {
        DatasetGraph served = UnionDefaultGraph.wrap(dataset);
        restrict(served.getContext(), settings);
        services.install(served.getContext());
        DatasetDescriptionServlet description = new DatasetDescriptionServlet(dataset, null);
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .enableCors(false, null)
                .addFilter("/*", new RequestFilter())
                .addFilter("/*", new CorsFilter())
                .registerOperation(Operation.Query, new GuardedQueryService(guard, gate))
                .add(ServerSettings.DATASET, served, false)
                .addServlet("/.well-known/void", description)
                .addFilter(ServerSettings.DATASET + "/sparql", description.endpointFilter())
                .addServlet("", new LandingPage(settings.queries()))
                .build();
        bind(server, settings.host());
        server.start();
        return new AstanaServer(server, settings.host());
    }

    /**
     * Sets the execution limits in {@code context}. Fuseki builds each query's context from the
     * dataset's, so they apply to every query it runs. The timeout is given as "initial,overall":
     * Fuseki lets a request's {@code ?timeout=} lower each of the two but, when the server sets only
     * the overall one, {@code ?timeout=3600,3600} set an hour-long time-to-first-row that outlived it.
     */
    static void restrict(Context context, ServerSettings settings) {
        context.set(Service.httpServiceAllowed, false);
        long millis = settings.timeout().toMillis();
        context.set(ARQ.queryTimeout, millis + "," + millis);
    }

    /**
     * Binds the connector to the configured address. The builder only knows "loopback" (which it
     * spells {@code localhost}) or "all interfaces"; the connector is not yet open after
     * {@code build()}, so its host can still be set to any address.
     */
    private static void bind(FusekiServer server, String host) {
        String address = host.equals("0.0.0.0") || host.equals("::") || host.isEmpty() ? null : host;
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(address);
            }
        }
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The address the server's connector is bound to, null meaning all interfaces. */
    String boundHost() {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                return sc.getHost();
            }
        }
        return null;
    }

    /** The SPARQL query endpoint's address. */
    public String sparqlUrl() {
        String shown = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + ServerSettings.DATASET + "/sparql";
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
