package org.astanakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole path: every test article is extracted with the CLI, and the folder of extracted facts
 * builds into a graph that conforms to the SHACL shapes. Needs the project's ontology/ folder.
 */
class ExtractBuildIT {
    @TempDir
    Path tmp;

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        assertEquals(0, code, String.join(" ", args) + "\n" + err);
        return code;
    }

    @Test
    void extractedTestArticlesBuildIntoAConformingGraph() throws IOException {
        assumeTrue(Files.exists(Path.of("ontology/shapes.ttl")), "ontology/ is not in this checkout");
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/extract/cases"))) {
            for (Path c : cases.sorted().toList()) {
                String name = "c" + c.getFileName();
                Files.copy(c.resolve("article.txt"), in.resolve(name + ".txt"));
                Files.copy(c.resolve("article.meta.yaml"), in.resolve(name + ".meta.yaml"));
            }
        }
        Path facts = tmp.resolve("facts");
        run("extract", in.toString(), "-o", facts.toString());
        run("build", "--articles", facts.toString(), "-o", tmp.resolve("out").toString());
    }
}
