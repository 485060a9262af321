package org.astanakg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code astana-kg ingest}: extract into the project's data/articles for review. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract an article (or a folder of articles) into data/articles/<id>.yaml for review "
                + "before the next build. Never replaces a curated file unless --force is given.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ExtractOptions options;

    @Option(names = "--force", description = "Replace an existing facts file.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FactsOutput output = new FactsOutput(options.registry());
        Path articles = options.project.resolve("data/articles");
        if (Files.isDirectory(options.input)) {
            int failures = output.folder(options.input, options.single(), articles, force, spec.commandLine().getErr());
            return failures == 0 ? 0 : 4;
        }
        Path target = articles.resolve(options.single().articleId() + ".yaml");
        if (!force && Files.exists(target)) {
            throw new InputException(SourceLocation.of(target), "already exists (use --force to replace it)");
        }
        FactsOutput.writeFile(output.yaml(options.single()), target);
        spec.commandLine().getOut().println("wrote " + target);
        return 0;
    }
}
