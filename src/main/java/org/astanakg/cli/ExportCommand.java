package org.astanakg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.astanakg.AstanaException;
import org.astanakg.export.DescriptionSettings;
import org.astanakg.export.ExportFormat;
import org.astanakg.export.ExportSink;
import org.astanakg.export.ExportSource;
import org.astanakg.store.GraphBuilder;
import org.astanakg.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code astana-kg export --format F [-o FILE]}: builds the graph and writes it in one format, or all. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Build the graph and export it. One-file formats go to FILE (or standard output); "
                + "neo4j and csv write a folder of files into DIR; 'all' writes every format into DIR.",
                "Formats: trig, nquads (named graphs kept, plus the dataset description in akg:graph/void), "
                        + "turtle, ntriples, jsonld, rdfxml (the union of all graphs), graphml, neo4j, csv, "
                        + "quickstatements, void (the dataset description alone), context (the JSON-LD context), all."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "The format: ${COMPLETION-CANDIDATES}.", completionCandidates = FormatNames.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Where to write: a file for one-file formats (default: standard output), a folder for "
                    + "neo4j, csv and all (required).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = DescriptionSettings.DEFAULT_BASE_URL,
            description = "Where the endpoint and dumps are published, for the dataset description "
                    + "(default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--license", paramLabel = "IRI", defaultValue = DescriptionSettings.DEFAULT_LICENSE,
            description = "The data licence the description states (default: ${DEFAULT-VALUE}).")
    String license;

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    /** The format names, for help and completion. */
    static final class FormatNames extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            super(names());
        }
    }

    static List<String> names() {
        List<String> all = new java.util.ArrayList<>(ExportFormat.names());
        all.add("all");
        return all;
    }

    @Override
    public Integer call() {
        List<ExportFormat> formats = "all".equals(format) ? List.of(ExportFormat.values())
                : List.of(ExportFormat.byName(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "unknown format '" + format + "'; expected one of " + names())));
        boolean folder = formats.size() > 1 || formats.get(0).writesFolder();
        if (folder && output == null) {
            throw new ParameterException(spec.commandLine(), "format '" + format + "' writes a folder: give -o DIR");
        }
        KnowledgeGraph graph = GraphBuilder.build(inputs.input());
        ExportSource source = new ExportSource(graph.dataset(), new DescriptionSettings(baseUrl, license));
        if (!folder && output == null) {
            write(formats.get(0), source, ExportSink.stream(System.out), "standard output");
            return 0;
        }
        if (!folder) {
            writeFile(formats.get(0), source, output);
            report(formats.get(0), output);
            return 0;
        }
        writeFolder(formats, source);
        return 0;
    }

    /**
     * Writes every format into a temporary folder beside {@code output} and moves the results into
     * place only when all are written, so a failure leaves the output folder as it was.
     */
    private void writeFolder(List<ExportFormat> formats, ExportSource source) {
        Path parent = output.toAbsolutePath().getParent();
        Path stage = null;
        try {
            Files.createDirectories(parent);
            stage = Files.createTempDirectory(parent, ".export-");
            for (ExportFormat f : formats) {
                if (f.writesFolder()) {
                    Path dir = formats.size() > 1 ? stage.resolve(f.cliName()) : stage;
                    write(f, source, ExportSink.folder(dir), output.toString());
                } else {
                    try (OutputStream out = Files.newOutputStream(stage.resolve(f.fileName()))) {
                        write(f, source, ExportSink.stream(out), output.toString());
                    }
                }
            }
            Files.createDirectories(output);
            try (java.util.stream.Stream<Path> entries = Files.list(stage)) {
                for (Path entry : entries.sorted().toList()) {
                    Path target = output.resolve(entry.getFileName().toString());
                    if (Files.isDirectory(target) && !Files.isSymbolicLink(target)) {
                        org.astanakg.store.GraphOutput.deleteTree(target);
                    }
                    Files.move(entry, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            formats.forEach(f -> report(f, f.writesFolder() && formats.size() > 1 ? output.resolve(f.cliName())
                    : f.writesFolder() ? output : output.resolve(f.fileName())));
        } catch (IOException e) {
            throw new AstanaException("cannot write to " + output + ": " + e, e);
        } finally {
            if (stage != null) {
                try {
                    org.astanakg.store.GraphOutput.deleteTree(stage);
                } catch (IOException e) {
                    // a leftover temporary folder is harmless; the real error, if any, is reported
                }
            }
        }
    }

    private static void write(ExportFormat f, ExportSource source, ExportSink sink, String where) {
        try {
            f.write(source, sink);
        } catch (IOException | UncheckedIOException e) {
            throw new AstanaException("cannot write " + f.cliName() + " to " + where + ": " + e.getMessage(), e);
        }
    }

    /** Writes a one-file format beside its target, then moves it into place: all or nothing. */
    private static void writeFile(ExportFormat f, ExportSource source, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        Path temp = parent.resolve("." + file.getFileName() + ".part");
        try {
            Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(f, source, ExportSink.stream(out), file.toString());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AstanaException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the export's own failure, if any, is the one to report
            }
        }
    }

    private void report(ExportFormat f, Path where) {
        spec.commandLine().getErr().printf("wrote %s: %s%n", f.cliName(), where);
        spec.commandLine().getErr().flush();
    }
}
