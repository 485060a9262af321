package org.astanakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    private static final String MINI = "src/test/resources/cases/export/mini";

    @TempDir
    Path dir;

    @Test
    void aOneFileFormatIsWrittenToTheFileNamed() {
        Path file = dir.resolve("out.ttl");
        assertEquals(0, run("export", "--format", "turtle", "--project", MINI, "-o", file.toString()));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        assertTrue(g.size() > 100);
    }

    @Test
    void withoutAnOutputAOneFileFormatGoesToStandardOutput() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("export", "--format", "ntriples", "--project", MINI));
        } finally {
            System.setOut(saved);
        }
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("<https://w3id.org/astana-kg/id/round/7>"));
    }

    @Test
    void allWritesEveryFormatIntoTheFolder() throws Exception {
        assertEquals(0, run("export", "--format", "all", "--project", MINI, "-o", dir.toString()));
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted()
                    .toList();
            assertEquals(List.of("astana.graphml", "astana.jsonld", "astana.nq", "astana.nt", "astana.qs.txt",
                    "astana.rdf", "astana.trig", "astana.ttl", "context.jsonld", "csv/claims.csv",
                    "csv/participants.csv", "csv/rounds.csv", "neo4j/nodes.csv", "neo4j/relationships.csv",
                    "void.ttl"), names);
        }
    }

    @Test
    void aFolderFormatWithoutAFolderIsAUsageError() {
        assertEquals(2, run("export", "--format", "neo4j", "--project", MINI));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("export", "--format", "owl", "--project", MINI));
    }

    @Test
    void aProjectWithoutItsFilesIsBadInput() {
        assertEquals(4, run("export", "--format", "turtle", "--project", dir.toString(), "-o",
                dir.resolve("x.ttl").toString()));
    }

    private static int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }
}
