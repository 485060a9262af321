package org.astanakg.export;

import java.io.IOException;

/**
 * Writes one export format. An exporter reads only {@link ExportSource} and writes files through
 * {@link ExportSink}, so the same code writes to disk, to standard output or into a test's memory.
 */
public interface Exporter {

    /** Writes the export of {@code source}; the file names it opens are the format's own. */
    void write(ExportSource source, ExportSink sink) throws IOException;
}
