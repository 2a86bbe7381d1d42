package io.parley.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JMH result files of {@link QueryBenchmark} written with {@code -rf csv} and prints one
 * Markdown table: for each dataset and query, Parley's time, the linear scan's and DuckDB's, with
 * error, and how many times faster Parley is than each.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.Summarize benchmarks/results/queries-*.csv
 * </pre>
 */
public final class Summarize {
  private Summarize() {}

  public static void main(String[] args) throws Exception {
    // dataset -> query -> way -> "score ± error"
    Map<String, Map<String, Map<String, double[]>>> all = new TreeMap<>(Summarize::byDataset);
    for (String file : args) {
      List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
      List<String> header = split(lines.get(0));
      int param = header.indexOf("Param: data");
      for (String line : lines.subList(1, lines.size())) {
        List<String> f = split(line);
        String name = f.get(0).substring(f.get(0).lastIndexOf('.') + 1);
        int us = name.indexOf('_');
        if (us < 0 || param < 0) {
          continue;
        }
        String way = name.substring(0, us);
        String query = name.substring(us + 1);
        double score = Double.parseDouble(f.get(4));
        double error = f.get(5).isEmpty() || f.get(5).equals("NaN") ? Double.NaN : Double.parseDouble(f.get(5));
        all.computeIfAbsent(f.get(param), k -> new LinkedHashMap<>()).computeIfAbsent(query, k -> new LinkedHashMap<>())
            .put(way, new double[] {score, error});
      }
    }
    System.out.println("| data | query | Parley | linear scan | DuckDB | scan / Parley | DuckDB / Parley |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Map<String, Map<String, double[]>>> d : all.entrySet()) {
      for (Map.Entry<String, Map<String, double[]>> q : d.getValue().entrySet()) {
        double[] p = q.getValue().get("parley");
        double[] s = q.getValue().get("scan");
        double[] k = q.getValue().get("duckdb");
        System.out.println("| " + d.getKey() + " | " + q.getKey() + " | " + time(p) + " | " + time(s) + " | " + time(k)
            + " | " + ratio(s, p) + " | " + ratio(k, p) + " |");
      }
    }
  }

  private static int byDataset(String a, String b) {
    return Double.compare(rank(a), rank(b)) != 0 ? Double.compare(rank(a), rank(b)) : a.compareTo(b);
  }

  private static double rank(String d) {
    return d.equals("bundled") ? 0 : d.matches("[0-9.]+e[0-9]+|[0-9]+") ? Double.parseDouble(d) : Double.MAX_VALUE;
  }

  private static String time(double[] v) {
    if (v == null) {
      return "–";
    }
    return human(v[0]) + (Double.isNaN(v[1]) ? "" : " ± " + human(v[1]));
  }

  /** Nanoseconds in the unit that suits them. */
  static String human(double ns) {
    if (ns < 1_000) {
      return String.format(Locale.ROOT, "%.0f ns", ns);
    } else if (ns < 1_000_000) {
      return String.format(Locale.ROOT, "%.2f µs", ns / 1e3);
    } else if (ns < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
  }

  private static String ratio(double[] other, double[] parley) {
    if (other == null || parley == null) {
      return "–";
    }
    double r = other[0] / parley[0];
    return r >= 10 ? String.format(Locale.ROOT, "%,.0f×", r) : String.format(Locale.ROOT, "%.2f×", r);
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }
}
