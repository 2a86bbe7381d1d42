package io.parley.benchmarks;

import io.parley.Divergence;
import io.parley.Parley;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the three ways of each benchmarked query give the same answer (the same ids, in the
 * same order where order is defined), and prints the size of each answer, for one dataset.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.Agree 1e4
 * </pre>
 */
public final class Agree {
  private Agree() {}

  public static void main(String[] args) throws Exception {
    String label = args[0];
    Parley p = Args.open(label);
    Dataset d = p.dataset();
    Args a = Args.of(label, p);
    Path csv = Duck.prepared(label);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    System.out.println(label + ": " + a);
    boolean ok = true;
    try (Duck k = Duck.open(csv)) {
      QueryBenchmark.Sql sql = new QueryBenchmark.Sql();
      sql.duck = k;
      sql.a = a;
      sql.today = today;
      QueryBenchmark.Lib lib = new QueryBenchmark.Lib();
      lib.parley = p;
      lib.dataset = d;
      lib.a = a;
      lib.today = today;
      QueryBenchmark b = new QueryBenchmark();
      ok &= same("betweenBusy", ids(b.parley_betweenBusy(lib)), ids(b.scan_betweenBusy(lib)), b.duckdb_betweenBusy(sql), false);
      ok &= same("betweenTypical", ids(b.parley_betweenTypical(lib)), ids(b.scan_betweenTypical(lib)),
          b.duckdb_betweenTypical(sql), false);
      ok &= same("asOf", ids(b.parley_asOf(lib)), ids(b.scan_asOf(lib)), b.duckdb_asOf(sql), false);
      List<String> pd = new ArrayList<>();
      for (Divergence v : b.parley_divergence(lib)) {
        pd.add(v.topic() + " " + v.propositions().get(0) + " " + v.first().map(Entity::id).orElse(null)
            + " " + v.second().map(Entity::id).orElse(null) + " " + v.relation());
      }
      List<String> sd = new ArrayList<>();
      for (Object[] v : b.scan_divergence(lib)) {
        sd.add(v[0] + " " + v[1] + " " + v[2] + " " + v[3] + " " + v[4]);
      }
      ok &= same("divergence", pd, sd, b.duckdb_divergence(sql), true);
      ok &= same("nameLatin", ids(b.parley_nameLatin(lib)), ids(b.scan_nameLatin(lib)), b.duckdb_nameLatin(sql), false);
      ok &= same("nameCyrillic", ids(b.parley_nameCyrillic(lib)), ids(b.scan_nameCyrillic(lib)),
          b.duckdb_nameCyrillic(sql), false);
      ok &= same("nameKanji", ids(b.parley_nameKanji(lib)), ids(b.scan_nameKanji(lib)), b.duckdb_nameKanji(sql), false);
      ok &= same("nameHangul", ids(b.parley_nameHangul(lib)), ids(b.scan_nameHangul(lib)), b.duckdb_nameHangul(sql), false);
      ok &= same("holding", ids(b.parley_holding(lib)), ids(b.scan_holding(lib)), b.duckdb_holding(sql), false);
    }
    System.out.println(ok ? "all three ways agree" : "DISAGREEMENT");
    if (!ok) {
      System.exit(1);
    }
  }

  private static List<String> ids(List<? extends Object> records) {
    List<String> out = new ArrayList<>();
    for (Object r : records) {
      out.add(((Entity) r).id());
    }
    return out;
  }

  private static boolean same(String query, List<String> parley, List<String> scan, List<String> duck, boolean ordered) {
    List<String> p = new ArrayList<>(parley);
    List<String> s = new ArrayList<>(scan);
    List<String> k = new ArrayList<>(duck);
    if (!ordered) {
      p.sort(null);
      s.sort(null);
      k.sort(null);
    }
    boolean ok = p.equals(s) && p.equals(k);
    System.out.printf("  %-15s parley %5d  scan %5d  duckdb %5d  %s%n", query, p.size(), s.size(), k.size(), ok ? "same" : "DIFFERENT");
    if (!ok) {
      System.out.println("    parley " + abbreviate(p) + "\n    scan   " + abbreviate(s) + "\n    duckdb " + abbreviate(k));
      for (int i = 0; i < Math.max(p.size(), Math.max(s.size(), k.size())); i++) {
        String x = i < p.size() ? p.get(i) : null;
        if (!java.util.Objects.equals(x, i < s.size() ? s.get(i) : null)
            || !java.util.Objects.equals(x, i < k.size() ? k.get(i) : null)) {
          System.out.println("    first difference, row " + i + ":\n      parley " + x + "\n      scan   "
              + (i < s.size() ? s.get(i) : null) + "\n      duckdb " + (i < k.size() ? k.get(i) : null));
          break;
        }
      }
    }
    return ok;
  }

  private static String abbreviate(List<String> l) {
    return l.size() <= 6 ? l.toString() : l.subList(0, 6) + "... (" + l.size() + ")";
  }
}
