package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.Divergence;
import io.parley.Parley;
import io.parley.model.Citation;
import io.parley.model.Cited;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.PartialDate;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Session;
import io.parley.model.Territory;
import io.parley.testing.Fixtures;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV export, read back with Apache Commons CSV in its strict RFC 4180 form: every file, its
 * columns, its row counts, the key columns against the model, quoting, and the data dictionary.
 */
class CsvExportTest {
  @TempDir static Path temp;
  static Dataset fixture;
  static Path exported;

  @BeforeAll
  static void export() throws Exception {
    fixture = DatasetReader.create().read(Fixtures.small());
    exported = temp.resolve("fixture-csv");
    CsvExport.write(fixture, exported);
  }

  /** A file of the export parsed as RFC 4180 with its header; the table keeps column order. */
  private static final class Table {
    final List<String> header;
    final List<Map<String, String>> rows = new ArrayList<>();

    Table(Reader in) throws IOException {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      try (CSVParser p = CSVParser.parse(in, format)) {
        header = p.getHeaderNames();
        for (CSVRecord r : p) {
          assertThat(r.isConsistent()).as("record %s has every column", r.getRecordNumber()).isTrue();
          Map<String, String> row = new LinkedHashMap<>();
          for (String h : header) {
            row.put(h, r.get(h));
          }
          rows.add(row);
        }
      }
    }

    List<String> column(String name) {
      List<String> out = new ArrayList<>();
      rows.forEach(r -> out.add(r.get(name)));
      return out;
    }
  }

