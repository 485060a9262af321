package org.astanakg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.astanakg.extract.Extractor;
import org.astanakg.fact.Article;
import org.astanakg.registry.RegistryReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction throughput on one thread: one operation extracts every article of a corpus (the test
 * cases written for the project, or the seed articles when {@code ../shared/seeds} is at hand).
 * {@link BenchmarkMain} turns operations per second into MB/s per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
    @Param({"cases", "seeds"})
    public String corpus;

    private Extractor extractor;
    private List<String> texts;
    private Article article;

    @Setup
    public void setUp() {
        extractor = new Extractor(RegistryReader.read(Path.of("data/registry.yaml")));
        texts = corpus(corpus);
        article = new Article("bench", null, "afp", null, LocalDate.of(2017, 10, 30), null, null, -1);
    }

    /** The texts of a corpus; empty when its folder is missing. */
    static List<String> corpus(String name) {
        Path root = name.equals("seeds") ? Path.of("../shared/seeds") : Path.of("src/test/resources/extract/cases");
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.getFileName().toString().equals("article.txt") || name.equals("seeds") && p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The corpus's size in UTF-8 bytes. */
    static long bytes(String name) {
        return corpus(name).stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    }

    @Benchmark
    public void extractCorpus(Blackhole sink) {
        for (String t : texts) {
            sink.consume(extractor.extract(article, t));
        }
    }
}
