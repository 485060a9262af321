package org.astanakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every export of the mini project against the files under {@code expected/}: RDF compared as
 * datasets (isomorphism), everything else byte for byte. Run with {@code -Dgolden.update=true} to
 * rewrite the expected files after a deliberate change, and review the diff.
 */
class GoldenFilesTest {
    private static final Path EXPECTED = Fixtures.MINI.resolve("expected");
    private static final ExportSource SOURCE = Fixtures.miniSource();
    private static final Map<String, Lang> RDF_FILES = Map.of("astana.trig", Lang.TRIG, "astana.nq", Lang.NQUADS,
            "astana.ttl", Lang.TURTLE, "astana.nt", Lang.NTRIPLES, "astana.jsonld", Lang.JSONLD,
            "astana.rdf", Lang.RDFXML, "void.ttl", Lang.TURTLE);

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyExportOfTheMiniProjectMatchesItsGoldenFile(ExportFormat format) throws IOException {
        Map<String, byte[]> files = Fixtures.export(format, SOURCE);
        Path folder = format.writesFolder() ? EXPECTED.resolve(format.cliName()) : EXPECTED;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path expected = folder.resolve(file.getKey());
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(folder);
                Files.write(expected, file.getValue());
                continue;
            }
            if (!Files.exists(expected)) {
                fail("no golden file " + expected + " (run with -Dgolden.update=true)");
            }
            Lang lang = RDF_FILES.get(file.getKey());
            if (lang != null) {
                assertIsomorphic(expected, file.getValue(), lang);
            } else {
                assertEquals(Files.readString(expected, StandardCharsets.UTF_8),
                        new String(file.getValue(), StandardCharsets.UTF_8), format + ": " + file.getKey());
            }
        }
    }

    private static void assertIsomorphic(Path expected, byte[] actual, Lang lang) {
        DatasetGraph want = DatasetGraphFactory.create();
        RDFParser.source(expected).lang(lang).parse(want);
        DatasetGraph got = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(actual)).lang(lang).parse(got);
        assertTrue(IsoMatcher.isomorphic(want, got), () -> expected + " differs:\n--- expected\n"
                + read(expected) + "\n--- actual\n" + new String(actual, StandardCharsets.UTF_8));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
