package org.astanakg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;
import org.astanakg.store.GraphBuilder;
import org.astanakg.store.KnowledgeGraph;
import org.astanakg.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astana-kg query FILE.rq}: runs a SELECT or ASK query on the built graph or on a running endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file against the graph built from the project's facts, or against "
                + "a running endpoint with --endpoint.")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, json, tsv }

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The query file.")
    Path file;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A SPARQL endpoint to query instead, e.g. http://localhost:3030/astana/sparql.")
    String endpoint;

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Query query = parse(file);
        String out;
        if (endpoint != null) {
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                out = Queries.answer(exec, query, answer -> render(query, answer));
            }
        } else {
            KnowledgeGraph graph = GraphBuilder.build(inputs.input());
            out = Queries.withResults(graph.dataset(), query, rs -> render(query, rs));
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static Query parse(Path file) {
        try {
            return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            throw new InputException(new SourceLocation(file.toString(), e.getLine(), e.getColumn()),
                    "not a valid SPARQL query: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(file), "cannot read: " + e.getMessage(), e);
        }
    }

    private String render(Query query, Object answer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (answer instanceof Boolean b) {
            return b + System.lineSeparator();
        }
        ResultSet rs = (ResultSet) answer;
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
            case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
            default -> ResultSetFormatter.out(bytes, rs, query);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
