package org.astanakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.astanakg.link.LinkTestServer;
import org.astanakg.registry.Registry;
import org.astanakg.registry.RegistryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
    @TempDir
    Path dir;

    @Test
    void offlineItListsTheEntitiesWithoutAQid() throws Exception {
        Path registry = copy();
        Run r = run("link", "--registry", registry.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 of 5 registry entities link to Wikidata; 3 without a QID"), r.out());
        assertTrue(r.out().contains("staffan-de-mistura"));
    }

    @Test
    void onlineItProposesScoredCandidatesAndWritesNothing() throws Exception {
        Path registry = copy();
        String before = Files.readString(registry);
        try (LinkTestServer server = LinkTestServer.start()) {
            Run r = run("link", "--online", "--api", server.api().toString(), "--registry", registry.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Q90000001   0.90  Staffan de Mistura"), r.out());
            assertTrue(r.out().contains("the-new-arab (MediaOutlet, 'The New Arab'): no candidates"), r.out());
            assertTrue(r.out().contains("nothing written"), r.out());
        }
        assertEquals(before, Files.readString(registry));
    }

    @Test
    void withAcceptItWritesTheConfidentProposalsWithTheirEvidence() throws Exception {
        Path registry = copy();
        try (LinkTestServer server = LinkTestServer.start()) {
            Run r = run("link", "--online", "--accept", "--api", server.api().toString(), "--registry",
                    registry.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("wrote 2 QID(s)"), r.out());
        }
        Registry after = RegistryReader.read(registry);
        assertEquals("Q90000001", after.get("staffan-de-mistura").orElseThrow().qid());
        assertTrue(after.get("staffan-de-mistura").orElseThrow().qidEvidence().startsWith("astana-kg link --online"));
        assertEquals("Q90000010", after.get("eastern-ghouta").orElseThrow().qid());
        assertNull(after.get("the-new-arab").orElseThrow().qid());
        assertTrue(Files.readString(registry).startsWith("# A small registry for the link tests."), "comments kept");
    }

    @Test
    void acceptWithoutOnlineIsAUsageError() throws Exception {
        Run r = run("link", "--accept", "--registry", copy().toString());
        assertEquals(2, r.code());
    }

    private Path copy() throws Exception {
        Path target = dir.resolve("registry.yaml");
        Files.copy(Path.of("src/test/resources/link/registry.yaml"), target,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }


    private static Run run(String... args) {
        return Run.of(args);
    }
}
