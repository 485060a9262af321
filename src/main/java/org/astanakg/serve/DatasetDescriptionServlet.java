package org.astanakg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.astanakg.export.DatasetDescription;
import org.astanakg.export.DescriptionSettings;
import org.astanakg.export.DescriptionSyntax;

/**
 * Serves the dataset description (VoID, DCAT and the SPARQL service description) at
 * {@code /.well-known/void}, and, through {@link #endpointFilter()}, at the SPARQL endpoint itself
 * when it is fetched without a query. Content negotiation: Turtle unless the {@code Accept} header
 * prefers JSON-LD ({@code application/ld+json}) or N-Triples ({@code application/n-triples}).
 * The description is made once per base URL. CORS is left to the server's own filter.
 */
public final class DatasetDescriptionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");
    private static final int CACHED_BASES = 8;

    private final transient DatasetGraph dataset;
    private final String baseUrl;
    private final transient Map<String, Graph> descriptions = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Graph> eldest) {
            return size() > CACHED_BASES;
        }
    };

    /**
     * Describes {@code dataset} as published at {@code baseUrl} (e.g. {@code https://example.org/});
     * with a null {@code baseUrl}, as the request reached the server (scheme, host and port).
     */
    public DatasetDescriptionServlet(DatasetGraph dataset, String baseUrl) {
        this.dataset = dataset;
        this.baseUrl = baseUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = baseUrl != null ? baseUrl : requestBase(req);
        if (base == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "bad Host header");
            return;
        }
        DescriptionSyntax syntax = negotiate(req.getHeader("Accept"));
        byte[] body = syntax.write(description(base));
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(syntax.mediaType() + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, new jakarta.servlet.http.HttpServletResponseWrapper(resp) {
            @Override
            public jakarta.servlet.ServletOutputStream getOutputStream() {
                return new jakarta.servlet.ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(jakarta.servlet.WriteListener l) {
                    }

                    @Override
                    public void write(int b) {
                    }
                };
            }
        });
    }

    /**
     * A filter for the SPARQL endpoint's path: a {@code GET} with no {@code query} parameter gets
     * the service description; everything else goes on to Fuseki.
     */
    public Filter endpointFilter() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                        && "GET".equals(req.getMethod()) && req.getParameter("query") == null) {
                    doGet(req, resp);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** The syntax the {@code Accept} header prefers: Turtle unless JSON-LD or N-Triples rank higher. */
    static DescriptionSyntax negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return DescriptionSyntax.TURTLE;
        }
        DescriptionSyntax best = DescriptionSyntax.TURTLE;
        double bestQ = -1;
        for (String part : accept.split(",")) {
            String[] fields = part.trim().split(";");
            String type = fields[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            DescriptionSyntax s = switch (type) {
                case "text/turtle", "application/x-turtle" -> DescriptionSyntax.TURTLE;
                case "application/ld+json", "application/json" -> DescriptionSyntax.JSONLD;
                case "application/n-triples", "text/plain" -> DescriptionSyntax.NTRIPLES;
                default -> null;
            };
            if (s != null && q > 0 && q > bestQ) {
                best = s;
                bestQ = q;
            }
        }
        return best;
    }

    private Graph description(String base) {
        synchronized (descriptions) {
            return descriptions.computeIfAbsent(base,
                    b -> DatasetDescription.describe(dataset, DescriptionSettings.of(b)));
        }
    }

    private static String requestBase(HttpServletRequest req) {
        String host = req.getServerName();
        String scheme = req.getScheme();
        if (host == null || !HOST.matcher(host).matches() || !("http".equals(scheme) || "https".equals(scheme))) {
            return null;
        }
        int port = req.getServerPort();
        boolean standard = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (standard ? "" : ":" + port) + "/";
    }
}
