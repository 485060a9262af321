package org.astanakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV: comma-separated, CRLF-free ({@code \n}) lines, fields quoted when they must be. */
final class Csv {
    private final StringBuilder b = new StringBuilder();

    /** Adds one row. */
    Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields.get(i) == null ? "" : fields.get(i)));
        }
        b.append('\n');
        return this;
    }

    /** Adds one row. */
    Csv row(String... fields) {
        return row(List.of(fields));
    }

    /** Writes the table to {@code name} in {@code sink}. */
    void write(ExportSink sink, String name) throws IOException {
        try (OutputStream out = sink.open(name)) {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
