package io.parley.benchmarks;

import io.parley.Parley;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

/**
 * Load time, throughput and heap per record of one dataset: the heap in use after a forced full
 * GC, before and after {@code Parley.load}, and again after one query of each indexed kind has
 * built the tables and indexes that load leaves to first use; each divided by the number of
 * records. With {@code --histogram}, prints the top of the class histogram of the loaded heap
 * (jcmd GC.class_histogram on this process).
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.HeapProbe 1e5 [--histogram]
 * </pre>
 */
public final class HeapProbe {
  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    String label = args[0];
    boolean histogram = args.length > 1 && args[1].equals("--histogram");
    Path dir = label.equals("bundled-json") ? Path.of(System.getProperty("parley.sources", "src/main/data")) : Args.dataDir(label);
    Args a = Args.load(Duck.prepared(label.equals("bundled-json") ? Args.BUNDLED : label).resolve("args.properties"));
    long bytes = Generate.jsonBytes(dir);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = used(memory);
    long t0 = System.nanoTime();
    Parley p = Parley.load(dir, Synthetic.limits());
    long t1 = System.nanoTime();
    long loaded = used(memory);
    int records = p.dataset().size();
    long t2 = System.nanoTime();
    p.meetings().between(a.busyA, a.busyB).within(a.from, a.to).list();
    p.positions().of(a.busyA).asOf(a.asOf).list();
    p.positions().divergence(a.busyA, a.busyB);
    p.territories().named(a.latin).list();
    p.people().holding(a.office, a.busyA, a.onDay).list();
    long t3 = System.nanoTime();
    long indexed = used(memory);
    System.out.printf("%s: %,d bytes of JSON, %,d records (%,d meetings, %,d positions)%n", label, bytes, records,
        p.dataset().meetings().size(), p.dataset().positions().size());
    System.out.printf("load %.2f s = %.1f MB/s; first queries (tables and indexes) %.2f s%n", (t1 - t0) / 1e9,
        bytes / 1e6 / ((t1 - t0) / 1e9), (t3 - t2) / 1e9);
    System.out.printf("heap: %,d bytes loaded = %.0f bytes/record; %,d bytes with tables and indexes = %.0f bytes/record%n",
        loaded - before, (double) (loaded - before) / records, indexed - before, (double) (indexed - before) / records);
    if (histogram) {
      long pid = ProcessHandle.current().pid();
      Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
      // Read it all (jcmd blocks on a full pipe otherwise); print the top.
      java.util.List<String> lines = new String(jcmd.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8).lines().collect(java.util.stream.Collectors.toList());
      lines.stream().limit(40).forEach(System.out::println);
      lines.stream().filter(l -> l.startsWith("Total")).forEach(System.out::println);
      jcmd.waitFor();
    }
    System.out.println(p.dataVersion()); // keeps p reachable to the end
  }

  static long used(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
