package org.astanakg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.astanakg.store.BuildInput;
import org.astanakg.store.GraphBuilder;
import org.astanakg.store.KnowledgeGraph;

/**
 * The small test project under {@code src/test/resources/cases/export/mini} (laid out like the
 * project: {@code data/} and {@code ontology/}) and helpers to export it.
 */
final class Fixtures {
    static final Path MINI = Path.of("src/test/resources/cases/export/mini");

    private Fixtures() {
    }

    /** The mini project, built. */
    static KnowledgeGraph mini() {
        return GraphBuilder.build(BuildInput.project(MINI));
    }

    /** The mini project as an export source with the default description settings. */
    static ExportSource miniSource() {
        return new ExportSource(mini().dataset(), DescriptionSettings.defaults());
    }

    /** Every file a format writes, by name. */
    static Map<String, byte[]> export(ExportFormat format, ExportSource source) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            format.write(source, name -> new ByteArrayOutputStream() {
                @Override
                public void close() {
                    files.put(name, toByteArray());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The one file a one-file format writes. */
    static byte[] exportOne(ExportFormat format, ExportSource source) {
        Map<String, byte[]> files = export(format, source);
        if (files.size() != 1) {
            throw new IllegalStateException(format + " wrote " + files.keySet());
        }
        return files.values().iterator().next();
    }

}
