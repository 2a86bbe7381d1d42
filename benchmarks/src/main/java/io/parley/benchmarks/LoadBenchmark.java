package io.parley.benchmarks;

import io.parley.Parley;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a dataset directory with {@link Parley#load} (JSON, all checks), and the same followed
 * by one query of each indexed kind, which builds the tables and indexes that {@code load} leaves
 * to first use. {@code bundled-json} is the bundled dataset's JSON sources (src/main/data); the
 * sizes are the synthetic datasets. Throughput is the JSON bytes divided by the time (the setup
 * prints the byte count).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class LoadBenchmark {
  @Param({"1e4"})
  public String data;

  Path dir;
  Args a;

  @Setup
  public void setup() throws Exception {
    dir = data.equals("bundled-json") ? Path.of(System.getProperty("parley.sources", "src/main/data")) : Args.dataDir(data);
    a = Args.load(Duck.prepared(data.equals("bundled-json") ? Args.BUNDLED : data).resolve("args.properties"));
    System.out.printf("%n[setup] %s: %,d bytes of JSON%n", dir, Generate.jsonBytes(dir));
  }

  @Benchmark
  public Parley load() throws Exception {
    return Parley.load(dir, Synthetic.limits());
  }

  @Benchmark
  public Object loadAndIndex() throws Exception {
    Parley p = Parley.load(dir, Synthetic.limits());
    return new Object[] {p, p.meetings().between(a.busyA, a.busyB).list(), p.positions().of(a.busyA).asOf(a.asOf).list(),
        p.territories().named(a.latin).list(), p.people().holding(a.office, a.busyA, a.onDay).list()};
  }
}
