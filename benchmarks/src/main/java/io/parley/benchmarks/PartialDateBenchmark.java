package io.parley.benchmarks;

import io.parley.model.PartialDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing and comparing partial dates, the commonest operation of the reader. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Benchmark)
public class PartialDateBenchmark {
  private final String day = "2017-03-20";
  private final PartialDate a = PartialDate.parse("2017-03");
  private final PartialDate b = PartialDate.parse("2017-03-20");

  @Benchmark
  public PartialDate parseDay() {
    return PartialDate.parse(day);
  }

  @Benchmark
  public int compare() {
    return a.compareTo(b);
  }
}
