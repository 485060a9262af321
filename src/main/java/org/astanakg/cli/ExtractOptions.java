package org.astanakg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.astanakg.extract.ArticleInput;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code extract} and {@code ingest}: the text (or folder of texts) and its metadata. */
final class ExtractOptions {
    @Parameters(index = "0", paramLabel = "FILE|DIR",
            description = "An article text (UTF-8), or a folder of NAME.txt files with NAME.meta.yaml/.json sidecars.")
    Path input;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "The publication date (required for one file; a default for a folder's sidecars).")
    LocalDate published;

    @Option(names = "--publisher", paramLabel = "NAME", description = "The publisher: a registry MediaOutlet id or name.")
    String publisher;

    @Option(names = "--url", paramLabel = "URL", description = "Where the article was published.")
    String url;

    @Option(names = "--id", paramLabel = "ID", description = "The article id (default: the file name without .txt).")
    String id;

    @Option(names = "--wire", paramLabel = "NAME", description = "The wire service (default: detected from the text).")
    String wire;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder holding data/ (default: ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--registry", paramLabel = "FILE", description = "The entity registry (default: data/registry.yaml).")
    Path registry;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    Registry registry() {
        return RegistryReader.read(registry != null ? registry : project.resolve("data/registry.yaml"));
    }

    ArticleInput single() {
        return new ArticleInput(input, published, publisher, url, id, wire);
    }
}
