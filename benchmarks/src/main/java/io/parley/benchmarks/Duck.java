package io.parley.benchmarks;

import io.parley.Parley;
import io.parley.model.Dataset;
import io.parley.model.Feature;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Stance;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmarked queries done in DuckDB, in process, over the same rows exported to CSV and
 * imported into tables (no index created: DuckDB's zone maps on the chronologically ordered rows
 * are what it has). Each query is a prepared statement; a call binds, executes and reads the ids
 * of the result into a list.
 */
final class Duck implements AutoCloseable {
  private final Connection connection;
  final PreparedStatement between;
  final PreparedStatement asOf;
  final PreparedStatement named;
  final PreparedStatement holding;
  final PreparedStatement divergence;

  private Duck(Connection c) throws SQLException {
    this.connection = c;
    between = c.prepareStatement("SELECT id FROM meetings WHERE a = ? AND b = ? AND first_day <= ? AND last_day >= ?"
        + " ORDER BY first_day, id");
    asOf = c.prepareStatement("SELECT id FROM positions WHERE country = ? AND kind <> 'analyst' AND last_day <= ?"
        + " QUALIFY row_number() OVER (PARTITION BY topic ORDER BY first_day DESC, precision DESC, id DESC) = 1"
        + " ORDER BY first_day, precision, id");
    named = c.prepareStatement("SELECT DISTINCT territory FROM names WHERE lower_text = ? ORDER BY territory");
    holding = c.prepareStatement("SELECT DISTINCT person FROM tenures WHERE office = ? AND country = ?"
        + " AND first_day <= ? AND (last_day IS NULL OR last_day >= ?) ORDER BY person");
    divergence = c.prepareStatement(DIVERGENCE);
  }

  /**
   * Divergence per proposition in SQL, as {@code Scans.divergence} does it by streams: each
   * country's latest coded statement on each question (a proposition with those it excludes: the
   * {@code questions} table, made at import by a recursive query over {@code excludes}), on topics
   * both have spoken to, and how the two relate. Parameters: the two countries, twice. Rows: topic,
   * question, first id, second id, relation (the {@code Relation} constant's name).
   */
  private static final String DIVERGENCE = "WITH latest AS ("
      + " SELECT p.country, q.question, p.id, p.topic, p.proposition, p.agrees FROM positions p"
      + " JOIN questions q ON q.proposition = p.proposition"
      + " WHERE p.kind <> 'analyst' AND p.country IN (?, ?)"
      + " QUALIFY row_number() OVER (PARTITION BY p.country, q.question"
      + " ORDER BY p.first_day DESC, p.precision DESC, p.id DESC) = 1),"
      + " a AS (SELECT * FROM latest WHERE country = ?), b AS (SELECT * FROM latest WHERE country = ?),"
      + " shared AS (SELECT topic FROM a INTERSECT SELECT topic FROM b)"
      + " SELECT coalesce(a.topic, b.topic) AS topic, coalesce(a.question, b.question) AS question, a.id, b.id,"
      + " CASE WHEN a.id IS NULL OR b.id IS NULL THEN 'ONE_SIDED'"
      + " WHEN a.proposition = b.proposition THEN CASE WHEN a.agrees = b.agrees THEN 'CONGRUENCE' ELSE 'CONFLICT' END"
      + " WHEN NOT EXISTS (SELECT 1 FROM excludes e WHERE (e.x = a.proposition AND e.y = b.proposition)"
      + " OR (e.x = b.proposition AND e.y = a.proposition)) THEN 'UNRELATED'"
      + " WHEN a.agrees AND b.agrees THEN 'CONFLICT' WHEN a.agrees OR b.agrees THEN 'CONGRUENCE'"
      + " ELSE 'UNRELATED' END AS relation"
      + " FROM a FULL JOIN b ON a.question = b.question"
      + " WHERE coalesce(a.topic, b.topic) IN (SELECT topic FROM shared)"
      + " ORDER BY topic, question";

