package org.astanakg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The first servlet filter of the endpoint: refuses what no handler behind it should see, and adds
 * the headers every response carries. Only GET, HEAD, POST and OPTIONS pass (TRACE and every write
 * method are 405); {@code /$/} admin paths other than {@code /$/ping} are 404; a query string with a
 * malformed %-escape or invalid UTF-8, a charset other than UTF-8, a compressed body and a body over
 * {@link #MAX_BODY_BYTES} are refused with a 4xx before Fuseki, which answers some of them with a
 * 500, parses anything. Every response gets {@code nosniff} and a script-free CSP.
 */
final class RequestFilter implements Filter {
    /** The largest request body accepted. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    /** Request bodies are read as UTF-8, so only UTF-8 (and its subset ASCII) may be declared. */
    private static final Set<String> CHARSETS = Set.of("utf-8", "utf8", "us-ascii");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        resp.setHeader("Referrer-Policy", "no-referrer");
        String problem = problem(req);
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        int status = Integer.parseInt(problem.substring(0, 3));
        if (status == 405) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
        }
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().write(problem.substring(4) + "\n");
    }

    /** Returns "STATUS message" when the request is refused, else null. */
    private static String problem(HttpServletRequest req) {
        if (!METHODS.contains(req.getMethod())) {
            return "405 method " + req.getMethod() + " is not allowed: this endpoint is read-only";
        }
        String path = req.getRequestURI();
        if (path.startsWith("/$/") && !path.equals("/$/ping")) {
            return "404 not found";
        }
        String query = req.getQueryString();
        if (query != null) {
            String bad = QueryStrings.problem(query);
            if (bad != null) {
                return "400 " + bad;
            }
        }
        String body = bodyProblem(req);
        return body != null ? body : formProblem(req);
    }

    /** A form body whose %-escapes or UTF-8 are broken: Fuseki would answer it with a 500. */
    private static String formProblem(HttpServletRequest req) {
        String type = req.getHeader("Content-Type");
        String path = req.getRequestURI();
        boolean queryService = path.endsWith("/sparql") || path.endsWith("/query");
        if (!"POST".equals(req.getMethod()) || !queryService || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        try {
            req.getParameterMap();
            return null;
        } catch (RuntimeException e) {
            return "400 the form body cannot be read (bad %-escape or not UTF-8)";
        }
    }

    private static String bodyProblem(HttpServletRequest req) {
        String encoding = req.getHeader("Content-Encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
            return "400 compressed request bodies (Content-Encoding: " + encoding + ") are not supported";
        }
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            return "413 request body larger than " + MAX_BODY_BYTES + " bytes";
        }
        // The raw header: Jetty's getContentType() throws on an unknown charset (a 500).
        String charset = charset(req.getHeader("Content-Type"));
        if (charset != null && !CHARSETS.contains(charset.toLowerCase(Locale.ROOT))) {
            return "400 unsupported charset '" + charset + "': send UTF-8";
        }
        return null;
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }
}
