package org.astanakg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.astanakg.AstanaException;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;
import org.astanakg.extract.ArticleExtraction;
import org.astanakg.extract.ArticleInput;
import org.astanakg.extract.Sidecar;
import org.astanakg.fact.ArticleFacts;
import org.astanakg.fact.ArticleFactsReader;
import org.astanakg.fact.ArticleFactsWriter;
import org.astanakg.registry.Registry;

/**
 * Extracts and writes article facts. Every file is first written to a temporary file and read back
 * with {@link ArticleFactsReader} (which checks everything the build checks); only then is it moved
 * into place or printed, so a failure never leaves partial output.
 */
final class FactsOutput {
    private final Registry registry;
    private final ArticleExtraction extraction;

    FactsOutput(Registry registry) {
        this.registry = registry;
        this.extraction = new ArticleExtraction(registry);
    }

    /** The checked YAML of one article. */
    String yaml(ArticleInput in) {
        ArticleFacts facts = extraction.run(in);
        String yaml = ArticleFactsWriter.write(facts);
        verify(facts.article().id(), yaml);
        return yaml;
    }

    private void verify(String id, String yaml) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("astana-kg-extract");
            Path file = dir.resolve(id + ".yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            new ArticleFactsReader(registry).read(file);
        } catch (InputException e) {
            throw new AstanaException("internal error: the extracted facts do not read back: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AstanaException("cannot write a temporary file: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Writes one article's YAML to {@code target}, atomically. */
    static void writeFile(String yaml, Path target) {
        if (Files.isDirectory(target)) {
            throw new InputException(SourceLocation.of(target), "is a folder: give a file name for the facts");
        }
        Path tmp = null;
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, ".extract", ".tmp");
            Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AstanaException("cannot write " + target + ": " + e, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Extracts every {@code *.txt} of a folder into {@code out}; returns the number of failures. */
    int folder(Path folder, ArticleInput defaults, Path out, boolean overwrite, PrintWriter err) {
        List<Path> texts;
        try (Stream<Path> s = Files.list(folder)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(folder), "cannot list: " + e.getMessage(), e);
        }
        if (texts.isEmpty()) {
            throw new InputException(SourceLocation.of(folder), "no .txt files in this folder");
        }
        Progress progress = new Progress(texts.size(), err);
        int failures = 0;
        for (Path text : texts) {
            try {
                ArticleInput in = Sidecar.read(text, defaults);
                Path target = out.resolve(in.articleId() + ".yaml");
                if (!overwrite && Files.exists(target)) {
                    throw new InputException(SourceLocation.of(target), "already exists (use --force to replace it)");
                }
                writeFile(yaml(in), target);
            } catch (AstanaException e) {
                failures++;
                progress.clear();
                err.println("error: " + e.getMessage());
            }
            progress.step();
        }
        progress.done();
        return failures;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