  /** Opens an in-memory DuckDB and imports the CSV files of the directory. */
  static Duck open(Path csv) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute(load(csv, "meetings", "id: 'VARCHAR', a: 'VARCHAR', b: 'VARCHAR', format: 'VARCHAR',"
          + " first_day: 'DATE', last_day: 'DATE'"));
      s.execute(load(csv, "positions", "id: 'VARCHAR', kind: 'VARCHAR', country: 'VARCHAR', person: 'VARCHAR',"
          + " topic: 'VARCHAR', stance: 'VARCHAR', polarity: 'VARCHAR', first_day: 'DATE', last_day: 'DATE',"
          + " precision: 'INTEGER', proposition: 'VARCHAR', agrees: 'BOOLEAN'"));
      s.execute(load(csv, "propositions", "id: 'VARCHAR'"));
      s.execute(load(csv, "excludes", "x: 'VARCHAR', y: 'VARCHAR'"));
      // A question is a proposition with every one it excludes, directly or not, named by its
      // first id: the connected components of the excludes graph, by a recursive query.
      s.execute("CREATE TABLE questions AS WITH RECURSIVE edge(x, y) AS (SELECT x, y FROM excludes"
          + " UNION SELECT y, x FROM excludes), reach(proposition, other) AS (SELECT id, id FROM propositions"
          + " UNION SELECT r.proposition, e.y FROM reach r JOIN edge e ON e.x = r.other)"
          + " SELECT proposition, min(other) AS question FROM reach GROUP BY proposition");
      s.execute(load(csv, "names", "territory: 'VARCHAR', text: 'VARCHAR', lower_text: 'VARCHAR'"));
      s.execute(load(csv, "tenures", "person: 'VARCHAR', office: 'VARCHAR', country: 'VARCHAR', first_day: 'DATE',"
          + " last_day: 'DATE'"));
      s.execute(load(csv, "claims", "claimant: 'VARCHAR', territory: 'VARCHAR', status: 'VARCHAR',"
          + " first_day: 'DATE', last_day: 'DATE'"));
      s.execute(load(csv, "topics", "id: 'VARCHAR', territory: 'VARCHAR'"));
    }
    return new Duck(c);
  }

  private static String load(Path dir, String table, String columns) {
    return "CREATE TABLE " + table + " AS SELECT * FROM read_csv('" + dir.resolve(table + ".csv").toAbsolutePath()
        + "', header = true, quote = '\"', escape = '\"', nullstr = '', columns = {" + columns + "})";
  }

  static List<String> ids(PreparedStatement s) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  static java.sql.Date sql(LocalDate d) {
    return java.sql.Date.valueOf(d);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  // ------------------------------------------------------------------------------------ export

  /**
   * The CSV files and query arguments of a dataset, under {@code benchmarks/target/csv/<label>},
   * written once from the loaded dataset and reused while the JSON files are unchanged.
   */
  static Path prepared(String label) throws Exception {
    Path dir = Path.of(System.getProperty("parley.csv", "benchmarks/target/csv")).resolve(label);
    String stamp = label.equals(Args.BUNDLED) ? "bundled " + Parley.libraryVersion() : stamp(Args.dataDir(label));
    Path stampFile = dir.resolve("stamp.txt");
    if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp) && Files.exists(dir.resolve("args.properties"))) {
      return dir;
    }
    Parley p = Args.open(label);
    Files.createDirectories(dir);
    export(p.dataset(), dir);
    Args.of(label, p).save(dir.resolve("args.properties"));
    Files.writeString(stampFile, stamp);
    return dir;
  }

  private static String stamp(Path data) throws IOException {
    StringBuilder b = new StringBuilder();
    try (var files = Files.list(data)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        b.append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
            .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
      }
    }
    return b.toString();
  }

  static void export(Dataset d, Path dir) throws IOException {
    try (Csv w = new Csv(dir.resolve("meetings.csv"), "id", "a", "b", "format", "first_day", "last_day")) {
      for (Meeting m : d.meetings()) {
        String a = m.parties().get(0);
        String b = m.parties().get(1);
        w.row(m.id(), min(a, b), max(a, b), m.format().id(), m.span().firstDay().toString(),
            m.span().lastDay().orElseThrow().toString());
      }
    }
    try (Csv w = new Csv(dir.resolve("positions.csv"), "id", "kind", "country", "person", "topic", "stance",
        "polarity", "first_day", "last_day", "precision", "proposition", "agrees")) {
      for (Position p : d.positions()) {
        w.row(p.id(), p.holder().kind().id(), p.holder().country().orElse(""), p.holder().person().orElse(""),
            p.topic(), p.stance().id(), polarity(p.stance()), p.date().firstDay().toString(),
            p.date().lastDay().toString(), String.valueOf(p.date().precision().ordinal()),
            p.proposition().orElse(""), p.agrees().map(String::valueOf).orElse(""));
      }
    }
    try (Csv w = new Csv(dir.resolve("propositions.csv"), "id");
        Csv e = new Csv(dir.resolve("excludes.csv"), "x", "y")) {
      for (Proposition p : d.propositions()) {
        w.row(p.id());
        for (String x : p.excludes()) {
          e.row(p.id(), x);
        }
      }
    }
    try (Csv w = new Csv(dir.resolve("names.csv"), "territory", "text", "lower_text")) {
      for (Territory t : d.territories()) {
        name(w, t.id(), t.neutralName());
        names(w, t.id(), t.names());
        for (Feature f : t.features()) {
          names(w, t.id(), f.names());
        }
      }
    }
    try (Csv w = new Csv(dir.resolve("tenures.csv"), "person", "office", "country", "first_day", "last_day")) {
      for (Person p : d.people()) {
        for (Tenure t : p.tenures()) {
          w.row(p.id(), t.office().id(), t.country(), t.span().firstDay().toString(),
              t.span().lastDay().map(LocalDate::toString).orElse(""));
        }
      }
    }
    try (Csv w = new Csv(dir.resolve("claims.csv"), "claimant", "territory", "status", "first_day", "last_day")) {
      for (TerritorialClaim c : d.claims()) {
        w.row(c.claimant(), c.territory(), c.status().id(), c.span().firstDay().toString(),
            c.span().lastDay().map(LocalDate::toString).orElse(""));
      }
    }
    try (Csv w = new Csv(dir.resolve("topics.csv"), "id", "territory")) {
      for (Topic t : d.topics()) {
        w.row(t.id(), t.territory().orElse(""));
      }
    }
  }

  private static void names(Csv w, String territory, List<Name> names) throws IOException {
    for (Name n : names) {
      name(w, territory, n.text());
      if (n.romanization().isPresent()) {
        name(w, territory, n.romanization().get());
      }
    }
  }

  private static void name(Csv w, String territory, String text) throws IOException {
    w.row(territory, text, text.toLowerCase(Locale.ROOT));
  }

  static String polarity(Stance s) {
    return s.polarity().name().toLowerCase(Locale.ROOT);
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a.compareTo(b) <= 0 ? b : a;
  }

  /** A minimal CSV writer: every field quoted, quotes doubled. */
  private static final class Csv implements AutoCloseable {
    private final BufferedWriter out;

    Csv(Path file, String... header) throws IOException {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      row(header);
    }

    void row(String... fields) throws IOException {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        if (fields[i].isEmpty()) {
          continue; // an empty field is NULL
        }
        out.write('"');
        out.write(fields[i].replace("\"", "\"\""));
        out.write('"');
      }
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
