package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.parley.Parley;
import io.parley.model.Citation;
import io.parley.model.Dataset;
import io.parley.model.DateSpan;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Office;
import io.parley.model.PartialDate;
import io.parley.model.Place;
import io.parley.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Meetings as CAMEO events and PLOVER records: each way two parties can meet, on the fixture and
 * on meetings made for the purpose, and the whole bundled dataset.
 */
class EventExportTest {
  /**
   * The fields of the PLOVER manual's table "PLOVER JSON" (draft 2.0, chapter "Data Fields"), and
   * the two of Parley's own that say how much of a date is known.
   */
  private static final Set<String> PLOVER_FIELDS = Set.of("id", "has_event", "date", "time",
      "enddate", "endtime", "actor", "recipient", "event", "event_loc", "event_text", "quad_code",
      "event_scale", "mode", "context", "link", "text", "text_info", "cite_info", "coder",
      "coded_date", "coded_time", "comment", "date_precision", "enddate_precision");

  /** The manual's "Information object for entities". */
  private static final Set<String> ENTITY_FIELDS = Set.of("code", "sector", "entity_text",
      "identifier_id", "identifier_text", "religion", "ethnicity", "office", "gender", "age");

  /** The manual's "Location object". */
  private static final Set<String> LOCATION_FIELDS = Set.of("extracted_place", "resolved_place",
      "geonameid", "lat", "lon", "city", "district", "province", "country", "country_code",
      "feature_class", "feature_code", "resolution");

  /** The manual's "Information object for citations". */
  private static final Set<String> CITATION_FIELDS = Set.of("corpus", "citation", "url", "title",
      "language", "publication", "license", "copyright", "coder", "codebook", "version");

  /** The manual's table "CONSULT modes" and its contexts used here. */
  private static final Set<String> MODES = Set.of("visit", "third-party", "multilateral", "phone");

  static Dataset data;

  @BeforeAll
  static void load() throws Exception {
    Parley fixture = Parley.load(Fixtures.small());
    data = Parley.builder().addAll(fixture)
        // At a third location: hosted by neither party.
        .add(meeting("jp-ru-summit-beijing", MeetingFormat.SUMMIT, "2014-11-09", "2014-11-09",
            Place.of("Beijing", "cn"), null, "on the sidelines of the APEC summit in Beijing"))
        .add(meeting("jp-ru-phone-call", MeetingFormat.PHONE_CALL, "2017-04-04", "2017-04-04",
            null, null, null))
        // By video, each side where it sat.
        .add(meeting("jp-ru-by-video", MeetingFormat.FOREIGN_MINISTERS, "2021-04-14", "2021-04-14",
            null, null, null))
        // No host, in one party's country: a video conference, say.
        .add(meeting("jp-ru-video", MeetingFormat.FOREIGN_MINISTERS, "2021-04-13", "2021-04-13",
            Place.of("Tokyo", "jp"), null, null))
        // Known only to the month, hosted by Russia.
        .add(meeting("jp-ru-defence-2016-09", MeetingFormat.DEFENCE_MINISTERS, "2016-09", "2016-09",
            Place.of("Moscow", "ru"), "ru", null))
        // Hosted, at a summit in the host's country.
        .add(meeting("jp-ru-summit-osaka", MeetingFormat.SUMMIT, "2019-06-29", "2019-06-29",
            Place.of("Osaka", "jp"), "jp", "on the occasion of the G20 Osaka summit"))
        // Ahead of a summit, not at it; at a forum that is not one of states.
        .add(meeting("jp-ru-ahead", MeetingFormat.SUMMIT, "2019-06-28", "2019-06-28",
            Place.of("Tokyo", "jp"), "jp",
            "ahead of the Abe-Putin meeting on the sidelines of the G20 summit in Osaka"))
        .add(meeting("jp-ru-forum", MeetingFormat.SUMMIT, "2017-09-07", "2017-09-07",
            Place.of("Vladivostok", "ru"), "ru",
            "on the sidelines of the Eastern Economic Forum in Vladivostok"))
        .build()
        .dataset();
  }

