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

/** {@code astana-kg extract}: an article text's facts, in the article-facts YAML format. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the facts of a news article (plain UTF-8 text) as article-facts YAML, with evidence "
                + "spans and the sentence table, to standard output or -o FILE. Given a folder, extracts every "
                + "NAME.txt (metadata from NAME.meta.yaml or NAME.meta.json) into the folder -o DIR.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    ExtractOptions options;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR", description = "Where to write (a folder for a folder input).")
    Path out;

    @Option(names = "--force", description = "Replace existing files in the output folder.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FactsOutput output = new FactsOutput(options.registry());
        if (Files.isDirectory(options.input)) {
            if (out == null) {
                throw new InputException(SourceLocation.of(options.input), "a folder needs an output folder: -o DIR");
            }
            int failures = output.folder(options.input, options.single(), out, force, spec.commandLine().getErr());
            return failures == 0 ? 0 : 4;
        }
        String yaml = output.yaml(options.single());
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            FactsOutput.writeFile(yaml, out);
        }
        return 0;
    }
}
