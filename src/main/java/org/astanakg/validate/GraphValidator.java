package org.astanakg.validate;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;
import org.astanakg.store.RdfFiles;

/** Validates a graph against the project's SHACL shapes. */
public final class GraphValidator {
    private final Shapes shapes;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Loads the shapes file; a file that does not parse or is not valid SHACL is an input error. */
    public static GraphValidator load(Path shapesFile) {
        Graph graph = RdfFiles.parse(shapesFile);
        try {
            return new GraphValidator(Shapes.parse(graph));
        } catch (ShaclParseException e) {
            throw new InputException(SourceLocation.of(shapesFile), "not valid SHACL: " + e.getMessage(), e);
        }
    }

    /** Validates {@code data} (normally the union of all graphs). */
    public Report validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return new Report(report);
    }
}
