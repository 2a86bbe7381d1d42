package io.parley.benchmarks;

import io.parley.Divergence;
import io.parley.Parley;
import io.parley.model.Dataset;
import io.parley.model.Meeting;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Territory;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each kind of query three ways over the same data: Parley's indexed query ({@code parley_*}), a
 * linear stream filter over the dataset's immutable lists ({@code scan_*}), and DuckDB in process
 * over the same rows imported from CSV ({@code duckdb_*}). The dataset is a parameter: {@code
 * bundled}, or a synthetic size generated under {@code benchmarks/target/data} ({@code 1e4},
 * {@code 1e5}, {@code 1e6}); see BENCHMARKS.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class QueryBenchmark {

  /** Which dataset. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"bundled"})
    public String data;
  }

  /** The dataset loaded by Parley: for the parley_ and scan_ benchmarks. */
  @State(Scope.Benchmark)
  public static class Lib {
    Parley parley;
    Dataset dataset;
    Args a;
    LocalDate today;

    @Setup(Level.Trial)
    public void setup(Data d) throws Exception {
      long t0 = System.nanoTime();
      parley = Args.open(d.data);
      dataset = parley.dataset();
      a = Args.of(d.data, parley);
      today = LocalDate.now(ZoneOffset.UTC);
      // Build every lazy table and index the queries use, outside the measurement.
      parley.meetings().between(a.busyA, a.busyB).within(a.from, a.to).list();
      parley.positions().of(a.busyA).asOf(a.asOf).list();
      parley.positions().divergence(a.busyA, a.busyB);
      parley.territories().named(a.latin).list();
      parley.people().named(a.person).list();
      parley.people().holding(a.office, a.busyA, a.onDay).list();
      System.out.printf("%n[setup] %s: %,d records loaded and indexed in %.1f s; %s%n", d.data, dataset.size(),
          (System.nanoTime() - t0) / 1e9, a);
    }
  }

  /** The same rows in DuckDB: for the duckdb_ benchmarks. */
  @State(Scope.Benchmark)
  public static class Sql {
    Duck duck;
    Args a;
    LocalDate today;

    @Setup(Level.Trial)
    public void setup(Data d) throws Exception {
      long t0 = System.nanoTime();
      Path csv = Duck.prepared(d.data);
      a = Args.load(csv.resolve("args.properties"));
      duck = Duck.open(csv);
      today = LocalDate.now(ZoneOffset.UTC);
      System.out.printf("%n[setup] %s: DuckDB tables imported from %s in %.1f s%n", d.data, csv,
          (System.nanoTime() - t0) / 1e9);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      duck.close();
    }
  }

  // ---------------------------------------------------------------- meetings between two countries in a year

  @Benchmark
  public List<Meeting> parley_betweenBusy(Lib s) {
    return s.parley.meetings().between(s.a.busyA, s.a.busyB).within(s.a.from, s.a.to).list();
  }

  @Benchmark
  public List<Meeting> scan_betweenBusy(Lib s) {
    return Scans.between(s.dataset, s.a.busyA, s.a.busyB, s.a.from, s.a.to);
  }

  @Benchmark
  public List<String> duckdb_betweenBusy(Sql s) throws SQLException {
    return between(s.duck.between, s.a.busyA, s.a.busyB, s.a.from, s.a.to);
  }

  @Benchmark
  public List<Meeting> parley_betweenTypical(Lib s) {
    return s.parley.meetings().between(s.a.typicalA, s.a.typicalB).within(s.a.from, s.a.to).list();
  }

  @Benchmark
  public List<Meeting> scan_betweenTypical(Lib s) {
    return Scans.between(s.dataset, s.a.typicalA, s.a.typicalB, s.a.from, s.a.to);
  }

  @Benchmark
  public List<String> duckdb_betweenTypical(Sql s) throws SQLException {
    return between(s.duck.between, s.a.typicalA, s.a.typicalB, s.a.from, s.a.to);
  }

  private static List<String> between(PreparedStatement q, String a, String b, LocalDate from, LocalDate to)
      throws SQLException {
    q.setString(1, a.compareTo(b) <= 0 ? a : b);
    q.setString(2, a.compareTo(b) <= 0 ? b : a);
    q.setDate(3, Duck.sql(to));
    q.setDate(4, Duck.sql(from));
    return Duck.ids(q);
  }

  // ---------------------------------------------------------------- a country's positions as of a date

  @Benchmark
  public List<Position> parley_asOf(Lib s) {
    return s.parley.positions().of(s.a.busyA).asOf(s.a.asOf).list();
  }

  @Benchmark
  public List<Position> scan_asOf(Lib s) {
    return Scans.asOf(s.dataset, s.a.busyA, s.a.asOf);
  }

  @Benchmark
  public List<String> duckdb_asOf(Sql s) throws SQLException {
    PreparedStatement q = s.duck.asOf;
    q.setString(1, s.a.busyA);
    q.setDate(2, Duck.sql(s.a.asOf));
    return Duck.ids(q);
  }

  // ---------------------------------------------------------------- divergence of the busiest pair

  @Benchmark
  public List<Divergence> parley_divergence(Lib s) {
    return s.parley.positions().divergence(s.a.busyA, s.a.busyB);
  }

  @Benchmark
  public List<Object[]> scan_divergence(Lib s) {
    return Scans.divergence(s.dataset, s.a.busyA, s.a.busyB, s.today);
  }

  /** Rows of topic, question, first id, second id and relation, joined by spaces. */
  @Benchmark
  public List<String> duckdb_divergence(Sql s) throws SQLException {
    PreparedStatement q = s.duck.divergence;
    q.setString(1, s.a.busyA);
    q.setString(2, s.a.busyB);
    q.setString(3, s.a.busyA);
    q.setString(4, s.a.busyB);
    List<String> rows = new java.util.ArrayList<>();
    try (java.sql.ResultSet r = q.executeQuery()) {
      while (r.next()) {
        rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4)
            + " " + r.getString(5));
      }
    }
    return rows;
  }

  // ---------------------------------------------------------------- territory by name, in four scripts

  @Benchmark
  public List<Territory> parley_nameLatin(Lib s) {
    return s.parley.territories().named(s.a.latin).list();
  }

  @Benchmark
  public List<Territory> parley_nameCyrillic(Lib s) {
    return s.parley.territories().named(s.a.cyrillic).list();
  }

  @Benchmark
  public List<Territory> parley_nameKanji(Lib s) {
    return s.parley.territories().named(s.a.kanji).list();
  }

  @Benchmark
  public List<Territory> parley_nameHangul(Lib s) {
    return s.parley.territories().named(s.a.hangul).list();
  }

  // ---------------------------------------------------------------- a name's first lookup

  /**
   * The same name typed two ways in turn: its words apart and run together ({@code Southern
   * Kurils}, {@code SouthernKurils}; {@code 北方領土}, {@code 北方 領土}). The index keeps one
   * answer per name, for the words it was last typed in, so each lookup here computes its tiers,
   * as the first lookup of a name does; the figure is the mean of the two ways.
   */
  @State(Scope.Thread)
  public static class Turn {
    int n;
    String latin;
    String cyrillic;
    String kanji;
    String hangul;

    @Setup(Level.Trial)
    public void setup(Lib lib) {
      latin = otherWay(lib.a.latin);
      cyrillic = otherWay(lib.a.cyrillic);
      kanji = otherWay(lib.a.kanji);
      hangul = otherWay(lib.a.hangul);
    }

    private static String otherWay(String name) {
      if (name.contains(" ")) {
        return name.replace(" ", "");
      }
      int half = name.offsetByCodePoints(0, Math.max(1, name.codePointCount(0, name.length()) / 2));
      return name.substring(0, half) + " " + name.substring(half);
    }

    String pick(String name, String other) {
      return (n++ & 1) == 0 ? name : other;
    }
  }

  @Benchmark
  public List<Territory> parley_nameLatinFirst(Lib s, Turn t) {
    return s.parley.territories().named(t.pick(s.a.latin, t.latin)).list();
  }

  @Benchmark
  public List<Territory> parley_nameCyrillicFirst(Lib s, Turn t) {
    return s.parley.territories().named(t.pick(s.a.cyrillic, t.cyrillic)).list();
  }

  @Benchmark
  public List<Territory> parley_nameKanjiFirst(Lib s, Turn t) {
    return s.parley.territories().named(t.pick(s.a.kanji, t.kanji)).list();
  }

  @Benchmark
  public List<Territory> parley_nameHangulFirst(Lib s, Turn t) {
    return s.parley.territories().named(t.pick(s.a.hangul, t.hangul)).list();
  }

  // ---------------------------------------------------------------- by part of a name (issue #13)

  /** One word of a territory's Latin name: Senkaku (of Senkaku Islands). */
  @Benchmark
  public List<Territory> parley_nameWord(Lib s) {
    return s.parley.territories().named(s.a.word).list();
  }

  /** The first four letters of that word: Senk. */
  @Benchmark
  public List<Territory> parley_namePrefix(Lib s) {
    return s.parley.territories().named(s.a.prefix).list();
  }

  /** The first two characters of a kanji name: 北方 (of 北方領土, 北方四島, 北方地域). */
  @Benchmark
  public List<Territory> parley_nameKanjiPrefix(Lib s) {
    return s.parley.territories().named(s.a.kanjiPrefix).list();
  }

  /** A person by full name: Vladimir Putin. */
  @Benchmark
  public List<Person> parley_personName(Lib s) {
    return s.parley.people().named(s.a.person).list();
  }

  /** A person by surname: Putin. */
  @Benchmark
  public List<Person> parley_personSurname(Lib s) {
    return s.parley.people().named(s.a.surname).list();
  }

  @Benchmark
  public List<Territory> scan_nameLatin(Lib s) {
    return Scans.named(s.dataset, s.a.latin);
  }

  @Benchmark
  public List<Territory> scan_nameCyrillic(Lib s) {
    return Scans.named(s.dataset, s.a.cyrillic);
  }

  @Benchmark
  public List<Territory> scan_nameKanji(Lib s) {
    return Scans.named(s.dataset, s.a.kanji);
  }

  @Benchmark
  public List<Territory> scan_nameHangul(Lib s) {
    return Scans.named(s.dataset, s.a.hangul);
  }

  @Benchmark
  public List<String> duckdb_nameLatin(Sql s) throws SQLException {
    return named(s.duck.named, s.a.latin);
  }

  @Benchmark
  public List<String> duckdb_nameCyrillic(Sql s) throws SQLException {
    return named(s.duck.named, s.a.cyrillic);
  }

  @Benchmark
  public List<String> duckdb_nameKanji(Sql s) throws SQLException {
    return named(s.duck.named, s.a.kanji);
  }

  @Benchmark
  public List<String> duckdb_nameHangul(Sql s) throws SQLException {
    return named(s.duck.named, s.a.hangul);
  }

  private static List<String> named(PreparedStatement q, String name) throws SQLException {
    q.setString(1, name.toLowerCase(java.util.Locale.ROOT));
    return Duck.ids(q);
  }

  // ---------------------------------------------------------------- who held an office on a day

  @Benchmark
  public List<Person> parley_holding(Lib s) {
    return s.parley.people().holding(s.a.office, s.a.busyA, s.a.onDay).list();
  }

  @Benchmark
  public List<Person> scan_holding(Lib s) {
    return Scans.holding(s.dataset, s.a.office, s.a.busyA, s.a.onDay);
  }

  @Benchmark
  public List<String> duckdb_holding(Sql s) throws SQLException {
    PreparedStatement q = s.duck.holding;
    q.setString(1, s.a.office.id());
    q.setString(2, s.a.busyA);
    q.setDate(3, Duck.sql(s.a.onDay));
    q.setDate(4, Duck.sql(s.a.onDay));
    return Duck.ids(q);
  }
}
