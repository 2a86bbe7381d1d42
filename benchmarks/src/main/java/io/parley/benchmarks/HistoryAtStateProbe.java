package io.parley.benchmarks;

import io.parley.Parley;
import io.parley.model.Entity;
import io.parley.model.MeetingFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Load time and heap of a real outside dataset laid over the bundled one: the Office of the
 * Historian's trips and visits (about 7,500 records, made by the examples' {@code
 * HistoryAtStateRecords} from the committed XML) with {@code Parley.bundled()}, built into one
 * {@code Parley} through {@code Parley.builder()}. One cold JVM per run; prints, in order:
 *
 * <ul>
 *   <li>the time of each step on the cold JVM: the bundled data decoded, the XML read and the
 *       records made, the combined {@code Parley} built (every rule between records checked),
 *       the first queries; then the medians of {@code WARM} more rounds of reading and building
 *       in the same JVM;
 *   <li>then the heap in use after a forced full GC ({@code System.gc()} three times, {@code
 *       MemoryMXBean}) with the bundled data alone, with the records made, with the combined
 *       {@code Parley} alone (the records' list dropped; the combined instance shares the bundled
 *       records and holds the new ones), and with its tables and indexes built by one query of
 *       each indexed kind; with {@code --from-start}, also before {@code Parley.bundled()}.
 * </ul>
 *
 * <p>The examples are a separate project the benchmarks do not depend on, so the converter is
 * found on the class path by name (reflection, once per round): run with the examples' classes
 * (and their resources, the XML) on the class path; {@code benchmarks/historyatstate.sh} does.
 * It uses nothing but the library and the JDK, so it also compiles and runs on its own with
 * {@code javac} against the library's jar (as the script does when the benchmarks jar is absent).
 *
 * <pre>
 * java -cp benchmarks/target/parley-benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/parley-classpath.txt):target/it/examples/target/classes \
 *     io.parley.benchmarks.HistoryAtStateProbe [WARM] [--histogram] [--from-start]
 * </pre>
 */
public final class HistoryAtStateProbe {
  private HistoryAtStateProbe() {}

  public static void main(String[] args) throws Exception {
    int warm = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 5;
    boolean histogram = List.of(args).contains("--histogram");
    boolean fromStart = List.of(args).contains("--from-start");
    Class<?> converter = Class.forName("io.parley.examples.HistoryAtStateRecords");
    Method read = converter.getMethod("read", Parley.class);
    Method recordsOf = converter.getMethod("records");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    // A forced full GC shrinks G1's heap to a few tens of megabytes, and the next steps then run
    // with many more young collections (21 pauses instead of 4 here): so the cold times are
    // taken first, with no forced GC, and the heap measured in a second pass. --from-start
    // measures the heap before Parley.bundled() too, at the cost of its cold times.
    long heap0 = fromStart ? used(memory) : -1;
    long t0 = System.nanoTime();
    Parley bundled = Parley.bundled();
    int bundledRecords = bundled.dataset().size();
    long t1 = System.nanoTime();
    List<Entity> records = entities(recordsOf.invoke(read.invoke(null, bundled)));
    long t2 = System.nanoTime();
    Parley combined = combine(bundled, records);
    long t3 = System.nanoTime();
    int answers = firstQueries(combined);
    long t4 = System.nanoTime();
    int made = records.size();
    int total = combined.dataset().size();
    int meetings = combined.meetings().count();

    List<Long> readTimes = new ArrayList<>();
    List<Long> buildTimes = new ArrayList<>();
    for (int i = 0; i < warm; i++) {
      long a = System.nanoTime();
      List<Entity> again = entities(recordsOf.invoke(read.invoke(null, bundled)));
      long b = System.nanoTime();
      Parley other = combine(bundled, again);
      long c = System.nanoTime();
      readTimes.add(b - a);
      buildTimes.add(c - b);
      if (other.meetings().count() != meetings) {
        throw new AssertionError("a round gave another dataset");
      }
    }

    // The heap pass: the bundled data alone (held by Parley.bundled()), then the records made,
    // the combined Parley alone (the records' list dropped; it shares the bundled records and
    // holds the new ones), and with its tables and indexes.
    records = null;
    combined = null;
    long heap1 = used(memory);
    records = entities(recordsOf.invoke(read.invoke(null, bundled)));
    long heap2 = used(memory);
    combined = combine(bundled, records);
    records = null;
    long heap3 = used(memory);
    answers += firstQueries(combined);
    long heap4 = used(memory);

    System.out.printf("records: bundled %,d; made from the Office's files %,d (%,d meetings in all now); combined %,d%n",
        bundledRecords, made, meetings, total);
    System.out.printf("cold: bundled() and decode %.1f ms; read XML and make records %.1f ms; build combined %.1f ms;"
        + " first queries (tables and indexes) %.1f ms; XML to combined %.1f ms%s%n",
        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t3 - t1),
        fromStart ? " (after a forced GC: slower)" : "");
    System.out.printf("warm (median of %d): read XML and make records %.1f ms; build combined %.1f ms%n", warm,
        ms(median(readTimes)), ms(median(buildTimes)));
    System.out.printf("heap after GC: %sbundled alone %,d; records made %,d (+%,d); combined alone %,d (+%,d over"
        + " bundled); with tables and indexes %,d (+%,d over bundled)%n",
        fromStart ? String.format("before Parley.bundled() %,d; ", heap0) : "",
        heap1, heap2, heap2 - heap1, heap3, heap3 - heap1, heap4, heap4 - heap1);
    System.out.printf("per record made: %.0f bytes as combined, %.0f bytes with tables and indexes%n",
        (double) (heap3 - heap1) / made, (double) (heap4 - heap1) / made);
    if (histogram) {
      long pid = ProcessHandle.current().pid();
      Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
      List<String> lines = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines().collect(java.util.stream.Collectors.toList());
      lines.stream().limit(30).forEach(System.out::println);
      lines.stream().filter(l -> l.startsWith("Total")).forEach(System.out::println);
      jcmd.waitFor();
    }
    System.out.println(answers + " " + combined.dataVersion()); // keeps combined reachable to the end
  }

  private static List<Entity> entities(Object list) {
    List<Entity> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      out.add((Entity) o);
    }
    return out;
  }

  private static Parley combine(Parley base, List<Entity> records) throws Exception {
    Parley.Builder b = Parley.builder().addAll(base);
    for (Entity e : records) {
      b.add(e);
    }
    return b.build();
  }

  /** One query of each indexed kind, so that their tables and indexes are built. */
  private static int firstQueries(Parley p) {
    int n = p.meetings().between("US", "JP").format(MeetingFormat.SUMMIT)
        .within(LocalDate.of(1945, 1, 1), LocalDate.of(2030, 1, 1)).count();
    n += p.meetings().attendedBy("antony-blinken").count();
    n += p.meetings().in("Tokyo").count();
    n += p.countries().named("Czechoslovakia").list().size();
    n += p.people().named("Kissinger").list().size();
    n += p.sources().list().size();
    return n;
  }

  /** The heap in use after a forced full GC, as {@link HeapProbe} measures it. */
  private static long used(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static long median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.isEmpty() ? 0 : s.get(s.size() / 2);
  }
}
