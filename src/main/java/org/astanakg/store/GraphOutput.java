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

    /** Writes a TDB2 store to {@code folder}, replacing an existing store only once the new one is complete. */
    public static void writeTdb2(KnowledgeGraph graph, Path folder) {
        requireStoreOrAbsent(folder);
        Path temp = null;
        try {
            temp = stageTdb2(graph, folder);
            swapIn(temp, folder);
        } catch (IOException e) {
            throw new AstanaException("cannot write the TDB2 store " + folder + ": " + e, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Writes the dump and the report into {@code folder} and, when {@code tdb2} is not null, a TDB2
     * store there: everything is staged under temporary names first and moved into place only when
     * all of it has been written, so a failure leaves the old files as they were.
     */
    public static void write(KnowledgeGraph graph, Path folder, Path tdb2) {
        if (tdb2 != null) {
            requireStoreOrAbsent(tdb2);
        }
        Path dump = null;
        Path report = null;
        Path store = null;
        try {
            Files.createDirectories(folder);
            dump = Files.createTempFile(folder, ".astana", ".trig.part");
            report = Files.createTempFile(folder, ".report", ".ttl.part");
            try (OutputStream out = Files.newOutputStream(dump)) {
                DatasetGraph ds = graph.dataset();
                Txn.executeRead(ds, () -> RDFWriter.source(ds).format(RDFFormat.TRIG_BLOCKS)
                        .set(org.apache.jena.riot.RIOT.symTurtleDirectiveStyle, "sparql")
                        .output(out));
            }
            Files.writeString(report, graph.report().turtle());
            readable(dump);
            readable(report);
            store = tdb2 == null ? null : stageTdb2(graph, tdb2);
            Files.move(dump, folder.resolve(DUMP), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(report, folder.resolve(REPORT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (store != null) {
                swapIn(store, tdb2);
            }
        } catch (IOException e) {
            throw new AstanaException("cannot write to " + folder + (tdb2 == null ? "" : " and " + tdb2) + ": " + e, e);
        } finally {
            deleteQuietly(dump);
            deleteQuietly(report);
            deleteQuietly(store);
        }
    }

    /**
     * Refuses to replace anything but a TDB2 store: {@code folder} must be absent, empty, or hold a
     * store (a {@code Data-0001} folder), so that a mistyped path never deletes a user's files.
     */
    public static void requireStoreOrAbsent(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new org.astanakg.InputException(org.astanakg.SourceLocation.of(folder),
                    "--tdb2: this is a file, not a TDB2 store folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            boolean empty = entries.findAny().isEmpty();
            if (!empty && !isTdb2Store(folder)) {
                throw new org.astanakg.InputException(org.astanakg.SourceLocation.of(folder),
                        "--tdb2: the folder is not empty and is not a TDB2 store; refusing to replace its files");
            }
        } catch (IOException e) {
            throw new org.astanakg.InputException(org.astanakg.SourceLocation.of(folder), "--tdb2: cannot read: " + e, e);
        }
    }

    /** True when {@code folder} holds a TDB2 store. */
    public static boolean isTdb2Store(Path folder) {
        return Files.isDirectory(folder.resolve("Data-0001"));
    }

    private static Path stageTdb2(KnowledgeGraph graph, Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, ".tdb2-");
        DatasetGraph store = TDB2Factory.connectDataset(temp.toString()).asDatasetGraph();
        DatasetGraph source = graph.dataset();
        Txn.executeWrite(store, () -> Txn.executeRead(source, () -> source.find().forEachRemaining(store::add)));
        org.apache.jena.tdb2.sys.TDBInternal.expel(store);
        return temp;
    }

    private static void swapIn(Path staged, Path folder) throws IOException {
        deleteTree(folder);
        Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            deleteTree(path);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the real error, if any, is already on its way
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

    /** Deletes a file or a folder with everything in it; nothing when absent. */
    public static void deleteTree(Path folder) throws IOException {
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
