package io.parley.benchmarks;

import io.parley.Parley;
import io.parley.io.DatasetException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code Parley.load} of a directory, with no limit on a file's size, {@code n} times in one JVM
 * (default 1): each load's wall time, the process's CPU time over it (every thread: parsing, the
 * reader's pool, the JIT and GC), the machine's load average when it began, and the records read
 * or the problems reported. CPU time is the steadier figure on a shared machine: another
 * process's build lengthens wall time far more than it does the CPU time this process is given.
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.LoadOnce benchmarks/target/data/1e6 3
 * </pre>
 */
public final class LoadOnce {
  private LoadOnce() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long bytes = Generate.jsonBytes(dir);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 1; i <= n; i++) {
      String load = Files.readString(Path.of("/proc/loadavg")).trim();
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      try {
        Parley p = Parley.load(dir, Synthetic.limits());
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        System.out.printf("load %d: %,d records (%,d meetings) from %,d bytes of JSON in %.1f s = %.1f MB/s;"
            + " CPU %.1f s (%.2f cores); load average at start %s%n", i, p.dataset().size(),
            p.dataset().meetings().size(), bytes, (t1 - t0) / 1e9, bytes / 1e6 / ((t1 - t0) / 1e9), (c1 - c0) / 1e9,
            (double) (c1 - c0) / (t1 - t0), load);
      } catch (DatasetException e) {
        System.out.printf("load %d: not loaded after %.1f s: %s%n", i, (System.nanoTime() - t0) / 1e9, e.getMessage());
      }
      System.gc();
    }
  }
}
