/**
 * JMH benchmarks of extraction throughput. Run with
 * {@code mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.astanakg.bench.BenchmarkMain"}; figures go to {@code data/eval/benchmark.md}.
 */
package org.astanakg.bench;
