package org.astanakg.cli;

import java.util.concurrent.Callable;
import org.astanakg.store.GraphBuilder;
import org.astanakg.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code astana-kg validate}: checks every input and the built graph's SHACL conformance; writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the registry, the article facts and the built graph against the SHACL shapes. "
                + "Writes nothing; exits 3 if the graph does not conform, 4 if an input is invalid.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeGraph graph = GraphBuilder.build(inputs.input());
        spec.commandLine().getOut().printf("%d articles, %d registry entities: the graph conforms to the shapes%n",
                graph.articles().size(), graph.registry().entities().size());
        return 0;
    }
}
