package io.parley.benchmarks;

import io.parley.Parley;
import io.parley.io.DatasetWriter;
import io.parley.model.Dataset;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic dataset of the given number of meetings in the standard format, through the
 * library's own {@link DatasetWriter}, then reads it back with {@link Parley#load} to prove it
 * valid.
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.Generate 1e5 benchmarks/target/data/1e5
 * </pre>
 *
 * <p>The size may be written {@code 100000} or {@code 1e5}. {@code --no-verify} skips reading it
 * back. The same size always writes the same bytes.
 */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Generate <meetings, e.g. 1e4> <output directory> [--no-verify]");
      System.exit(2);
    }
    int meetings = parseSize(args[0]);
    Path out = Path.of(args[1]);
    boolean verify = !(args.length > 2 && args[2].equals("--no-verify"));

    long t0 = System.nanoTime();
    Dataset d = Synthetic.generate(meetings);
    long t1 = System.nanoTime();
    System.out.printf("generated %,d records (%,d meetings, %,d positions, %,d people, %,d territories) in %.1f s%n",
        d.size(), d.meetings().size(), d.positions().size(), d.people().size(), d.territories().size(), (t1 - t0) / 1e9);
    DatasetWriter.write(d, out);
    long t2 = System.nanoTime();
    System.out.printf("wrote %s (%,d bytes of JSON) in %.1f s%n", out, jsonBytes(out), (t2 - t1) / 1e9);
    if (verify) {
      int records = d.size();
      d = null; // let the generated copy go before reading it back
      Parley p = Parley.load(out, Synthetic.limits());
      long t3 = System.nanoTime();
      int back = p.dataset().size();
      System.out.printf("read back %,d records with Parley.load in %.1f s%n", back, (t3 - t2) / 1e9);
      if (back != records) {
        throw new IllegalStateException("read back " + back + " records, wrote " + records);
      }
    }
  }

  static int parseSize(String s) {
    if (s.contains("e")) {
      return (int) Math.round(Double.parseDouble(s));
    }
    return Integer.parseInt(s.replace("_", ""));
  }

  /** The total size of a dataset directory's JSON files. */
  static long jsonBytes(Path dir) throws IOException {
    long sum = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : files) {
        sum += Files.size(f);
      }
    }
    return sum;
  }
}
