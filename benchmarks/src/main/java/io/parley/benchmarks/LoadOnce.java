package io.parley.benchmarks;

import io.parley.Parley;
import io.parley.io.DatasetException;
import java.nio.file.Path;

/**
 * One {@code Parley.load} of a directory with no limit on a file's size, its time and record
 * count, or the problems it reported: for files over 2 GiB.
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.LoadOnce benchmarks/target/data/1.5e6
 * </pre>
 */
public final class LoadOnce {
  private LoadOnce() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long bytes = Generate.jsonBytes(dir);
    long t0 = System.nanoTime();
    try {
      Parley p = Parley.load(dir, Synthetic.limits());
      long t1 = System.nanoTime();
      System.out.printf("loaded %,d records (%,d meetings) from %,d bytes of JSON in %.1f s = %.1f MB/s%n",
          p.dataset().size(), p.dataset().meetings().size(), bytes, (t1 - t0) / 1e9, bytes / 1e6 / ((t1 - t0) / 1e9));
    } catch (DatasetException e) {
      System.out.printf("not loaded after %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, e.getMessage());
    }
  }
}
