package org.astanakg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.astanakg.AstanaException;
import org.astanakg.serve.AstanaServer;
import org.astanakg.serve.ServerSettings;
import org.astanakg.serve.ServiceAllowlist;
import org.astanakg.store.GraphBuilder;
import org.astanakg.store.GraphOutput;
import org.astanakg.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code astana-kg serve}: builds the graph and serves it as a read-only SPARQL endpoint. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the graph and serve it read-only at http://HOST:PORT/astana/sparql "
                + "(query), /astana/get (graph store, read-only) and / (landing page).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(names = "--port", defaultValue = "3030", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Stop any query after this many seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Serve a persistent TDB2 store in DIR, building it first if DIR does not exist.")
    Path tdb2;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "Let SERVICE call this SPARQL endpoint (repeatable; none by default), e.g. "
                    + "https://query.wikidata.org/sparql for the federated example queries.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "The example queries the landing page lists (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkOptions();
        long started = System.nanoTime();
        DatasetGraph dataset = dataset();
        ServerSettings settings = new ServerSettings(host, port,
                Duration.ofMillis((long) (timeoutSeconds * 1000)), Files.isDirectory(queries) ? queries : null);
        try (AstanaServer server = start(dataset, settings)) {
            spec.commandLine().getOut().printf("serving %s (read-only) in %d ms; landing page http://%s:%d/%n",
                    server.sparqlUrl(), (System.nanoTime() - started) / 1_000_000, host, server.port());
            spec.commandLine().getOut().flush();
            server.join();
        }
        return 0;
    }

    private void checkOptions() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw new ParameterException(spec.commandLine(), "--timeout: expected seconds above 0 and at most 3600, found "
                    + timeoutSeconds);
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: expected 0 to 65535, found " + port);
        }
    }

    /** Starts the server; a port in use or an address that cannot be bound is the user's to fix, not a crash. */
    private AstanaServer start(DatasetGraph dataset, ServerSettings settings) {
        ServiceAllowlist services = services();
        try {
            return AstanaServer.start(dataset, settings, services);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof java.io.IOException)) {
                cause = cause.getCause();
            }
            if (cause instanceof java.io.IOException) {
                throw new AstanaException("cannot listen on " + host + ":" + port + ": " + cause.getMessage()
                        + " (is another server using the port? try --port)", e);
            }
            throw e;
        }
    }

    private ServiceAllowlist services() {
        try {
            return ServiceAllowlist.of(allowService);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--allow-service: " + e.getMessage());
        }
    }

    private DatasetGraph dataset() {
        if (tdb2 == null) {
            return GraphBuilder.build(inputs.input()).dataset();
        }
        GraphOutput.requireStoreOrAbsent(tdb2);
        if (!GraphOutput.isTdb2Store(tdb2)) {
            KnowledgeGraph graph = GraphBuilder.build(inputs.input());
            GraphOutput.writeTdb2(graph, tdb2);
        }
        return TDB2Factory.connectDataset(tdb2.toString()).asDatasetGraph();
    }
}