  private static Meeting meeting(String id, MeetingFormat format, String start, String end,
      @org.jspecify.annotations.Nullable Place place, String host, String occasion) {
    Meeting.Builder b = Meeting.builder().id(id).addParties("jp", "ru").format(format)
        .span(DateSpan.of(PartialDate.parse(start), PartialDate.parse(end)))
        .addCitations(Citation.of("scmp-2013-11-01"));
    if (place == null) { // remote: a call by telephone, or by video if the id says so
      b.mode(id.contains("video") ? io.parley.model.MeetingMode.VIDEO
          : io.parley.model.MeetingMode.TELEPHONE);
    } else {
      b.place(place);
    }
    if (host != null) {
      b.host(host);
    }
    if (occasion != null) {
      b.occasion(occasion);
    }
    return b.build();
  }

  private static Meeting get(String id) {
    return data.meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> cameo(String id) {
    List<String> out = new ArrayList<>();
    EventExport.cameo(data, List.of(get(id))).forEach(e -> out.add(e.toString()));
    return out;
  }

  private static PloverEvent plover(String id) {
    return EventExport.plover(data, List.of(get(id))).get(0);
  }

  @Test
  void aHostedVisitIsTheVisitorMakingAVisitAndTheHostHostingItForEachPairOfAgentsThatMet() {
    // The foreign ministers met first; then all four ministers sat in the joint session.
    assertThat(cameo("jp-ru-2plus2-2013")).containsExactly(
        "2013-11-01\tRUSGOV\tJPNGOV\t042\tjp-ru-2plus2-2013:1",
        "2013-11-01\tJPNGOV\tRUSGOV\t043\tjp-ru-2plus2-2013:2",
        "2013-11-01\tRUSGOV\tJPNGOVMIL\t042\tjp-ru-2plus2-2013:3",
        "2013-11-01\tJPNGOVMIL\tRUSGOV\t043\tjp-ru-2plus2-2013:4",
        "2013-11-01\tRUSGOVMIL\tJPNGOV\t042\tjp-ru-2plus2-2013:5",
        "2013-11-01\tJPNGOV\tRUSGOVMIL\t043\tjp-ru-2plus2-2013:6",
        "2013-11-01\tRUSGOVMIL\tJPNGOVMIL\t042\tjp-ru-2plus2-2013:7",
        "2013-11-01\tJPNGOVMIL\tRUSGOVMIL\t043\tjp-ru-2plus2-2013:8");
    CameoEvent visit = EventExport.cameo(data, List.of(get("jp-ru-2plus2-2013"))).get(6);
    assertThat(visit.id()).isEqualTo("jp-ru-2plus2-2013:7");
    assertThat(visit.code()).isEqualTo(CameoCode.MAKE_A_VISIT);
    assertThat(visit.source()).isEqualTo("RUSGOVMIL");
    assertThat(visit.sourceCountryCode()).isEqualTo("RUS");
    assertThat(visit.sourceAgent()).isEqualTo("GOVMIL");
    assertThat(visit.sourceCountry()).isEqualTo("ru");
    assertThat(visit.targetCountry()).isEqualTo("jp");
    assertThat(visit.endDate()).isEqualTo(LocalDate.parse("2013-11-02"));
    assertThat(visit.precision()).isEqualTo(PartialDate.Precision.DAY);
    PloverEvent p = plover("jp-ru-2plus2-2013");
    assertThat(p.actor()).containsExactly("RUS");
    assertThat(p.recipient()).containsExactly("JPN");
    assertThat(p.mode()).containsExactly("visit");
    assertThat(p.event()).containsExactly("CONSULT");
  }

  @Test
  void agentsThatNeverSatTogetherGiveNoEvent() {
    // 2017: the foreign ministers met in one session, the defence ministers in another.
    assertThat(cameo("jp-ru-2plus2-2017")).containsExactly(
        "2017-03-20\tRUSGOV\tJPNGOV\t042\tjp-ru-2plus2-2017:1",
        "2017-03-20\tJPNGOV\tRUSGOV\t043\tjp-ru-2plus2-2017:2",
        "2017-03-20\tRUSGOVMIL\tJPNGOVMIL\t042\tjp-ru-2plus2-2017:3",
        "2017-03-20\tJPNGOVMIL\tRUSGOVMIL\t043\tjp-ru-2plus2-2017:4");
  }

  @Test
  void theAgentOfADefenceOfficeIsGovmilAndOfEveryOtherGov() {
    for (Office o : Office.values()) {
      assertThat(EventExport.agent(o)).as(o.id()).isEqualTo(
          o == Office.DEFENCE_MINISTER || o == Office.DEPUTY_DEFENCE_MINISTER ? "GOVMIL" : "GOV");
    }
  }

  @Test
  void aMeetingAtAThirdLocationIsCodedBothWaysWithBothPartiesAsActors() {
    assertThat(cameo("jp-ru-summit-beijing")).containsExactly(
        "2014-11-09\tJPNGOV\tRUSGOV\t044\tjp-ru-summit-beijing:1",
        "2014-11-09\tRUSGOV\tJPNGOV\t044\tjp-ru-summit-beijing:2");
    PloverEvent p = plover("jp-ru-summit-beijing");
    assertThat(p.actor()).containsExactly("JPN", "RUS");
    assertThat(p.recipient()).isEmpty();
    assertThat(p.mode()).containsExactly("third-party", "multilateral");
    assertThat(p.context()).containsExactly("diplomatic");
    assertThat(p.location()).containsExactly(Map.entry("city", "Beijing"),
        Map.entry("country", "China"), Map.entry("country_code", "CHN"));
    assertThat(p.toJson()).doesNotContain("\"recipient\"").doesNotContain("\"link\"");
  }

  @Test
  void aPhoneCallIsDiscussionByTelephoneInBothDirectionsAndPloversPhone() {
    assertThat(cameo("jp-ru-phone-call")).containsExactly(
        "2017-04-04\tJPNGOV\tRUSGOV\t041\tjp-ru-phone-call:1",
        "2017-04-04\tRUSGOV\tJPNGOV\t041\tjp-ru-phone-call:2");
    assertThat(EventExport.isRemote(get("jp-ru-phone-call"))).isTrue();
    PloverEvent p = plover("jp-ru-phone-call");
    assertThat(p.actor()).containsExactly("JPN", "RUS");
    assertThat(p.mode()).containsExactly("phone");
    assertThat(p.location()).as("each side sat where it was: no one location").isEmpty();
  }

  @Test
  void aMeetingByVideoIsRemoteLikeACall() {
    assertThat(EventExport.isRemote(get("jp-ru-by-video"))).isTrue();
    assertThat(cameo("jp-ru-by-video")).allMatch(row -> row.contains("\t041\t"));
    assertThat(plover("jp-ru-by-video").mode()).contains("phone");
    assertThat(plover("jp-ru-by-video").location()).isEmpty();
  }

  @Test
  void aMeetingWithoutAHostInAPartysOwnCountryIsConsultNotSpecifiedWithNoMode() {
    assertThat(cameo("jp-ru-video")).containsExactly(
        "2021-04-13\tJPNGOV\tRUSGOV\t040\tjp-ru-video:1",
        "2021-04-13\tRUSGOV\tJPNGOV\t040\tjp-ru-video:2");
    PloverEvent p = plover("jp-ru-video");
    assertThat(p.mode()).isEmpty();
    assertThat(p.toJson()).doesNotContain("\"mode\"");
  }

  @Test
  void aMeetingAtASummitOfStatesIsMultilateralBesideItsOtherMode() {
    assertThat(plover("jp-ru-summit-osaka").mode()).containsExactly("visit", "multilateral");
    assertThat(plover("jp-ru-summit-osaka").actor()).containsExactly("RUS");
    // CAMEO has no such distinction: the visit is coded as any other.
    assertThat(cameo("jp-ru-summit-osaka")).containsExactly(
        "2019-06-29\tRUSGOV\tJPNGOV\t042\tjp-ru-summit-osaka:1",
        "2019-06-29\tJPNGOV\tRUSGOV\t043\tjp-ru-summit-osaka:2");
    assertThat(plover("jp-ru-ahead").mode()).containsExactly("visit");
    assertThat(plover("jp-ru-forum").mode()).containsExactly("visit");
  }

  @Test
  void aMeetingKnownOnlyToTheMonthIsDatedByTheMonthsFirstAndLastDaysAndSaysSo() {
    CameoEvent e = EventExport.cameo(data, List.of(get("jp-ru-defence-2016-09"))).get(0);
    assertThat(e.toString())
        .isEqualTo("2016-09-01\tJPNGOVMIL\tRUSGOVMIL\t042\tjp-ru-defence-2016-09:1");
    assertThat(e.endDate()).isEqualTo(LocalDate.parse("2016-09-30"));
    assertThat(e.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(e.endPrecision()).isEqualTo(PartialDate.Precision.MONTH);
    PloverEvent p = plover("jp-ru-defence-2016-09");
    assertThat(p.date()).isEqualTo(LocalDate.parse("2016-09-01"));
    assertThat(p.endDate()).hasValue(LocalDate.parse("2016-09-30"));
    assertThat(p.datePrecision()).hasValue(PartialDate.Precision.MONTH);
    assertThat(p.toJson()).contains("\"date\":\"2016-09-01\",\"enddate\":\"2016-09-30\","
        + "\"date_precision\":\"month\",\"enddate_precision\":\"month\",\"actor\":");
    assertThat(plover("jp-ru-video").toJson()).doesNotContain("precision");
    assertThat(p.context()).containsExactly("diplomatic", "military");
    assertThat(EventExport.cameoCsv(List.of(e))).contains("\r\njp-ru-defence-2016-09:1,"
        + "jp-ru-defence-2016-09,2016-09-01,month,2016-09-30,month,JPNGOVMIL,JPN,GOVMIL,jp,"
        + "RUSGOVMIL,RUS,GOVMIL,ru,042,Make a visit,04,1,1.9\r\n");
  }

  @Test
  void aPloverRecordIsOneLineOfJsonInTheFieldsOfTheManualsDraft2() {
    assertThat(plover("jp-ru-2plus2-2013").toJson()).isEqualTo("{\"id\":\"jp-ru-2plus2-2013\","
        + "\"date\":\"2013-11-01\",\"enddate\":\"2013-11-02\","
        + "\"actor\":[{\"code\":\"RUS\",\"sector\":\"GOV\"}],"
        + "\"recipient\":[{\"code\":\"JPN\",\"sector\":\"GOV\"}],"
        + "\"event\":[\"CONSULT\"],"
        + "\"event_loc\":{\"city\":\"Tokyo\",\"country\":\"Japan\",\"country_code\":\"JPN\"},"
        + "\"quad_code\":1,\"mode\":[\"visit\"],\"context\":[\"diplomatic\",\"military\",\"territory\"],"
        + "\"link\":\"jp-ru-2plus2\","
        + "\"cite_info\":{\"corpus\":\"Parley test fixture\","
        + "\"citation\":\"Japan to host high-level meeting with Russian ministers. (2013, November 1)."
        + " South China Morning Post. http://www.scmp.com/news/asia/article/1344825/"
        + "japan-host-high-level-meeting-russian-ministers\","
        + "\"url\":\"http://www.scmp.com/news/asia/article/1344825/japan-host-high-level-meeting-russian-ministers\","
        + "\"title\":\"Japan to host high-level meeting with Russian ministers\",\"language\":\"en\","
        + "\"publication\":\"South China Morning Post\",\"codebook\":\"plover-2.0-draft-2024-02\","
        + "\"version\":\"2026.1\"},"
        + "\"comment\":\"format: two-plus-two\"}");
  }

  /** A JSON object's field names, in order, with each field's value as a parser positioned on it. */
  private static Map<String, String> fields(JsonParser p) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    assertThat(p.currentToken()).isEqualTo(JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      out.put(name, t.isScalarValue() ? p.getText() : t.name());
      p.skipChildren();
    }
    return out;
  }

  @Test
  void everyRecordOfTheBundledDataUsesOnlyTheManualsFieldsAndValues() throws Exception {
    Dataset bundled = Parley.bundled().dataset();
    String lines = EventExport.ploverJsonLines(EventExport.plover(bundled));
    String[] each = lines.split("\n", -1);
    assertThat(each).hasSize(bundled.meetings().size() + 1);
    assertThat(each[each.length - 1]).isEmpty();
    JsonFactory json = new JsonFactory();
    for (int i = 0; i < bundled.meetings().size(); i++) {
      Set<String> top = new LinkedHashSet<>();
      try (JsonParser p = json.createParser(new StringReader(each[i]))) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          top.add(name);
          JsonToken t = p.nextToken();
          if (name.equals("actor") || name.equals("recipient")) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              assertThat(ENTITY_FIELDS).containsAll(fields(p).keySet());
            }
          } else if (name.equals("event_loc")) {
            assertThat(LOCATION_FIELDS).containsAll(fields(p).keySet());
          } else if (name.equals("cite_info")) {
            Map<String, String> cite = fields(p);
            assertThat(CITATION_FIELDS).containsAll(cite.keySet());
            assertThat(cite).containsEntry("codebook", PloverEvent.CODEBOOK);
          } else if (name.equals("mode")) {
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              assertThat(MODES).contains(p.getText());
            }
          } else if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
            p.skipChildren();
          }
        }
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        assertThat(p.nextToken()).isNull();
      }
      assertThat(PLOVER_FIELDS).as(each[i]).containsAll(top);
      assertThat(top).contains("id", "date", "actor", "event", "context", "cite_info");
    }
    // The names of draft 0.7b1 are gone.
    assertThat(lines).doesNotContain("\"source\"", "\"country code\"", "\"cc3\"", "\"name\":",
        "\"resource\"");
  }

  @Test
  void theBundledMeetingsAtSummitsOfStatesAreMultilateral() {
    Dataset bundled = Parley.bundled().dataset();
    List<String> multilateral = new ArrayList<>();
    for (PloverEvent e : EventExport.plover(bundled)) {
      if (e.mode().contains("multilateral")) {
        multilateral.add(e.id());
      }
    }
    // G8, G20, APEC and the UN General Assembly; ASEM, the East Asia Summit, the Asian-African
    // Summit, two trilateral summits and a G7 foreign ministers' meeting.
    assertThat(multilateral).containsExactlyInAnyOrder("jp-ru-summit-2013-06-17",
        "jp-ru-summit-2013-09-05", "jp-ru-summit-2013-10-07", "jp-ru-summit-2014-10-17",
        "jp-ru-summit-2014-11-09", "jp-ru-summit-2015-09-28", "jp-ru-summit-2015-11-15",
        "jp-ru-summit-2016-11-19", "jp-ru-summit-2017-07-07", "jp-ru-summit-2017-11-10",
        "jp-ru-summit-2018-11-14", "jp-ru-summit-2018-12-01", "jp-ru-summit-2019-06-29",
        "cn-jp-summit-2015-04-22", "cn-jp-summit-2016-09-05", "cn-jp-summit-2017-11-11",
        "cn-jp-summit-2023-11-16", "cn-jp-summit-2024-11-15", "cn-jp-summit-2025-10-31",
        "jp-kr-summit-2015-11-02", "jp-kr-summit-2022-09", "jp-kr-summit-2017-07-07",
        "jp-kr-summit-2025-10-30", "jp-gb-2plus2-2023",
        // At APEC in Bangkok, the ASEAN-related summits in Phnom Penh and Vientiane, the G7 in
        // Kananaskis: held in countries that entered the data in 2027.1.
        "cn-jp-summit-2022-11-17", "jp-kr-summit-2022-11-13", "jp-kr-summit-2024-10-10",
        "jp-kr-summit-2025-06-17");
    // Held ahead of, a day before or after a summit, or at a forum that is not one of states.
    Parley parley = Parley.bundled();
    for (String id : List.of("jp-ru-2plus2-2019", "cn-jp-summit-2014-11-10",
        "cn-jp-summit-2019-06-27", "jp-kr-summit-2018-05-09", "jp-ru-summit-2016-09-02",
        "jp-ru-foreign-ministers-2020-02-15")) {
      assertThat(EventExport.isMultilateral(parley.meetings().get(id))).as(id).isFalse();
    }
  }

  @Test
  void cameoCsvIsReadBackWithTheCodeAsTextAndEveryColumnFilled() throws Exception {
    List<CameoEvent> events = EventExport.cameo(data);
    String csv = EventExport.cameoCsv(events);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser p = CSVParser.parse(new StringReader(csv), format)) {
      assertThat(p.getHeaderNames()).containsExactly("id", "meeting", "date", "date_precision",
          "end_date", "end_date_precision", "source", "source_iso3c", "source_agent",
          "source_country", "target", "target_iso3c", "target_agent", "target_country",
          "cameo_code", "cameo_name", "root_code", "quad_class", "goldstein");
      List<CSVRecord> rows = p.getRecords();
      assertThat(rows).hasSize(events.size());
      for (int i = 0; i < rows.size(); i++) {
        CSVRecord r = rows.get(i);
        CameoEvent e = events.get(i);
        assertThat(r.get("id")).isEqualTo(e.id());
        assertThat(r.get("cameo_code")).isEqualTo(e.code().code()).startsWith("04");
        assertThat(r.get("cameo_name")).isEqualTo(e.code().label());
        assertThat(r.get("source")).isEqualTo(e.source())
            .isEqualTo(r.get("source_iso3c") + r.get("source_agent"));
        assertThat(r.get("root_code")).isEqualTo("04");
        assertThat(r.get("quad_class")).isEqualTo("1");
        assertThat(Double.parseDouble(r.get("goldstein"))).isEqualTo(e.code().goldstein());
        r.toMap().forEach((k, v) -> assertThat(v).as(k).isNotEmpty());
      }
      assertThat(rows).anySatisfy(r -> assertThat(r.get("cameo_name"))
          .isEqualTo("Meet at a \"third\" location"));
    }
  }

  @Test
  void theGoldsteinScoresAreTheCameoScales() {
    assertThat(CameoCode.all()).extracting(c -> c.code() + "=" + c.goldstein()).containsExactly(
        "040=1.0", "041=1.0", "042=1.9", "043=2.8", "044=2.5", "045=5.0", "046=7.0");
    assertThat(CameoCode.all()).allSatisfy(c -> {
      assertThat(c.rootCode()).isEqualTo("04");
      assertThat(c.quadClass()).isEqualTo(1);
    });
  }

  @Test
  void aMeetingWhosePartyIsNotInTheDatasetIsRefused() {
    Meeting elsewhere = Meeting.builder().id("jp-us-summit").addParties("jp", "us")
        .format(MeetingFormat.SUMMIT).span(DateSpan.of(PartialDate.parse("2017-02-10")))
        .place(Place.of("Washington", "us")).host("us").addCitations(Citation.of("x")).build();
    assertThatThrownBy(() -> EventExport.cameo(data, List.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting jp-us-summit: no country with id \"us\" in the dataset");
    assertThatThrownBy(() -> EventExport.plover(data, List.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBundledMeetingsGiveReciprocalCameoEventsWithUniqueIdsAndOnePloverRecordEach() {
    Dataset bundled = Parley.bundled().dataset();
    List<CameoEvent> cameo = EventExport.cameo(bundled);
    assertThat(cameo.size()).isEven().isGreaterThanOrEqualTo(2 * bundled.meetings().size());
    assertThat(cameo).extracting(CameoEvent::id).doesNotHaveDuplicates();
    Map<CameoCode, Integer> byCode = new EnumMap<>(CameoCode.class);
    cameo.forEach(e -> byCode.merge(e.code(), 1, Integer::sum));
    assertThat(byCode.get(CameoCode.MAKE_A_VISIT)).isEqualTo(byCode.get(CameoCode.HOST_A_VISIT));
    assertThat(byCode).doesNotContainKeys(CameoCode.MEDIATE, CameoCode.ENGAGE_IN_NEGOTIATION);
    for (int i = 0; i < cameo.size(); i += 2) {
      CameoEvent a = cameo.get(i);
      CameoEvent b = cameo.get(i + 1);
      assertThat(a.meeting()).isEqualTo(b.meeting());
      assertThat(a.source()).isEqualTo(b.target());
      assertThat(a.target()).isEqualTo(b.source());
    }
    Set<String> meetings = new LinkedHashSet<>();
    cameo.forEach(e -> meetings.add(e.meeting()));
    assertThat(meetings).hasSize(bundled.meetings().size());
    // Defence ministers are GOVMIL on both sides of the 2+2s.
    assertThat(cameo).anySatisfy(e -> assertThat(e.source()).isEqualTo("JPNGOVMIL"));
    Parley parley = Parley.bundled();
    assertThat(EventExport.cameo(bundled, List.of(parley.meetings().get("jp-ru-summit-2013-06-17"))))
        .extracting(CameoEvent::code).containsOnly(CameoCode.MEET_AT_THIRD_LOCATION);
    List<PloverEvent> rounds = EventExport.plover(bundled,
        parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list());
    assertThat(rounds).extracting(PloverEvent::id).containsExactly("jp-ru-2plus2-2013",
        "jp-ru-2plus2-2017", "jp-ru-2plus2-2018", "jp-ru-2plus2-2019");
    // Moscow hosted the third round, Tokyo the others: the visitor is the actor.
    assertThat(rounds).extracting(r -> r.actor().get(0) + ">" + r.recipient().get(0))
        .containsExactly("RUS>JPN", "RUS>JPN", "JPN>RUS", "RUS>JPN");
    assertThat(EventExport.plover(bundled)).hasSize(bundled.meetings().size())
        .allSatisfy(r -> assertThat(r.citeInfo()).containsKeys("corpus", "citation", "codebook",
            "version"));
  }
}
