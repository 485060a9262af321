package org.astanakg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.astanakg.store.ExampleQuery;

/**
 * The plain HTML page at {@code /}: what the endpoint is and the example queries, each with a link
 * that runs it. Every piece of text from a file is HTML-escaped.
 */
final class LandingPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient List<ExampleQuery> queries;

    LandingPage(Path folder) {
        this.queries = folder == null ? List.of() : ExampleQuery.readFolder(folder);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getRequestURI()) && !"".equals(req.getRequestURI())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getWriter().write(html());
    }

    String html() {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Astana KG</title>")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}")
                .append("pre{background:#f4f4f4;padding:.5em;overflow-x:auto}</style></head><body>\n")
                .append("<h1>Astana KG</h1>\n<p>A knowledge graph of the Astana peace process on Syria, built from ")
                .append("news articles. Every fact links to the article and sentence that states it.</p>\n")
                .append("<p>SPARQL endpoint: <code>").append(ServerSettings.DATASET).append("/sparql</code> ")
                .append("(read-only; GET or POST). Graph store (read-only): <code>").append(ServerSettings.DATASET)
                .append("/get</code>.</p>\n<h2>Example queries</h2>\n<dl>\n");
        for (ExampleQuery q : queries) {
            String link = ServerSettings.DATASET + "/sparql?query="
                    + URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
            b.append("<dt><a href=\"").append(escape(link)).append("\">").append(escape(q.title()))
                    .append("</a> <small>(").append(escape(q.name())).append(")</small></dt>\n<dd>")
                    .append(escape(q.description())).append("<pre>").append(escape(q.text()))
                    .append("</pre></dd>\n");
        }
        return b.append("</dl>\n</body></html>\n").toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