  private static Table read(Path dir, String file) throws IOException {
    try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
      return new Table(in);
    }
  }

  /** The partial date a date column and its precision column stand for. */
  private static PartialDate partial(String firstDay, String precision) {
    switch (precision) {
      case "year":
        return PartialDate.parse(firstDay.substring(0, 4));
      case "month":
        return PartialDate.parse(firstDay.substring(0, 7));
      default:
        assertThat(precision).isEqualTo("day");
        return PartialDate.parse(firstDay);
    }
  }

  @Test
  void writesEveryFileInOrderThenTheDataPackageAndTheDataDictionary() throws Exception {
    Path dir = temp.resolve("files");
    List<Path> written = CsvExport.write(fixture, dir);
    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(
        concat(CsvExport.files(), CsvExport.DATA_PACKAGE, CsvExport.DATA_DICTIONARY));
    assertThat(CsvExport.files()).hasSize(33).doesNotHaveDuplicates()
        .allSatisfy(f -> assertThat(f).endsWith(".csv"))
        .contains("meetings.csv", "sessions.csv", "meeting_participants.csv", "citations.csv",
            "name_users.csv", "agreement_parties.csv", "countries.csv", "system_membership.csv")
        .endsWith("cameo.csv");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
          concat(CsvExport.files(), "datapackage.json", "README.md"));
    }
  }

  private static List<String> concat(List<String> files, String... last) {
    List<String> all = new ArrayList<>(files);
    all.addAll(List.of(last));
    return all;
  }

  @Test
  void everyFileIsUtf8WithCrlfAfterEachRecordAndNoByteOrderMark() throws Exception {
    for (String f : CsvExport.files()) {
      byte[] bytes = Files.readAllBytes(exported.resolve(f));
      assertThat(bytes[0]).as("%s starts without a byte-order mark", f).isNotEqualTo((byte) 0xef);
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      assertThat(text).as(f).endsWith("\r\n");
      // Values hold no CR (the format forbids it), so the CRLFs are exactly the record ends.
      int crlf = text.split("\r\n", -1).length - 1;
      assertThat(crlf).as("%s: one CRLF per record, header included", f)
          .isEqualTo(read(exported, f).rows.size() + 1);
      assertThat(text.replace("\r\n", "")).as(f).doesNotContain("\r");
    }
  }

  @Test
  void theColumnOrderIsFixed() throws Exception {
    assertThat(read(exported, "meetings.csv").header).containsExactly("id", "party_a", "party_b",
        "format", "mode", "start", "start_precision", "end", "end_precision", "city", "country", "venue",
        "host", "occasion", "series", "number");
    assertThat(read(exported, "countries.csv").header).containsExactly("id", "name",
        "native_name", "native_name_language", "native_name_romanization", "iso2c", "iso3c",
        "iso3n", "iso3166_part3", "ccode", "cowc", "gwcode", "wikidata", "start",
        "start_precision", "end", "end_precision", "predecessor", "successor");
    assertThat(read(exported, "system_membership.csv").header).containsExactly("country",
        "system", "code", "start", "start_precision", "end", "end_precision");
    assertThat(read(exported, "meeting_participants.csv").header)
        .containsExactly("meeting", "session", "person", "office", "country");
    assertThat(read(exported, "citations.csv").header)
        .containsExactly("kind", "id", "part", "part_seq", "seq", "source", "excerpt");
    assertThat(read(exported, "positions.csv").header).containsExactly("id", "holder_kind",
        "holder_country", "holder_person", "holder_description", "topic", "stance", "summary",
        "quote", "date", "date_precision", "meeting", "proposition", "agrees");
  }

  @Test
  void rowCountsMatchTheDataset() throws Exception {
    assertRowCounts(exported, fixture);
  }

  static void assertRowCounts(Path dir, Dataset d) throws IOException {
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("sources.csv", d.sources().size());
    expected.put("countries.csv", d.countries().size());
    expected.put("system_membership.csv",
        d.countries().stream().mapToInt(c -> c.memberships().size()).sum());
    expected.put("people.csv", d.people().size());
    expected.put("person_variants.csv", d.people().stream().mapToInt(p -> p.variants().size()).sum());
    expected.put("tenures.csv", d.people().stream().mapToInt(p -> p.tenures().size()).sum());
    expected.put("topics.csv", d.topics().size());
    expected.put("propositions.csv", d.propositions().size());
    expected.put("proposition_exclusions.csv", d.propositions().stream().mapToInt(p -> p.excludes().size()).sum());
    expected.put("territories.csv", d.territories().size());
    expected.put("features.csv", d.territories().stream().mapToInt(t -> t.features().size()).sum());
    expected.put("administration.csv",
        d.territories().stream().mapToInt(t -> t.administration().size()).sum());
    expected.put("claims.csv", d.claims().size());
    expected.put("agreements.csv", d.agreements().size());
    expected.put("agreement_parties.csv", d.agreements().stream().mapToInt(a -> a.parties().size()).sum());
    expected.put("agreement_topics.csv", d.agreements().stream().mapToInt(a -> a.topics().size()).sum());
    expected.put("provisions.csv", d.agreements().stream().mapToInt(a -> a.provisions().size()).sum());
    expected.put("events.csv", d.events().size());
    expected.put("event_countries.csv", d.events().stream().mapToInt(e -> e.countries().size()).sum());
    expected.put("series.csv", d.series().size());
    expected.put("meetings.csv", d.meetings().size());
    expected.put("meeting_sides.csv", d.meetings().stream().mapToInt(m -> m.sides().size()).sum());
    expected.put("sessions.csv", d.meetings().stream().mapToInt(m -> m.sessions().size()).sum());
    expected.put("meeting_participants.csv", d.meetings().stream()
        .flatMap(m -> m.sessions().stream()).mapToInt(s -> s.participants().size()).sum());
    expected.put("meeting_topics.csv", d.meetings().stream().mapToInt(m -> m.topics().size()).sum());
    expected.put("outcomes.csv", d.meetings().stream().mapToInt(m -> m.outcomes().size()).sum());
    expected.put("positions.csv", d.positions().size());
    expected.put("discourse_edges.csv", discourseEdges(d));
    expected.put("names.csv", allNames(d).size());
    expected.put("name_users.csv", allNames(d).stream().mapToInt(n -> n.usedBy().size()).sum());
    expected.put("citations.csv", allCitations(d).size());
    expected.put("notes.csv", entities(d).stream().mapToInt(e -> e.notes().size()).sum());
    expected.put("cameo.csv", EventExport.cameo(d).size());
    assertThat(expected.keySet()).containsExactlyElementsOf(CsvExport.files());
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertThat(read(dir, e.getKey()).rows).as(e.getKey()).hasSize(e.getValue());
    }
  }

  /** The conflict and congruence rows the divergence API gives, over every pair of countries. */
  private static int discourseEdges(Dataset d) {
    Parley p;
    try {
      p = Parley.of(d);
    } catch (io.parley.io.DatasetException e) {
      throw new AssertionError(e);
    }
    int n = 0;
    List<String> ids = d.countries().stream().map(c -> c.id()).sorted().toList();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        n += (int) p.positions().divergence(ids.get(i), ids.get(j)).stream()
            .filter(v -> v.relation() == io.parley.model.Relation.CONFLICT
                || v.relation() == io.parley.model.Relation.CONGRUENCE)
            .count();
      }
    }
    return n;
  }

  @Test
  void theDiscourseEdgesAreTheDivergencesOfEveryPair() throws Exception {
    Table edges = read(exported, "discourse_edges.csv");
    assertThat(edges.header).containsExactly("country_a", "country_b", "relation", "topic",
        "question", "position_a", "position_b", "gap_days");
    Parley p = Parley.of(fixture);
    List<String> want = new ArrayList<>();
    for (Divergence v : p.positions().divergence("jp", "ru")) {
      want.add("jp,ru," + v.relation().id() + "," + v.topic() + "," + v.propositions().get(0) + ","
          + v.first().orElseThrow().id() + "," + v.second().orElseThrow().id() + ","
          + v.gapDays().getAsLong());
    }
    assertThat(want).hasSize(2);
    assertThat(edges.rows).extracting(r -> String.join(",", r.values())).containsExactlyElementsOf(want);
  }

  private static List<Name> allNames(Dataset d) {
    List<Name> out = new ArrayList<>();
    d.countries().forEach(c -> out.addAll(c.names()));
    d.people().forEach(p -> out.addAll(p.names()));
    for (Territory t : d.territories()) {
      out.addAll(t.names());
      t.features().forEach(f -> out.addAll(f.names()));
    }
    d.agreements().forEach(a -> out.addAll(a.names()));
    return out;
  }

  private static List<Entity> entities(Dataset d) {
    List<Entity> out = new ArrayList<>();
    out.addAll(d.sources());
    out.addAll(d.countries());
    out.addAll(d.people());
    out.addAll(d.topics());
    out.addAll(d.propositions());
    out.addAll(d.territories());
    out.addAll(d.claims());
    out.addAll(d.agreements());
    out.addAll(d.events());
    out.addAll(d.series());
    out.addAll(d.meetings());
    out.addAll(d.positions());
    return out;
  }

  /** Every citation in the order the export lists them: record, its parts, then its notes. */
  private static List<Citation> allCitations(Dataset d) {
    List<Citation> out = new ArrayList<>();
    for (Entity e : entities(d)) {
      if (e instanceof Cited) {
        out.addAll(((Cited) e).citations());
      }
      if (e instanceof Country) {
        ((Country) e).memberships().forEach(m -> out.addAll(m.citations()));
      } else if (e instanceof Person) {
        ((Person) e).tenures().forEach(t -> out.addAll(t.citations()));
      } else if (e instanceof Territory) {
        ((Territory) e).features().forEach(f -> out.addAll(f.citations()));
        ((Territory) e).administration().forEach(a -> out.addAll(a.citations()));
      } else if (e instanceof io.parley.model.Agreement) {
        ((io.parley.model.Agreement) e).provisions().forEach(p -> out.addAll(p.citations()));
      } else if (e instanceof Meeting) {
        ((Meeting) e).sides().forEach(s -> out.addAll(s.citations()));
        ((Meeting) e).sessions().forEach(s -> out.addAll(s.citations()));
        ((Meeting) e).outcomes().forEach(o -> out.addAll(o.citations()));
      }
      e.notes().forEach(n -> out.addAll(n.citations()));
    }
    return out;
  }

  @Test
  void meetingsRoundTripTheirKeyColumns() throws Exception {
    Table meetings = read(exported, "meetings.csv");
    assertThat(meetings.column("id")).containsExactlyElementsOf(
        fixture.meetings().stream().map(Meeting::id).toList());
    for (int i = 0; i < fixture.meetings().size(); i++) {
      Meeting m = fixture.meetings().get(i);
      Map<String, String> row = meetings.rows.get(i);
      assertThat(List.of(row.get("party_a"), row.get("party_b"))).isEqualTo(m.parties());
      assertThat(row.get("format")).isEqualTo(m.format().id());
      assertThat(partial(row.get("start"), row.get("start_precision"))).isEqualTo(m.span().start());
      assertThat(partial(row.get("end"), row.get("end_precision"))).isEqualTo(m.span().end().get());
      assertThat(row.get("host")).isEqualTo(m.host().orElse(""));
      assertThat(row.get("number")).isEqualTo(m.number().isPresent() ? "" + m.number().getAsInt() : "");
    }
    Table sessions = read(exported, "sessions.csv");
    Table participants = read(exported, "meeting_participants.csv");
    int s = 0;
    int p = 0;
    for (Meeting m : fixture.meetings()) {
      for (int i = 0; i < m.sessions().size(); i++, s++) {
        Session session = m.sessions().get(i);
        assertThat(sessions.rows.get(s)).containsEntry("meeting", m.id())
            .containsEntry("seq", "" + (i + 1)).containsEntry("kind", session.kind().id());
        assertThat(partial(sessions.rows.get(s).get("date"), sessions.rows.get(s).get("date_precision")))
            .isEqualTo(session.date());
        for (var participant : session.participants()) {
          assertThat(participants.rows.get(p++)).containsEntry("meeting", m.id())
              .containsEntry("session", "" + (i + 1)).containsEntry("person", participant.person())
              .containsEntry("office", participant.office().id())
              .containsEntry("country", participant.country());
        }
      }
    }
  }

  @Test
  void positionsAndCitationsRoundTripTheirKeyColumns() throws Exception {
    Table positions = read(exported, "positions.csv");
    for (int i = 0; i < fixture.positions().size(); i++) {
      Position x = fixture.positions().get(i);
      Map<String, String> row = positions.rows.get(i);
      assertThat(row).containsEntry("id", x.id()).containsEntry("topic", x.topic())
          .containsEntry("stance", x.stance().id()).containsEntry("summary", x.summary())
          .containsEntry("quote", x.quote().orElse(""))
          .containsEntry("holder_country", x.holder().country().orElse(""))
          .containsEntry("meeting", x.meeting().orElse(""));
      assertThat(partial(row.get("date"), row.get("date_precision"))).isEqualTo(x.date());
    }
    Table citations = read(exported, "citations.csv");
    List<Citation> expected = allCitations(fixture);
    assertThat(citations.column("source"))
        .containsExactlyElementsOf(expected.stream().map(Citation::source).toList());
    assertThat(citations.column("excerpt"))
        .containsExactlyElementsOf(expected.stream().map(c -> c.excerpt().orElse("")).toList());
    Map<String, String> first = citations.rows.stream()
        .filter(r -> r.get("kind").equals("meeting") && r.get("part").equals("session"))
        .findFirst().orElseThrow();
    Meeting m = fixture.meetings().stream().filter(x -> x.id().equals(first.get("id")))
        .findFirst().orElseThrow();
    assertThat(m.sessions().get(Integer.parseInt(first.get("part_seq")) - 1).citations())
        .extracting(Citation::source).contains(first.get("source"));
  }

  @Test
  void countriesCarryTheirCodesToJoinOn() throws Exception {
    Map<String, Map<String, String>> byId = new HashMap<>();
    read(exported, "countries.csv").rows.forEach(r -> byId.put(r.get("id"), r));
    assertThat(byId.get("ru")).containsEntry("iso2c", "RU").containsEntry("iso3c", "RUS")
        .containsEntry("iso3n", "643").containsEntry("ccode", "365")
        .containsEntry("cowc", "RUS").containsEntry("gwcode", "365")
        .containsEntry("wikidata", "Q159").containsEntry("native_name", "Россия")
        .containsEntry("predecessor", "su").containsEntry("start", "1991-12-26")
        .containsEntry("start_precision", "day").containsEntry("end", "");
    assertThat(byId.get("su")).containsEntry("iso3166_part3", "SUHH").containsEntry("ccode", "")
        .containsEntry("wikidata", "").containsEntry("end", "1991-12-26").containsEntry("successor", "ru");
  }

  @Test
  void stateSystemSpellsAreOneRowEachWithTheirCitations() throws Exception {
    Table spells = read(exported, "system_membership.csv");
    assertThat(spells.rows).hasSize(2);
    assertThat(spells.rows.get(0)).containsExactly(Map.entry("country", "jp"),
        Map.entry("system", "cow"), Map.entry("code", "740"), Map.entry("start", "1860-01-01"),
        Map.entry("start_precision", "day"), Map.entry("end", "1945-08-14"),
        Map.entry("end_precision", "day"));
    assertThat(spells.rows.get(1)).containsEntry("start", "1952-04-28").containsEntry("end", "")
        .containsEntry("end_precision", "");
    assertThat(read(exported, "citations.csv").rows).filteredOn(r -> r.get("part").equals("membership"))
        .extracting(r -> r.get("id") + ":" + r.get("part_seq") + ":" + r.get("seq") + ":"
            + r.get("excerpt"))
        .containsExactly("jp:1:1:JPN,740,Japan,1860,1,1,1945,8,14,2016",
            "jp:2:1:JPN,740,Japan,1952,4,28,2016,12,31,2016");
  }

  @Test
  void theBundledSpellsSayWhenJapanAndKoreaWereInTheStateSystem() throws Exception {
    Path dir = temp.resolve("bundled-spells");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("s.csv"),
        CsvExport.toCsv(Parley.bundled().dataset(), "system_membership.csv"));
    List<String> rows = new ArrayList<>();
    read(dir, "s.csv").rows.forEach(r -> rows.add(String.join(",", r.values())));
    // COW: Japan out of the system from 1945-08-14 to 1952-04-28; Korea 730 from 1887 to 1905.
    assertThat(rows).contains("jp,cow,740,1860-01-01,day,1945-08-14,day",
        "jp,cow,740,1952-04-28,day,,", "kr,cow,730,1887-01-01,day,1905-11-17,day",
        "kr,cow,732,1949-06-29,day,,", "kr,gw,730,1816-01-01,day,1910-08-22,day",
        "jp,gw,740,1816-01-01,day,,");
  }

  @Test
  void nativeScriptsAndTheNamesEachPartyUsesComeThrough() throws Exception {
    Table names = read(exported, "names.csv");
    Table users = read(exported, "name_users.csv");
    Map<String, String> hoppo = names.rows.stream()
        .filter(r -> r.get("text").equals("北方領土")).findFirst().orElseThrow();
    assertThat(hoppo).containsEntry("kind", "territory").containsEntry("id", "southern-kurils")
        .containsEntry("language", "ja");
    assertThat(users.rows).anySatisfy(u -> assertThat(u)
        .containsEntry("kind", "territory").containsEntry("id", "southern-kurils")
        .containsEntry("seq", hoppo.get("seq")).containsEntry("country", "jp"));
    assertThat(names.column("text")).contains("Южные Курилы", "钓鱼岛", "Россия");
  }

  @Test
  void commasQuotesLineBreaksAndNativeScriptsAreQuotedAndReadBackExactly() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp.resolve("quoting"));
    String occasion = "on the sidelines of \"the G20\", in Osaka,\nthen 大阪 and Москва";
    Fixtures.replaceOnce(dir.resolve("meetings.json"), "\"host\": \"jp\",\n    \"series\": \"jp-ru-2plus2\",\n    \"number\": 2,",
        "\"host\": \"jp\",\n    \"occasion\": \"on the sidelines of \\\"the G20\\\", in Osaka,\\nthen 大阪 and Москва\",\n"
            + "    \"series\": \"jp-ru-2plus2\",\n    \"number\": 2,");
    Dataset d = DatasetReader.create().read(dir);
    assertThat(d.meetings().get(1).occasion()).hasValue(occasion);
    String text = CsvExport.toCsv(d, "meetings.csv");
    assertThat(text).contains(",\"on the sidelines of \"\"the G20\"\", in Osaka,\nthen 大阪 and Москва\",");
    Table meetings = new Table(new StringReader(text));
    assertThat(meetings.rows).hasSize(d.meetings().size());
    assertThat(meetings.rows.get(1)).containsEntry("id", "jp-ru-2plus2-2017")
        .containsEntry("occasion", occasion).containsEntry("series", "jp-ru-2plus2")
        .containsEntry("number", "2");
    assertThat(meetings.rows.get(0)).containsEntry("occasion", "");
  }

  @Test
  void theSameDataGivesTheSameBytesAndToCsvIsTheFile() throws Exception {
    Path again = temp.resolve("again");
    CsvExport.write(fixture, again);
    for (String f : concat(CsvExport.files(), CsvExport.DATA_PACKAGE, CsvExport.DATA_DICTIONARY)) {
      assertThat(Files.readAllBytes(again.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(exported.resolve(f)));
    }
    assertThat(CsvExport.toCsv(fixture, "meetings.csv"))
        .isEqualTo(Files.readString(exported.resolve("meetings.csv")));
    assertThatThrownBy(() -> CsvExport.toCsv(fixture, "meeting.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("meeting.csv is not a file of the CSV export; the files are [sources.csv,");
  }

  @Test
  void theDataDictionaryDescribesEveryColumnOfEveryFile() throws Exception {
    String readme = Files.readString(exported.resolve(CsvExport.DATA_DICTIONARY));
    assertThat(readme).isEqualTo(CsvExport.dataDictionary(fixture))
        .startsWith("# Parley test fixture, version 2026.1: CSV export\n")
        .contains(fixture.manifest().citation())
        .contains("read_package(\"datapackage.json\")", "pd.read_csv(resource[\"path\"]",
            "read_csv('meetings.csv'", "spark.read.csv(\"meetings.csv\"",
            "system_membership.csv", "`ccode`", "`gwcode`", "`iso3c`");
    for (String f : CsvExport.files()) {
      int section = readme.indexOf("\n## " + f + "\n");
      assertThat(section).as("a section for %s", f).isPositive();
      int next = readme.indexOf("\n## ", section + 4);
      String body = readme.substring(section, next < 0 ? readme.length() : next);
      for (String column : read(exported, f).header) {
        assertThat(body).as("%s describes %s", f, column)
            .containsPattern("\\| `" + column + "` \\| [a-z][^|]* \\| \\S");
      }
      assertThat(readme).contains("| " + f + " | " + read(exported, f).rows.size() + " | ");
    }
  }

  @Test
  void theBundledDatasetExportsWholeAndItsLinksResolve() throws Exception {
    Dataset bundled = Parley.bundled().dataset();
    Path dir = temp.resolve("bundled");
    Parley.bundled().exportCsv(dir);
    assertRowCounts(dir, bundled);
    Set<String> sources = new HashSet<>(read(dir, "sources.csv").column("id"));
    Set<String> people = new HashSet<>(read(dir, "people.csv").column("id"));
    Set<String> countries = new HashSet<>(read(dir, "countries.csv").column("id"));
    Set<String> meetings = new HashSet<>(read(dir, "meetings.csv").column("id"));
    assertThat(read(dir, "citations.csv").column("source")).allMatch(sources::contains);
    Table participants = read(dir, "meeting_participants.csv");
    assertThat(participants.column("person")).allMatch(people::contains);
    assertThat(participants.column("country")).allMatch(countries::contains);
    assertThat(participants.column("meeting")).allMatch(meetings::contains);
    assertThat(read(dir, "meetings.csv").column("party_a")).allMatch(countries::contains);
    assertThat(read(dir, "countries.csv").column("wikidata")).filteredOn(w -> !w.isEmpty())
        .hasSize((int) bundled.countries().stream().filter(c -> c.wikidata().isPresent()).count())
        .allMatch(w -> w.matches("Q[1-9][0-9]*"));
    for (String f : CsvExport.files()) {
      for (Map<String, String> row : read(dir, f).rows) {
        for (Map.Entry<String, String> e : row.entrySet()) {
          if (e.getKey().equals("start") || e.getKey().equals("end") || e.getKey().equals("date")
              || e.getKey().equals("signed") || e.getKey().equals("in_force")
              || e.getKey().equals("published")) {
            String precision = row.get(e.getKey() + "_precision");
            assertThat(precision).as("%s %s", f, e.getKey()).isNotNull();
            if (!e.getValue().isEmpty()) {
              assertThat(partial(e.getValue(), precision).firstDay().toString()).isEqualTo(e.getValue());
            }
          }
        }
      }
    }
  }
}
