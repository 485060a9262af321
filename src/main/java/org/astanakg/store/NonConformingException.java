package org.astanakg.store;

import org.astanakg.AstanaException;
import org.astanakg.validate.Report;

/** The built graph does not conform to the SHACL shapes; nothing was written. */
public class NonConformingException extends AstanaException {
    private static final long serialVersionUID = 1L;
    private final transient Report report;

    public NonConformingException(Report report) {
        super("the graph does not conform to the SHACL shapes (" + report.size() + " results):\n  "
                + String.join("\n  ", report.lines()));
        this.report = report;
    }

    /** The validation report. */
    public Report report() {
        return report;
    }

    @Override
    public int exitCode() {
        return 3;
    }
}
