package org.astanakg.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** The outcome of a SHACL validation: whether the graph conforms and, if not, why, readably. */
public final class Report {
    private final ValidationReport report;

    Report(ValidationReport report) {
        this.report = report;
    }

    /** True when the graph conforms to every shape. */
    public boolean conforms() {
        return report.conforms();
    }

    /** How many violations (and other results) there are. */
    public int size() {
        return report.getEntries().size();
    }

    /** The report as Turtle, for the report file. */
    public String turtle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getGraph(), Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One line per result, sorted, for a person to read: focus node, path, value and message. */
    public List<String> lines() {
        return report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> e.focusNode().toString())
                        .thenComparing(e -> String.valueOf(e.resultPath())))
                .map(Report::line)
                .toList();
    }

    private static String line(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        String value = e.value() == null ? "" : " value " + e.value();
        return e.severity().level().getLocalName() + ": <" + e.focusNode() + ">" + path + value + ": "
                + e.message();
    }
}
