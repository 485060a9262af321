package org.astanakg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.astanakg.store.GraphBuilder;
import org.astanakg.store.KnowledgeGraph;
import org.astanakg.store.GraphOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code astana-kg build}: builds and validates the graph, then writes a TriG dump and the SHACL report. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the graph from the article facts, validate it with SHACL, and write "
                + "astana.trig and shacl-report.ttl. Writes nothing if anything is wrong.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "target/astana-kg",
            description = "Where to write the dump and the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--tdb2", paramLabel = "DIR", description = "Also write a TDB2 store to this folder (replaced whole).")
    Path tdb2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        KnowledgeGraph graph = GraphBuilder.build(inputs.input());
        GraphOutput.write(graph, out, tdb2);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("built %d quads in %d graphs from %d articles in %d ms; SHACL: conforms%n",
                GraphOutput.quadCount(graph), GraphOutput.graphCount(graph), graph.articles().size(),
                (System.nanoTime() - started) / 1_000_000);
        w.printf("wrote %s and %s%n", out.resolve(GraphOutput.DUMP), out.resolve(GraphOutput.REPORT));
        if (tdb2 != null) {
            w.printf("wrote TDB2 store %s%n", tdb2);
        }
        return 0;
    }
}
