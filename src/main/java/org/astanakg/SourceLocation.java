package org.astanakg;

import java.nio.file.Path;

/**
 * A place in an input file: its path and, when known, a 1-based line and column, plus the name of
 * the field being read. Prints as {@code path:line:col} or {@code path} (field names are part of
 * the error message itself).
 *
 * @param file   the file, as the user named it
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {

    /** A whole file, no position inside it. */
    public static SourceLocation of(Path file) {
        return new SourceLocation(file.toString(), 0, 0);
    }

    /** A position inside a file. */
    public static SourceLocation of(Path file, int line, int column) {
        return new SourceLocation(file.toString(), line, column);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
