package org.astanakg.cli;

import java.nio.file.Path;
import org.astanakg.store.BuildInput;
import picocli.CommandLine.Option;

/** The options that name a build's input files; shared by every command that builds the graph. */
final class InputOptions {
    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder holding data/ and ontology/ (default: ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "A folder of article facts files to use instead of data/articles (same registry).")
    Path articles;

    @Option(names = "--registry", paramLabel = "FILE", description = "The entity registry (default: data/registry.yaml).")
    Path registry;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    BuildInput input() {
        BuildInput input = BuildInput.project(project);
        if (articles != null) {
            input = input.withArticles(articles);
        }
        if (registry != null) {
            input = new BuildInput(registry, input.articles(), input.ontology(), input.shapes());
        }
        return input;
    }
}
