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
import io.parley.model.PartialDate;
import io.parley.model.Place;
import io.parley.testing.Fixtures;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
  /** The JSON fields of the PLOVER specification that a record may use. */
  private static final Set<String> PLOVER_FIELDS = Set.of("id", "has_event", "date", "time",
      "enddate", "endtime", "source", "recipient", "event", "event_loc", "event_text", "quad_code",
      "event_scale", "mode", "context", "link", "text", "text_info", "cite_info", "coder",
      "coded_date", "coded_time", "comment");

  static Dataset data;

  @BeforeAll
  static void load() throws Exception {
    Parley fixture = Parley.load(Fixtures.small());
    data = Parley.builder().addAll(fixture)
        // At a third location: hosted by neither party.
        .add(meeting("jp-ru-summit-beijing", MeetingFormat.SUMMIT, "2014-11-09", "2014-11-09",
            Place.of("Beijing", "cn"), null))
        .add(meeting("jp-ru-phone-call", MeetingFormat.PHONE_CALL, "2017-04-04", "2017-04-04",
            null, null))
        // No host, in one party's country: a video conference, say.
        .add(meeting("jp-ru-video", MeetingFormat.FOREIGN_MINISTERS, "2021-04-13", "2021-04-13",
            Place.of("Tokyo", "jp"), null))
        // Known only to the month, hosted by Russia.
        .add(meeting("jp-ru-defence-2016-09", MeetingFormat.DEFENCE_MINISTERS, "2016-09", "2016-09",
            Place.of("Moscow", "ru"), "ru"))
        .build()
        .dataset();
  }

  private static Meeting meeting(String id, MeetingFormat format, String start, String end,
      @org.jspecify.annotations.Nullable Place place, String host) {
    Meeting.Builder b = Meeting.builder().id(id).addParties("jp", "ru").format(format)
        .span(DateSpan.of(PartialDate.parse(start), PartialDate.parse(end)))
        .addCitations(Citation.of("scmp-2013-11-01"));
    if (place == null) { // a call: each side where it sat
      b.mode(io.parley.model.MeetingMode.TELEPHONE);
    } else {
      b.place(place);
    }
    if (host != null) {
      b.host(host);
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
  void aHostedVisitIsTheVisitorMakingAVisitAndTheHostHostingIt() {
    assertThat(cameo("jp-ru-2plus2-2013")).containsExactly(
        "2013-11-01\tRUS\tJPN\t042\tjp-ru-2plus2-2013",
        "2013-11-01\tJPN\tRUS\t043\tjp-ru-2plus2-2013");
    CameoEvent visit = EventExport.cameo(data, List.of(get("jp-ru-2plus2-2013"))).get(0);
    assertThat(visit.code()).isEqualTo(CameoCode.MAKE_A_VISIT);
    assertThat(visit.sourceCountry()).isEqualTo("ru");
    assertThat(visit.targetCountry()).isEqualTo("jp");
    assertThat(visit.endDate()).isEqualTo(LocalDate.parse("2013-11-02"));
    assertThat(visit.precision()).isEqualTo(PartialDate.Precision.DAY);
    PloverEvent p = plover("jp-ru-2plus2-2013");
    assertThat(p.source()).containsExactly("RUS");
    assertThat(p.recipient()).containsExactly("JPN");
    assertThat(p.mode()).containsExactly("visit");
    assertThat(p.event()).containsExactly("CONSULT");
  }

  @Test
  void aMeetingAtAThirdLocationIsCodedBothWaysWithBothPartiesAsSources() {
    assertThat(cameo("jp-ru-summit-beijing")).containsExactly(
        "2014-11-09\tJPN\tRUS\t044\tjp-ru-summit-beijing",
        "2014-11-09\tRUS\tJPN\t044\tjp-ru-summit-beijing");
    PloverEvent p = plover("jp-ru-summit-beijing");
    assertThat(p.source()).containsExactly("JPN", "RUS");
    assertThat(p.recipient()).isEmpty();
    assertThat(p.mode()).containsExactly("third-party");
    assertThat(p.context()).containsExactly("diplomatic");
    assertThat(p.location()).containsExactly(Map.entry("name", "Beijing"),
        Map.entry("country code", "CN"), Map.entry("cc3", "CHN"));
    assertThat(p.toJson()).doesNotContain("\"recipient\"").doesNotContain("\"link\"");
  }

  @Test
  void aPhoneCallIsDiscussionByTelephoneInBothDirections() {
    assertThat(cameo("jp-ru-phone-call")).containsExactly(
        "2017-04-04\tJPN\tRUS\t041\tjp-ru-phone-call",
        "2017-04-04\tRUS\tJPN\t041\tjp-ru-phone-call");
    PloverEvent p = plover("jp-ru-phone-call");
    assertThat(p.source()).containsExactly("JPN", "RUS");
    assertThat(p.mode()).containsExactly("phone");
    assertThat(p.location()).as("a call has no one location").isEmpty();
  }

  @Test
  void aMeetingWithoutAHostInAPartysOwnCountryIsConsultNotSpecifiedWithNoMode() {
    assertThat(cameo("jp-ru-video")).containsExactly(
        "2021-04-13\tJPN\tRUS\t040\tjp-ru-video",
        "2021-04-13\tRUS\tJPN\t040\tjp-ru-video");
    PloverEvent p = plover("jp-ru-video");
    assertThat(p.mode()).isEmpty();
    assertThat(p.toJson()).doesNotContain("\"mode\"");
  }

  @Test
  void aMeetingKnownOnlyToTheMonthIsDatedByTheMonthsFirstAndLastDays() {
    CameoEvent e = EventExport.cameo(data, List.of(get("jp-ru-defence-2016-09"))).get(0);
    assertThat(e.toString()).isEqualTo("2016-09-01\tJPN\tRUS\t042\tjp-ru-defence-2016-09");
    assertThat(e.endDate()).isEqualTo(LocalDate.parse("2016-09-30"));
    assertThat(e.precision()).isEqualTo(PartialDate.Precision.MONTH);
    PloverEvent p = plover("jp-ru-defence-2016-09");
    assertThat(p.date()).isEqualTo(LocalDate.parse("2016-09-01"));
    assertThat(p.endDate()).hasValue(LocalDate.parse("2016-09-30"));
    assertThat(p.context()).containsExactly("diplomatic", "military");
    assertThat(EventExport.cameoCsv(List.of(e)))
        .contains("\r\njp-ru-defence-2016-09,2016-09-01,2016-09-30,month,JPN,RUS,042,Make a visit,jp,ru\r\n");
  }

  @Test
  void aPloverRecordIsOneLineOfJsonInTheSpecificationsFields() {
    assertThat(plover("jp-ru-2plus2-2013").toJson()).isEqualTo("{\"id\":\"jp-ru-2plus2-2013\","
        + "\"date\":\"2013-11-01\",\"enddate\":\"2013-11-02\","
        + "\"source\":[{\"code\":\"RUS\",\"sector\":\"GOV\"}],"
        + "\"recipient\":[{\"code\":\"JPN\",\"sector\":\"GOV\"}],"
        + "\"event\":[\"CONSULT\"],"
        + "\"event_loc\":{\"name\":\"Tokyo\",\"country code\":\"JP\",\"cc3\":\"JPN\"},"
        + "\"quad_code\":1,\"mode\":[\"visit\"],\"context\":[\"diplomatic\",\"military\",\"resource\"],"
        + "\"link\":\"jp-ru-2plus2\","
        + "\"cite_info\":{\"corpus\":\"Parley test fixture\","
        + "\"citation\":\"Japan to host high-level meeting with Russian ministers. (2013, November 1)."
        + " South China Morning Post. http://www.scmp.com/news/asia/article/1344825/"
        + "japan-host-high-level-meeting-russian-ministers\","
        + "\"url\":\"http://www.scmp.com/news/asia/article/1344825/japan-host-high-level-meeting-russian-ministers\","
        + "\"title\":\"Japan to host high-level meeting with Russian ministers\",\"language\":\"en\","
        + "\"publication\":\"South China Morning Post\",\"version\":\"2026.1\"},"
        + "\"comment\":\"format: two-plus-two\"}");
  }

  @Test
  void jsonLinesParseAndUseOnlyPloverFields() throws Exception {
    String lines = EventExport.ploverJsonLines(EventExport.plover(data));
    String[] each = lines.split("\n", -1);
    assertThat(each).hasSize(data.meetings().size() + 1);
    assertThat(each[each.length - 1]).isEmpty();
    JsonFactory json = new JsonFactory();
    for (int i = 0; i < data.meetings().size(); i++) {
      Set<String> fields = new LinkedHashSet<>();
      try (JsonParser p = json.createParser(new StringReader(each[i]))) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          fields.add(p.currentName());
          p.nextToken();
          p.skipChildren();
        }
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        assertThat(p.nextToken()).isNull();
      }
      assertThat(PLOVER_FIELDS).containsAll(fields);
      assertThat(fields).contains("id", "date", "source", "event", "context", "cite_info");
    }
  }

  @Test
  void cameoCsvIsReadBackWithTheCodeAsText() throws Exception {
    List<CameoEvent> events = EventExport.cameo(data);
    String csv = EventExport.cameoCsv(events);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser p = CSVParser.parse(new StringReader(csv), format)) {
      assertThat(p.getHeaderNames()).containsExactly("meeting", "date", "end_date",
          "date_precision", "source", "target", "cameo_code", "cameo_name", "source_country",
          "target_country");
      List<CSVRecord> rows = p.getRecords();
      assertThat(rows).hasSize(events.size());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).get("cameo_code")).isEqualTo(events.get(i).code().code());
        assertThat(rows.get(i).get("cameo_name")).isEqualTo(events.get(i).code().label());
        assertThat(rows.get(i).get("source")).isEqualTo(events.get(i).source());
      }
      assertThat(rows).anySatisfy(r -> assertThat(r.get("cameo_name"))
          .isEqualTo("Meet at a \"third\" location"));
    }
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
  void theBundledMeetingsGiveTwoCameoEventsAndOnePloverRecordEach() {
    Dataset bundled = Parley.bundled().dataset();
    List<CameoEvent> cameo = EventExport.cameo(bundled);
    assertThat(cameo).hasSize(2 * bundled.meetings().size());
    Map<CameoCode, Integer> byCode = new EnumMap<>(CameoCode.class);
    cameo.forEach(e -> byCode.merge(e.code(), 1, Integer::sum));
    long hosted = bundled.meetings().stream()
        .filter(m -> m.host().isPresent() && m.format() != MeetingFormat.PHONE_CALL).count();
    assertThat(byCode.get(CameoCode.MAKE_A_VISIT)).isEqualTo((int) hosted);
    assertThat(byCode.get(CameoCode.HOST_A_VISIT)).isEqualTo((int) hosted);
    assertThat(byCode).doesNotContainKeys(CameoCode.MEDIATE, CameoCode.ENGAGE_IN_NEGOTIATION);
    for (int i = 0; i < bundled.meetings().size(); i++) {
      CameoEvent a = cameo.get(2 * i);
      CameoEvent b = cameo.get(2 * i + 1);
      assertThat(a.meeting()).isEqualTo(bundled.meetings().get(i).id()).isEqualTo(b.meeting());
      assertThat(a.source()).isEqualTo(b.target());
      assertThat(a.target()).isEqualTo(b.source());
    }
    Parley parley = Parley.bundled();
    assertThat(EventExport.cameo(bundled, List.of(parley.meetings().get("jp-ru-summit-2013-06-17"))))
        .extracting(CameoEvent::code).containsOnly(CameoCode.MEET_AT_THIRD_LOCATION);
    List<PloverEvent> rounds = EventExport.plover(bundled,
        parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list());
    assertThat(rounds).extracting(PloverEvent::id).containsExactly("jp-ru-2plus2-2013",
        "jp-ru-2plus2-2017", "jp-ru-2plus2-2018", "jp-ru-2plus2-2019");
    // Moscow hosted the third round, Tokyo the others: the visitor is the source.
    assertThat(rounds).extracting(r -> r.source().get(0) + ">" + r.recipient().get(0))
        .containsExactly("RUS>JPN", "RUS>JPN", "JPN>RUS", "RUS>JPN");
    assertThat(EventExport.plover(bundled)).hasSize(bundled.meetings().size())
        .allSatisfy(r -> assertThat(r.citeInfo()).containsKeys("corpus", "citation", "version"));
  }
}
