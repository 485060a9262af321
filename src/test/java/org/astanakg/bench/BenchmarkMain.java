package org.astanakg.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link ExtractionBenchmark} and prints its throughput in MB/s per core, as a Markdown table. */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        if (args.length > 0 && args[0].equals("--cpu")) {
            cpu();
            return;
        }
        Options options = new OptionsBuilder().include(ExtractionBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println("| corpus | articles | bytes | corpora/s | MB/s per core |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (RunResult r : results) {
            String corpus = r.getParams().getParam("corpus");
            long bytes = ExtractionBenchmark.bytes(corpus);
            double ops = r.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f |%n", corpus, ExtractionBenchmark.corpus(corpus).size(),
                    bytes, ops, ops * bytes / 1e6);
        }
        cpu();
    }

    /**
     * Throughput per CPU-second of the extracting thread (robust to other load on the machine):
     * 10 s of warm-up, then 20 s measured, per corpus.
     */
    static void cpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.println("| corpus | MB per CPU-second | MB/s wall |");
        System.out.println("|---|---:|---:|");
        for (String corpus : new String[] {"cases", "seeds"}) {
            ExtractionBenchmark b = new ExtractionBenchmark();
            b.corpus = corpus;
            b.setUp();
            long bytes = ExtractionBenchmark.bytes(corpus);
            if (bytes == 0) {
                continue;
            }
            run(b, 10_000_000_000L);
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long runs = run(b, 20_000_000_000L);
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f |%n", corpus, runs * bytes / 1e6 / cpu, runs * bytes / 1e6 / wall);
        }
    }

    private static long run(ExtractionBenchmark b, long nanos) {
        org.openjdk.jmh.infra.Blackhole hole = new org.openjdk.jmh.infra.Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        long end = System.nanoTime() + nanos;
        long runs = 0;
        while (System.nanoTime() < end) {
            b.extractCorpus(hole);
            runs++;
        }
        return runs;
    }
}
