package org.astanakg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.astanakg.AstanaException;

/**
 * Writes a built graph to files: all or nothing. Every file is written beside its target under a
 * temporary name and moved into place only once complete.
 */
public final class GraphOutput {
    /** The TriG dump's file name. */
    public static final String DUMP = "astana.trig";
    /** The SHACL report's file name. */
    public static final String REPORT = "shacl-report.ttl";

    private GraphOutput() {
    }

    /** Writes {@link #DUMP} and {@link #REPORT} into {@code folder}. */
    public static void writeDump(KnowledgeGraph graph, Path folder) {
        try {
            Files.createDirectories(folder);
            Path dump = Files.createTempFile(folder, ".astana", ".trig.part");
            Path report = Files.createTempFile(folder, ".report", ".ttl.part");
            try {
                try (OutputStream out = Files.newOutputStream(dump)) {
                    DatasetGraph ds = graph.dataset();
                    Txn.executeRead(ds, () -> RDFWriter.source(ds).format(RDFFormat.TRIG_BLOCKS)
                            .set(org.apache.jena.riot.RIOT.symTurtleDirectiveStyle, "sparql")
                            .output(out));
                }
                Files.writeString(report, graph.report().turtle());
                readable(dump);
                readable(report);
                Files.move(dump, folder.resolve(DUMP), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.move(report, folder.resolve(REPORT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(dump);
                Files.deleteIfExists(report);
            }
        } catch (IOException e) {
            throw new AstanaException("cannot write to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes a TDB2 store to {@code folder}, replacing whatever was there only once it is complete. */
    public static void writeTdb2(KnowledgeGraph graph, Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Path temp = Files.createTempDirectory(parent, ".tdb2-");
            try {
                DatasetGraph store = TDB2Factory.connectDataset(temp.toString()).asDatasetGraph();
                DatasetGraph source = graph.dataset();
                Txn.executeWrite(store, () -> Txn.executeRead(source, () -> source.find().forEachRemaining(store::add)));
                org.apache.jena.tdb2.sys.TDBInternal.expel(store);
                deleteTree(folder);
                Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(temp);
            }
        } catch (IOException e) {
            throw new AstanaException("cannot write the TDB2 store " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Temporary files are created owner-only; a dump is for everyone to read. */
    private static void readable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
    }

    /** How many quads the dataset holds. */
    public static long quadCount(KnowledgeGraph graph) {
        DatasetGraph ds = graph.dataset();
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            var it = ds.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** How many named graphs the dataset holds. */
    public static long graphCount(KnowledgeGraph graph) {
        DatasetGraph ds = graph.dataset();
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            var it = ds.listGraphNodes();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
