package io.parley.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.parley.internal.csv.Csv;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.ReferenceStyle;
import io.parley.model.Source;
import io.parley.model.Topic;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Exports meetings as event data: as CAMEO-coded events and as PLOVER event records, for joining
 * with machine-coded datasets such as ICEWS, GDELT, Phoenix or POLECAT.
 *
 * <pre>{@code
 * Dataset d = Parley.bundled().dataset();
 * String cameo = EventExport.cameoCsv(EventExport.cameo(d));          // every meeting, as CSV
 * for (PloverEvent e : EventExport.plover(d, parley.meetings().inSeries("jp-ru-2plus2").list())) {
 *   System.out.println(e.toJson());                                   // JSON Lines
 * }
 * }</pre>
 *
 * <h2>The mapping</h2>
 *
 * <p>Each meeting gives two CAMEO events, one in each direction, and one PLOVER record. Which
 * CAMEO code, which actors and which PLOVER mode depend on how the parties met, as the meeting
 * record says (its format, its host, and the country of its place). Parties A and B are the
 * meeting's two parties in the order the record gives them.
 *
 * <table class="striped">
 * <caption>Meetings as CAMEO events and PLOVER records</caption>
 * <thead>
 * <tr><th scope="col">the meeting</th><th scope="col">CAMEO events (source, code,
 * target)</th><th scope="col">PLOVER source</th><th scope="col">PLOVER
 * recipient</th><th scope="col">PLOVER mode</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">a phone call (format {@code phone-call})</th><td>A 041 B; B 041 A</td>
 * <td>A, B</td><td>none</td><td>{@code phone}</td></tr>
 * <tr><th scope="row">hosted by H, visited by V</th><td>V 042 H; H 043 V</td><td>V</td>
 * <td>H</td><td>{@code visit}</td></tr>
 * <tr><th scope="row">no host, held in a third country</th><td>A 044 B; B 044 A</td>
 * <td>A, B</td><td>none</td><td>{@code third-party}</td></tr>
 * <tr><th scope="row">no host, held in A's or B's country</th><td>A 040 B; B 040 A</td>
 * <td>A, B</td><td>none</td><td>none</td></tr>
 * </tbody>
 * </table>
 *
 * <p><b>Who is actor and who is recipient at a host-country meeting.</b> The visitor is the
 * source actor of CAMEO 042 (Make a visit) and the host the source of 043 (Host a visit), each
 * with the other as target, so that a visit gives one event of each, as the PLOVER codebook's
 * example of how CAMEO coders treat "President Obama met with Japanese Prime Minister Abe at the
 * White House" shows ({@code JAP USA 042}, {@code USA JAP 043}). PLOVER codes the same visit once:
 * "in events where one side is hosting and one is visiting, the visitor will always be coded as
 * the source actor and the host will be the recipient", with the mode {@code visit} ("source
 * actor is visiting, recipient is hosting"). Where there is no such distinction (a phone call, a
 * meeting at a third location) "all participants are coded as source actors" and there is no
 * recipient.
 *
 * <p><b>Choices this mapping makes</b>, where the codebooks leave them open:
 *
 * <ul>
 *   <li>A meeting at a third location and a phone call give the symmetric code in both
 *       directions (A 044 B and B 044 A), as CAMEO coders generate reciprocal events for
 *       meetings. Who placed a call is not recorded, so neither side is the caller.
 *   <li>A meeting without a host held in one party's own country (such as a 2+2 held by video
 *       conference) is coded 040 (Consult, not specified below) with no PLOVER mode: the record
 *       does not say who hosted, and the mapping does not guess.
 *   <li>A meeting on the sidelines of a multilateral summit keeps the mode its host gives it
 *       ({@code visit} or {@code third-party}); the mode {@code multilateral} is not used, since
 *       the occasion is free text.
 *   <li>045 (Mediate) and 046 (Engage in negotiation) are not produced: the dataset records that
 *       a meeting took place, not what kind of talks it held.
 *   <li>Actors are states, written as ISO 3166-1 alpha-3 codes (CAMEO's state codes follow ISO
 *       3166-1 alpha-3, and PLOVER asks for them); a former state has the code it had. The
 *       PLOVER actors carry the sector {@code GOV}, since every participant is a member of a
 *       government.
 *   <li>Dates: a CAMEO event and a PLOVER record are dated by the meeting's first day, and also
 *       carry its last day ({@code end_date}, PLOVER's {@code enddate}). A meeting known only to
 *       the month or year is dated by the first and last days of that month or year, and the CAMEO
 *       CSV says so in {@code date_precision}.
 *   <li>PLOVER context: {@code diplomatic} for every meeting; {@code military} as well for a 2+2
 *       or a defence ministers' meeting; {@code resource} ("territory and natural resources")
 *       as well when a topic on the meeting's agenda is about a territory.
 * </ul>
 *
 * <p>Sources: P. A. Schrodt, <i>CAMEO Conflict and Mediation Event Observations Event and Actor
 * Codebook</i>, version 1.1b3, Pennsylvania State University, 2012 ({@code
 * http://eventdata.parusanalytics.com/data.dir/cameo.html}), codes 040 to 046; Open Event Data
 * Alliance, <i>PLOVER: Political Language Ontology for Verifiable Event Records</i>, draft
 * version 0.7b1 ({@code https://github.com/openeventdata/PLOVER}, {@code PLOVER_MANUAL.tex}):
 * "CONSULT" and its table of modes, "Compound and Reciprocal Actors", "JSON Data Fields", the
 * table of general contexts and the list of CAMEO event codes; and the same repository's
 * {@code CAMEO2PLOVER-2021.txt}, which maps 041 to {@code phone}, 042 to {@code visit} and 044
 * to {@code third-party}.
 *
 * @since 0.1.0
 */
public final class EventExport {
  private EventExport() {}

  /**
   * Every meeting of the dataset as CAMEO events, two per meeting, in the dataset's order of
   * meetings.
   *
   * @param dataset the dataset
   * @return the events
   * @since 0.1.0
   */
  public static ImmutableList<CameoEvent> cameo(Dataset dataset) {
    return cameo(dataset, checkNotNull(dataset, "dataset").meetings());
  }

  /**
   * The given meetings as CAMEO events, two per meeting, in the order given.
   *
   * @param dataset the dataset the meetings are from, for their countries
   * @param meetings the meetings
   * @return the events
   * @throws IllegalArgumentException if a party of a meeting is not in the dataset
   * @since 0.1.0
   */
  public static ImmutableList<CameoEvent> cameo(Dataset dataset, Iterable<Meeting> meetings) {
    Lookup lookup = new Lookup(checkNotNull(dataset, "dataset"));
    ImmutableList.Builder<CameoEvent> out = ImmutableList.builder();
    for (Meeting m : checkNotNull(meetings, "meetings")) {
      Country a = lookup.country(m, m.parties().get(0));
      Country b = lookup.country(m, m.parties().get(1));
      switch (how(m)) {
        case PHONE:
          out.add(cameo(m, a, b, CameoCode.DISCUSS_BY_TELEPHONE));
          out.add(cameo(m, b, a, CameoCode.DISCUSS_BY_TELEPHONE));
          break;
        case VISIT:
          Country host = m.host().get().equals(a.id()) ? a : b;
          Country visitor = host == a ? b : a;
          out.add(cameo(m, visitor, host, CameoCode.MAKE_A_VISIT));
          out.add(cameo(m, host, visitor, CameoCode.HOST_A_VISIT));
          break;
        case THIRD_LOCATION:
          out.add(cameo(m, a, b, CameoCode.MEET_AT_THIRD_LOCATION));
          out.add(cameo(m, b, a, CameoCode.MEET_AT_THIRD_LOCATION));
          break;
        default:
          out.add(cameo(m, a, b, CameoCode.CONSULT));
          out.add(cameo(m, b, a, CameoCode.CONSULT));
      }
    }
    return out.build();
  }

  private static CameoEvent cameo(Meeting m, Country source, Country target, CameoCode code) {
    return new CameoEvent(m.id(), m.span().firstDay(), m.span().lastDay().orElseThrow(),
        m.span().start().precision(), source.alpha3(), target.alpha3(), source.id(), target.id(),
        code);
  }

  /**
   * Every meeting of the dataset as a PLOVER record, in the dataset's order of meetings.
   *
   * @param dataset the dataset
   * @return the records
   * @since 0.1.0
   */
  public static ImmutableList<PloverEvent> plover(Dataset dataset) {
    return plover(dataset, checkNotNull(dataset, "dataset").meetings());
  }

  /**
   * The given meetings as PLOVER records, one per meeting, in the order given.
   *
   * @param dataset the dataset the meetings are from, for their countries, topics and sources
   * @param meetings the meetings
   * @return the records
   * @throws IllegalArgumentException if a party or the place of a meeting is not in the dataset
   * @since 0.1.0
   */
  public static ImmutableList<PloverEvent> plover(Dataset dataset, Iterable<Meeting> meetings) {
    Lookup lookup = new Lookup(checkNotNull(dataset, "dataset"));
    ImmutableList.Builder<PloverEvent> out = ImmutableList.builder();
    for (Meeting m : checkNotNull(meetings, "meetings")) {
      Country a = lookup.country(m, m.parties().get(0));
      Country b = lookup.country(m, m.parties().get(1));
      ImmutableList<String> source = ImmutableList.of(a.alpha3(), b.alpha3());
      ImmutableList<String> recipient = ImmutableList.of();
      ImmutableList<String> mode = ImmutableList.of();
      switch (how(m)) {
        case PHONE:
          mode = ImmutableList.of("phone");
          break;
        case VISIT:
          Country host = m.host().get().equals(a.id()) ? a : b;
          Country visitor = host == a ? b : a;
          source = ImmutableList.of(visitor.alpha3());
          recipient = ImmutableList.of(host.alpha3());
          mode = ImmutableList.of("visit");
          break;
        case THIRD_LOCATION:
          mode = ImmutableList.of("third-party");
          break;
        default:
          break;
      }
      ImmutableList.Builder<String> context = ImmutableList.<String>builder().add("diplomatic");
      if (m.format() == MeetingFormat.TWO_PLUS_TWO || m.format() == MeetingFormat.DEFENCE_MINISTERS) {
        context.add("military");
      }
      if (lookup.aboutTerritory(m)) {
        context.add("resource");
      }
      ImmutableMap.Builder<String, String> location = ImmutableMap.builder();
      if (m.place().isPresent()) { // a remote meeting has no one location
        Country place = lookup.country(m, m.place().get().country());
        m.place().get().city().ifPresent(c -> location.put("name", c));
        location.put("country code", place.alpha2()).put("cc3", place.alpha3());
      }
      LocalDate first = m.span().firstDay();
      LocalDate last = m.span().lastDay().orElseThrow();
      String comment = "format: " + m.format().id() + m.occasion().map(o -> "; occasion: " + o)
          .orElse("");
      out.add(new PloverEvent(m.id(), first, last.equals(first) ? Optional.empty() : Optional.of(last),
          source, recipient, mode, context.build(), location.build(), m.series(),
          lookup.citeInfo(m), comment));
    }
    return out.build();
  }

  /**
   * CAMEO events as CSV (RFC 4180, as {@link CsvExport} writes) with a header row and these
   * columns: {@code meeting} (its id), {@code date}, {@code end_date}, {@code date_precision},
   * {@code source}, {@code target} (ISO 3166-1 alpha-3 codes), {@code cameo_code} (three digits:
   * read it as text to keep the leading zero), {@code cameo_name}, {@code source_country} and
   * {@code target_country} (the dataset's country ids).
   *
   * @param events the events
   * @return the CSV text
   * @since 0.1.0
   */
  public static String cameoCsv(Iterable<CameoEvent> events) {
    StringBuilder b = new StringBuilder(4096);
    Csv.record(b, List.of("meeting", "date", "end_date", "date_precision", "source", "target",
        "cameo_code", "cameo_name", "source_country", "target_country"));
    for (CameoEvent e : checkNotNull(events, "events")) {
      Csv.record(b, List.of(e.meeting(), e.date().toString(), e.endDate().toString(),
          e.precision().name().toLowerCase(Locale.ROOT), e.source(), e.target(),
          e.code().code(), e.code().label(), e.sourceCountry(), e.targetCountry()));
    }
    return b.toString();
  }

  /**
   * PLOVER records as JSON Lines: each record's {@link PloverEvent#toJson()} followed by a line
   * feed.
   *
   * @param events the records
   * @return the text
   * @since 0.1.0
   */
  public static String ploverJsonLines(Iterable<PloverEvent> events) {
    StringBuilder b = new StringBuilder(4096);
    for (PloverEvent e : checkNotNull(events, "events")) {
      b.append(e.toJson()).append('\n');
    }
    return b.toString();
  }

  private enum How {
    PHONE,
    VISIT,
    THIRD_LOCATION,
    UNSPECIFIED
  }

  private static How how(Meeting m) {
    if (m.format() == MeetingFormat.PHONE_CALL || m.mode().isRemote()) {
      return How.PHONE; // PLOVER's phone mode covers any remote medium
    }
    if (m.host().isPresent()) {
      return How.VISIT;
    }
    return m.involves(m.place().orElseThrow().country()) ? How.UNSPECIFIED : How.THIRD_LOCATION;
  }

  /** The dataset's countries, sources and topics by id. */
  private static final class Lookup {
    private final Dataset dataset;
    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Topic> topics = new HashMap<>();

    Lookup(Dataset dataset) {
      this.dataset = dataset;
      dataset.countries().forEach(c -> countries.put(c.id(), c));
      dataset.sources().forEach(s -> sources.put(s.id(), s));
      dataset.topics().forEach(t -> topics.put(t.id(), t));
    }

    Country country(Meeting m, String id) {
      Country c = countries.get(id);
      checkArgument(c != null, "meeting %s: no country with id \"%s\" in the dataset", m.id(), id);
      return c;
    }

    boolean aboutTerritory(Meeting m) {
      for (String t : m.topics()) {
        Topic topic = topics.get(t);
        if (topic != null && topic.territory().isPresent()) {
          return true;
        }
      }
      return false;
    }

    ImmutableMap<String, String> citeInfo(Meeting m) {
      ImmutableMap.Builder<String, String> info = ImmutableMap.builder();
      info.put("corpus", dataset.manifest().title());
      Optional<Source> first = m.citations().isEmpty()
          ? Optional.empty()
          : Optional.ofNullable(sources.get(m.citations().get(0).source()));
      if (first.isPresent()) {
        Source s = first.get();
        info.put("citation", s.reference(ReferenceStyle.APA));
        s.url().ifPresent(u -> info.put("url", u));
        s.headline().ifPresent(h -> info.put("title", h));
        String language = s.language().split("-", 2)[0];
        if (language.length() == 2) {
          info.put("language", language.toLowerCase(Locale.ROOT));
        }
        info.put("publication", s.publisher() + s.via().map(v -> ", via " + v).orElse(""));
      }
      info.put("version", dataset.manifest().dataVersion());
      return info.build();
    }
  }
}
