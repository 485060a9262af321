package org.astanakg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * CORS for a public read-only endpoint: any origin may read ({@code Access-Control-Allow-Origin: *},
 * never with credentials, never a reflected origin), and a preflight is granted only for GET, HEAD and
 * POST with the headers a SPARQL client sends. Used instead of Fuseki's {@code enableCors}, whose
 * defaults reflect the origin with credentials and allow PUT, DELETE and PATCH.
 */
final class CorsFilter implements Filter {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    private static final String ALLOWED_HEADERS = "Accept, Content-Type, Accept-Language, Content-Language";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (req.getHeader("Origin") == null) {
            chain.doFilter(request, response);
            return;
        }
        String preflight = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && preflight != null) {
            answerPreflight(preflight, resp);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        chain.doFilter(request, response);
    }

    private static void answerPreflight(String method, HttpServletResponse resp) throws IOException {
        if (!METHODS.contains(method)) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("CORS: method " + method + " is not allowed; this endpoint is read-only\n");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
        resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        resp.setHeader("Access-Control-Max-Age", "86400");
    }
}
