package org.astanakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole command line, called as a user would, with its output and exit code captured. */
class CommandLineTest {
    @TempDir
    Path temp;


    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void buildWritesATrigDumpAndAConformingReport() {
        Path out = temp.resolve("out");
        Run r = run("build", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("SHACL: conforms"), r.out());
        DatasetGraph dump = RDFDataMgr.loadDatasetGraph(out.resolve("astana.trig").toString());
        assertTrue(dump.getGraph(org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/astana-kg/graph/article/000_223571b39dbfe192")).size() > 100);
        assertTrue(RDFDataMgr.loadGraph(out.resolve("shacl-report.ttl").toString()).size() > 0);
    }

    @Test
    void buildWritesAPersistentTdb2StoreWithEveryQuad() {
        Path store = temp.resolve("store");
        Run r = run("build", "-o", temp.resolve("out").toString(), "--tdb2", store.toString());
        assertEquals(0, r.code(), r.err());
        DatasetGraph tdb = org.apache.jena.tdb2.TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
        DatasetGraph dump = RDFDataMgr.loadDatasetGraph(temp.resolve("out/astana.trig").toString());
        long stored = org.apache.jena.system.Txn.calculateRead(tdb, () -> org.apache.jena.atlas.iterator.Iter.count(tdb.find()));
        assertEquals(org.apache.jena.atlas.iterator.Iter.count(dump.find()), stored);
        int rounds = org.astanakg.store.Queries.withResults(tdb,
                org.apache.jena.query.QueryFactory.read("queries/rounds.rq"),
                answer -> org.apache.jena.query.ResultSetFormatter.consume((org.apache.jena.query.ResultSet) answer));
        assertEquals(org.astanakg.store.TestGraph.rows(Path.of("queries/rounds.rq")).size(), rounds,
                "the store answers queries over the union of its graphs as the in-memory graph does");
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
    }

    @Test
    void aTdb2PathHoldingOtherFilesIsRefusedAndKept() throws IOException {
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("notes.txt"), "important");
        Path out = temp.resolve("out");
        Run r = run("build", "-o", out.toString(), "--tdb2", precious.toString());
        assertEquals(4, r.code(), r.err());
        assertTrue(r.err().contains("not a TDB2 store"), r.err());
        assertEquals("important", Files.readString(precious.resolve("notes.txt")));
        assertFalse(Files.exists(out.resolve("astana.trig")), "nothing written when any output is refused");
    }

    @Test
    void aFailingStoreLeavesNoDumpBehind() throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "a file where a folder must go");
        Path out = temp.resolve("out");
        Run r = run("build", "-o", out.toString(), "--tdb2", blocker.resolve("store").toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(out.resolve("astana.trig")), "the dump is not moved into place when the store fails");
    }

    @Test
    void badFactsGiveTheFileAndLineAndWriteNothing() {
        Path out = temp.resolve("out");
        Run r = run("build", "--articles", "src/test/resources/cases/bad-input/unknown-entity/articles", "-o", out.toString());
        assertEquals(4, r.code());
        assertTrue(r.err().contains("alpha.yaml:21:12: facts[1].actor: unknown entity 'ruritania'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
        assertFalse(Files.exists(out.resolve("astana.trig")));
    }

    @Test
    void aGraphThatBreaksTheShapesExitsThreeAndWritesNothing() throws IOException {
        Path project = temp.resolve("project");
        copyTree(Path.of("data"), project.resolve("data"));
        copyTree(Path.of("ontology"), project.resolve("ontology"));
        Files.writeString(project.resolve("ontology/shapes.ttl"), """

                <urn:test:noClaims> a <http://www.w3.org/ns/shacl#NodeShape> ;
                    <http://www.w3.org/ns/shacl#targetClass> <https://w3id.org/astana-kg/ontology#Claim> ;
                    <http://www.w3.org/ns/shacl#property> [
                        <http://www.w3.org/ns/shacl#path> <https://w3id.org/astana-kg/ontology#value> ;
                        <http://www.w3.org/ns/shacl#maxCount> 0 ] .
                """, java.nio.file.StandardOpenOption.APPEND);
        Path out = temp.resolve("out");
        Run r = run("build", "--project", project.toString(), "-o", out.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("does not conform") && r.err().contains("claim/"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void queryPrintsATableCsvOrJson() {
        Run table = run("query", "queries/rounds.rq");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("Astana") && table.out().contains("2017-10-30"), table.out());
        Run csv = run("query", "-f", "csv", "queries/rounds.rq");
        assertTrue(csv.out().startsWith("round,ordinal,start,end,precision,place,sources"), csv.out());
        Run json = run("query", "-f", "json", "queries/rounds.rq");
        assertTrue(json.out().contains("\"bindings\""), json.out());
    }

    @Test
    void aQueryThatDoesNotParseNamesItsLine() throws IOException {
        Path bad = temp.resolve("bad.rq");
        Files.writeString(bad, "SELECT ?x\nWHERE { ?x ?y }\n");
        Run r = run("query", bad.toString());
        assertEquals(4, r.code());
        assertTrue(r.err().contains("bad.rq:2:"), r.err());
    }

    @Test
    void validateSaysTheGraphConforms() {
        Run r = run("validate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "serve", "query", "validate"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Usage: astana-kg " + command), r.out());
        }
    }

    @Test
    void aTimeoutThatWouldSwitchTimeoutsOffIsAUsageError() {
        Run r = run("serve", "--timeout", "-1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--timeout"), r.err());
        assertEquals(2, run("serve", "--port", "99999").code());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("build", "--no-such-option").code());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
