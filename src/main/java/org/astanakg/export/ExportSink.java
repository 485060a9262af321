package org.astanakg.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an exporter's files go: it opens each by name, writes it and closes it. */
@FunctionalInterface
public interface ExportSink {

    /** Opens the file {@code name} (a plain file name, no folders) for writing. */
    OutputStream open(String name) throws IOException;

    /** Files in {@code folder}, which is created if missing. */
    static ExportSink folder(Path folder) {
        return name -> {
            Files.createDirectories(folder);
            return Files.newOutputStream(folder.resolve(checked(name)));
        };
    }

    /** Every file into one stream, left open (for standard output). */
    static ExportSink stream(OutputStream out) {
        return name -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    private static String checked(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        return name;
    }
}
