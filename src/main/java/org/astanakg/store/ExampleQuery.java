package org.astanakg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;

/**
 * An example query from {@code queries/}: its file name, and the title and description its header
 * comment gives ({@code # title: ...} and {@code # answers: ...} lines).
 *
 * @param name        the file name, e.g. {@code rounds.rq}
 * @param title       a short title
 * @param description what it answers
 * @param text        the whole query text
 */
public record ExampleQuery(String name, String title, String description, String text) {

    /** Reads every {@code .rq} file of a folder, in name order. */
    public static List<ExampleQuery> readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<ExampleQuery> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(folder), "cannot read the queries: " + e.getMessage(), e);
        }
    }

    /** Reads one query file. */
    public static ExampleQuery read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new ExampleQuery(file.getFileName().toString(), header(text, "title"), header(text, "answers"), text);
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(file), "cannot read: " + e.getMessage(), e);
        }
    }

    private static String header(String text, String key) {
        String prefix = "# " + key + ":";
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim())
                .findFirst().orElse("");
    }
}
