package org.astanakg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;

/** Reads RDF files strictly: any error or warning names the file, line and column. */
public final class RdfFiles {

    private RdfFiles() {
    }

    /** Parses an RDF file (syntax from its extension) into a new graph. */
    public static Graph parse(Path file) {
        if (!Files.isReadable(file)) {
            throw new InputException(SourceLocation.of(file), "cannot read the file");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).errorHandler(strict(file)).parse(graph);
        } catch (InputException e) {
            throw e;
        } catch (RiotException e) {
            throw new InputException(SourceLocation.of(file), "not valid RDF: " + e.getMessage(), e);
        }
        return graph;
    }

    private static ErrorHandler strict(Path file) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                throw at(file, message, line, col);
            }

            @Override
            public void error(String message, long line, long col) {
                throw at(file, message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw at(file, message, line, col);
            }
        };
    }

    private static InputException at(Path file, String message, long line, long col) {
        return new InputException(SourceLocation.of(file, (int) Math.max(line, 0), (int) Math.max(col, 0)),
                "not valid RDF: " + message);
    }
}
