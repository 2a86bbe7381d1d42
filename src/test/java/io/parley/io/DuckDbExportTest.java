package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.Parley;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.testing.ExportedPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The route into an analytical engine: the bundled dataset's CSV export loaded into DuckDB (in
 * process, through its JDBC driver) with the types and primary keys its {@code datapackage.json}
 * declares, nothing else; then joins across the files whose answers must be the library's own.
 */
class DuckDbExportTest {
  @TempDir static Path temp;
  static Path dir;
  static Parley parley;
  static ExportedPackage pkg;
  static Connection db;

  @BeforeAll
  static void load() throws Exception {
    parley = Parley.bundled();
    dir = temp.resolve("csv");
    parley.exportCsv(dir);
    pkg = ExportedPackage.read(dir);
    db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      for (ExportedPackage.Resource r : pkg.resources.values()) {
        s.execute(createTable(r));
        s.execute("INSERT INTO " + quote(r.name) + " SELECT * FROM read_csv('"
            + dir.resolve(r.descriptor.path("path").asString()).toString().replace("'", "''")
            + "', header = true, delim = ',', quote = '\"', escape = '\"', nullstr = '',"
            + " auto_detect = false, columns = {" + columns(r) + "})");
      }
    }
  }

  @AfterAll
  static void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  /** The SQL type of a Table Schema type. */
  private static String sqlType(String type) {
    switch (type) {
      case "integer":
        return "BIGINT";
      case "number":
        return "DOUBLE";
      case "boolean":
        return "BOOLEAN";
      case "string":
        return "VARCHAR";
      default:
        throw new AssertionError("a type the export does not use: " + type);
    }
  }

  private static String quote(String name) {
    return "\"" + name + "\"";
  }

  /** The table as the package declares it: each field with its type, and the primary key. */
  private static String createTable(ExportedPackage.Resource r) {
    List<String> parts = new ArrayList<>();
    for (JsonNode f : r.fields()) {
      parts.add(quote(f.path("name").asString()) + " " + sqlType(f.path("type").asString())
          + (f.path("constraints").path("required").asBoolean(false) ? " NOT NULL" : ""));
    }
    if (!r.primaryKey().isEmpty()) {
      List<String> key = new ArrayList<>();
      r.primaryKey().forEach(k -> key.add(quote(k)));
      parts.add("PRIMARY KEY (" + String.join(", ", key) + ")");
    }
    return "CREATE TABLE " + quote(r.name) + " (" + String.join(", ", parts) + ")";
  }

  /** DuckDB's {@code columns} argument: every field with its SQL type. */
  private static String columns(ExportedPackage.Resource r) {
    List<String> parts = new ArrayList<>();
    for (JsonNode f : r.fields()) {
      parts.add("'" + f.path("name").asString() + "': '" + sqlType(f.path("type").asString()) + "'");
    }
    return String.join(", ", parts);
  }

  private static List<List<Object>> query(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  @Test
  void everyFileLoadsWhole() throws Exception {
    for (ExportedPackage.Resource r : pkg.resources.values()) {
      assertThat(query("SELECT count(*) FROM " + quote(r.name)).get(0).get(0)).as(r.name)
          .isEqualTo((long) r.rows.size());
    }
  }

  @Test
  void theColumnsHaveThePackagesTypesSoCodesKeepTheirLeadingZeros() throws Exception {
    Map<String, String> types = new LinkedHashMap<>();
    for (List<Object> row : query("SELECT table_name || '.' || column_name, data_type"
        + " FROM information_schema.columns")) {
      types.put((String) row.get(0), (String) row.get(1));
    }
    assertThat(types).containsEntry("countries.iso3n", "VARCHAR")
        .containsEntry("countries.ccode", "BIGINT").containsEntry("countries.gwcode", "BIGINT")
        .containsEntry("meetings.number", "BIGINT").containsEntry("cameo.cameo_code", "VARCHAR")
        .containsEntry("cameo.goldstein", "DOUBLE").containsEntry("positions.agrees", "BOOLEAN")
        .containsEntry("territories.latitude", "DOUBLE");
    assertThat(query("SELECT iso3n FROM countries WHERE id = 'au'")).containsExactly(List.of("036"));
    assertThat(query("SELECT DISTINCT cameo_code FROM cameo ORDER BY 1"))
        .extracting(r -> (String) r.get(0)).contains("041", "042").allMatch(c -> c.matches("0[0-9]{2}"));
    assertThat(query("SELECT count(*) FROM positions WHERE agrees IS NOT NULL").get(0).get(0))
        .isEqualTo(parley.dataset().positions().stream().filter(p -> p.agrees().isPresent()).count());
  }

  @Test
  void everyForeignKeyResolvesInSql() throws Exception {
    for (ExportedPackage.Resource r : pkg.resources.values()) {
      for (JsonNode fk : r.schema().path("foreignKeys")) {
        List<String> fields = ExportedPackage.strings(fk.path("fields"));
        List<String> to = ExportedPackage.strings(fk.path("reference").path("fields"));
        String target = fk.path("reference").path("resource").asString();
        List<String> on = new ArrayList<>();
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
          on.add("a." + quote(fields.get(i)) + " = b." + quote(to.get(i)));
          filled.add("a." + quote(fields.get(i)) + " IS NOT NULL");
        }
        String sql = "SELECT count(*) FROM " + quote(r.name) + " a WHERE " + String.join(" AND ", filled)
            + " AND NOT EXISTS (SELECT 1 FROM " + quote(target.isEmpty() ? r.name : target) + " b WHERE "
            + String.join(" AND ", on) + ")";
        assertThat(query(sql).get(0).get(0)).as(sql).isEqualTo(0L);
      }
    }
  }

  @Test
  void meetingsJoinedToParticipantsAndPeopleAreTheMeetingsTheLibraryFinds() throws Exception {
    for (String person : List.of("sergey-lavrov", "sergey-shoigu", "shinzo-abe", "fumio-kishida")) {
      String name = parley.people().get(person).name();
      List<List<Object>> rows = query("SELECT DISTINCT m.id, m.start FROM meetings m"
          + " JOIN meeting_participants mp ON mp.meeting = m.id"
          + " JOIN people p ON p.id = mp.person"
          + " WHERE p.name = ? ORDER BY m.start, m.id", name);
      List<Meeting> expected = parley.meetings().attendedBy(person).list();
      assertThat(expected).as(person).isNotEmpty();
      List<String> ids = new ArrayList<>();
      List<String> starts = new ArrayList<>();
      rows.forEach(r -> {
        ids.add((String) r.get(0));
        starts.add((String) r.get(1));
      });
      assertThat(ids).as(person).containsExactlyInAnyOrderElementsOf(
          expected.stream().map(Meeting::id).toList());
      // In the library's chronological order too.
      assertThat(starts).isEqualTo(expected.stream()
          .map(m -> m.span().firstDay().toString()).toList());
    }
  }

  @Test
  void countsByFormatAndCameoAgentsAgreeWithTheLibrary() throws Exception {
    for (MeetingFormat f : MeetingFormat.values()) {
      assertThat(query("SELECT count(*) FROM meetings WHERE format = ?", f.id()).get(0).get(0))
          .as(f.id()).isEqualTo((long) parley.meetings().format(f).count());
    }
    // The 2+2 meetings Japan's defence minister attended, found through the CAMEO agents and
    // through the participants, are the same.
    List<List<Object>> viaCameo = query("SELECT DISTINCT meeting FROM cameo"
        + " WHERE source = 'JPNGOVMIL' ORDER BY 1");
    List<List<Object>> viaParticipants = query("SELECT DISTINCT meeting FROM meeting_participants"
        + " WHERE country = 'jp' AND office IN ('defence-minister', 'deputy-defence-minister')"
        + " ORDER BY 1");
    assertThat(viaCameo).isNotEmpty().isEqualTo(viaParticipants);
  }

  @Test
  void theDataDictionarysDuckDbRecipeRunsAsPrinted() throws Exception {
    String readme = Files.readString(dir.resolve(CsvExport.DATA_DICTIONARY), StandardCharsets.UTF_8);
    Matcher sql = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(sql.find()).isTrue();
    try (Connection fresh = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = fresh.createStatement()) {
      // The recipe names the file as a user in the export's directory would.
      s.execute("SET file_search_path = '" + dir.toString().replace("'", "''") + "'");
      s.execute(sql.group(1));
      try (ResultSet rs = s.executeQuery("SELECT count(*), count(number) FROM meetings")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(parley.meetings().count());
        assertThat(rs.getLong(2)).isEqualTo(
            parley.dataset().meetings().stream().filter(m -> m.number().isPresent()).count());
      }
      try (ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns"
          + " WHERE table_name = 'meetings' AND column_name = 'number'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("BIGINT");
      }
    }
  }

  @Test
  void theStateSystemSpellsJoinByDate() throws Exception {
    // Japan's COW number on the day of each Japan-Russia meeting: always 740, since every meeting
    // is after 1952-04-28; on 1950-01-01 it has none.
    assertThat(query("SELECT count(*) FROM meetings m JOIN system_membership s"
        + " ON s.country = 'jp' AND s.system = 'cow' AND s.start <= m.start"
        + " AND (s.\"end\" IS NULL OR m.start <= s.\"end\")"
        + " WHERE (m.party_a = 'jp' OR m.party_b = 'jp')").get(0).get(0))
        .isEqualTo((long) parley.meetings().involving("JP").count());
    assertThat(query("SELECT code FROM system_membership WHERE country = 'jp' AND system = 'cow'"
        + " AND start <= '1950-01-01' AND (\"end\" IS NULL OR '1950-01-01' <= \"end\")")).isEmpty();
    assertThat(query("SELECT code FROM system_membership WHERE country = 'kr' AND system = 'cow'"
        + " AND start <= '1900-10-25' AND (\"end\" IS NULL OR '1900-10-25' <= \"end\")"))
        .containsExactly(List.of(730L));
  }
}
