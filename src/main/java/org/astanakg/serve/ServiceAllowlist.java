package org.astanakg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * The SPARQL endpoints a query may call with {@code SERVICE}: none unless named. Installed on a
 * dataset's context, it replaces the service executors with a chain that refuses any
 * {@code SERVICE} IRI not on the list with a {@link QueryDeniedException} (what ARQ itself throws
 * for a refused {@code SERVICE}, a client error for Fuseki), before anything is fetched (also under
 * {@code SILENT}; {@code SERVICE ?var} is checked once the variable is bound), and hands the rest
 * to Jena's HTTP executor. With an empty list every
 * {@code SERVICE} is refused and HTTP service calls are switched off altogether.
 */
public final class ServiceAllowlist {
    static {
        JenaSystem.init();
    }

    private final Set<String> allowed;

    private ServiceAllowlist(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** No {@code SERVICE} at all: the default. */
    public static ServiceAllowlist none() {
        return new ServiceAllowlist(Set.of());
    }

    /**
     * These endpoints only, compared as exact strings.
     *
     * @throws IllegalArgumentException when one is not an absolute http or https URL
     */
    public static ServiceAllowlist of(Collection<String> urls) {
        Set<String> set = new TreeSet<>();
        for (String url : urls) {
            set.add(check(url));
        }
        return new ServiceAllowlist(set);
    }

    /** True when a query may call {@code iri}. */
    public boolean allows(String iri) {
        return allowed.contains(iri);
    }

    /** The allowed endpoints, sorted. */
    public List<String> endpoints() {
        return List.copyOf(new TreeSet<>(allowed));
    }

    /** Makes every query run with {@code context} (a dataset's or the server's) obey the list. */
    public void install(Context context) {
        context.set(Service.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new Guard());
        ServiceExecutorRegistry.set(context, registry);
    }

    /** The first link of the chain: refuses, or passes on to the HTTP executor. */
    private final class Guard implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                ExecutionContext execCxt, ServiceExecutor chain) {
            Node service = opExecute.getService();
            if (service == null || !service.isURI() || !allows(service.getURI())) {
                throw new QueryDeniedException("SERVICE " + (service == null ? "?" : service)
                        + " is not allowed on this endpoint" + (allowed.isEmpty() ? " (SERVICE is switched off)"
                        : "; allowed: " + endpoints()));
            }
            return chain.createExecution(opExecute, original, binding, execCxt);
        }
    }

    private static String check(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null && ("http".equals(scheme) || "https".equals(scheme))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("not an http(s) SPARQL endpoint URL: '" + url + "'");
    }
}
