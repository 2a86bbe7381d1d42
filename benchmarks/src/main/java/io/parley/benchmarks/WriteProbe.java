package io.parley.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.parley.io.DatasetWriter;
import io.parley.model.Dataset;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * What writing a dataset costs: {@link DatasetWriter#write} of a synthetic dataset made in memory,
 * its time and throughput, and the most heap in use after any collection during the write, less
 * the heap in use (after a forced full GC) before it: the memory the writer itself holds. Run it
 * with a library jar ahead of the benchmarks jar on the class path to measure that library's
 * writer with the same harness.
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.WriteProbe 1e5 benchmarks/target/write-1e5
 * </pre>
 */
public final class WriteProbe {
  private WriteProbe() {}

  public static void main(String[] args) throws Exception {
    int meetings = Generate.parseSize(args[0]);
    Path out = Path.of(args[1]);
    Dataset d = Synthetic.generate(meetings);
    long base = HeapProbe.used(ManagementFactory.getMemoryMXBean());
    AtomicLong peak = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
        if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          long used = 0;
          for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += u.getUsed();
          }
          peak.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
    long t0 = System.nanoTime();
    DatasetWriter.write(d, out);
    long t1 = System.nanoTime();
    Thread.sleep(200); // the last notifications
    long bytes = Generate.jsonBytes(out);
    System.out.printf("wrote %,d records, %,d bytes of JSON in %.2f s = %.1f MB/s%n", d.size(), bytes, (t1 - t0) / 1e9,
        bytes / 1e6 / ((t1 - t0) / 1e9));
    System.out.printf("heap before the write %,d MB (the dataset); most in use after a collection during it %,d MB:"
        + " the writer held up to %,d MB%n", base >> 20, peak.get() >> 20, Math.max(0, peak.get() - base) >> 20);
    System.out.println(d.manifest().dataVersion()); // keeps d reachable to the end
  }
}
