package io.parley.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.parley.internal.csv.Column;
import io.parley.internal.csv.CsvTable;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Office;
import io.parley.model.PartialDate;
import io.parley.model.Participant;
import io.parley.model.ReferenceStyle;
import io.parley.model.Session;
import io.parley.model.Source;
import io.parley.model.Topic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
 * <p>{@link CsvExport} writes the CAMEO events of every meeting as {@code cameo.csv}, with its
 * Table Schema in {@code datapackage.json}.
 *
 * <h2>The mapping</h2>
 *
 * <p>Each meeting gives CAMEO events in both directions and one PLOVER record. Which CAMEO code,
 * which actors and which PLOVER mode depend on how the parties met, as the meeting record says
 * (its format, its host, the country of its place and its occasion). Parties A and B are the
 * meeting's two parties in the order the record gives them.
 *
 * <table class="striped">
 * <caption>Meetings as CAMEO events and PLOVER records</caption>
 * <thead>
 * <tr><th scope="col">the meeting</th><th scope="col">CAMEO events (source, code,
 * target)</th><th scope="col">PLOVER actor</th><th scope="col">PLOVER
 * recipient</th><th scope="col">PLOVER mode</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">remote: a phone call (format {@code phone-call})</th><td>A 041 B; B 041
 * A</td><td>A, B</td><td>none</td><td>{@code phone}</td></tr>
 * <tr><th scope="row">hosted by H, visited by V</th><td>V 042 H; H 043 V</td><td>V</td>
 * <td>H</td><td>{@code visit}</td></tr>
 * <tr><th scope="row">no host, held in a third country</th><td>A 044 B; B 044 A</td>
 * <td>A, B</td><td>none</td><td>{@code third-party}</td></tr>
 * <tr><th scope="row">no host, held in A's or B's country</th><td>A 040 B; B 040 A</td>
 * <td>A, B</td><td>none</td><td>none</td></tr>
 * <tr><th scope="row">any of these, on the sidelines of a summit of a group of states</th>
 * <td>as above</td><td>as above</td><td>as above</td><td>as above, and {@code
 * multilateral}</td></tr>
 * </tbody>
 * </table>
 *
 * <p><b>Who is actor and who is recipient at a host-country meeting.</b> The visitor is the
 * source actor of CAMEO 042 (Make a visit) and the host the source of 043 (Host a visit), each
 * with the other as target, so that a visit gives events of each, as the PLOVER manual's example
 * of how CAMEO coders treat "President Obama met with Japanese Prime Minister Abe at the White
 * House" shows ({@code JAP USA 042}, {@code USA JAP 043}; section "Compound and Reciprocal
 * Actors"). PLOVER codes the same visit once: "In events where one side is hosting and one is
 * visiting, the visitor will always be coded as the {@code actor} and the host will be the {@code
 * recipient}", with the mode {@code visit} ("{@code actor} is visiting, {@code recipient} is
 * hosting"); where there is no such distinction (a phone call, a meeting at a third location)
 * "all participants are coded in the {@code actor} field" and there is no recipient (section
 * "CONSULT", "Requires recipient: No").
 *
 * <p><b>CAMEO actors and agents.</b> A CAMEO actor is the state's code and an agent: {@code GOV}
 * for a head of state or government, a foreign minister and every other office of the dataset,
 * {@code GOVMIL} for a defence minister or deputy defence minister (so {@code JPNGOV}, {@code
 * JPNGOVMIL}), as the CAMEO agents dictionary codes them ({@code Phoenix.agents.txt} of the Open
 * Event Data Alliance's PETRARCH2 coder, GitHub {@code openeventdata/petrarch2}, commit 676801c:
 * {@code PRESIDENT [~GOV]}, {@code PRIME_MINISTER [~GOV]}, {@code !MINIST! OF_FOREIGN [~GOV]},
 * {@code AMBASSADOR [~GOV]}, {@code DEFENSE_MINIST [~GOVMIL]}, {@code DEFENCE_MINIST [~GOVMIL]}).
 * The agents come from the offices the participants held: every pair of a source agent and a
 * target agent who sat in the same session gives one event in each direction, as CAMEO coders
 * code a compound actor as several events (PLOVER manual, "Compound and Reciprocal Actors"). A
 * summit gives {@code JPNGOV 042 RUSGOV} and its reverse; a 2+2, whose joint session seats both
 * ministers of each side, gives the four pairs of {@code GOV} and {@code GOVMIL} each way. A
 * meeting whose sessions list no participants is coded as its format says ({@code GOVMIL} for a
 * defence ministers' meeting, {@code GOV} otherwise). Each event has an id, the meeting's id and
 * its place among the meeting's events.
 *
 * <p><b>Choices this mapping makes</b>, where the codebooks leave them open:
 *
 * <ul>
 *   <li>A meeting at a third location and a phone call give the symmetric code in both
 *       directions (A 044 B and B 044 A), as CAMEO coders generate reciprocal events for
 *       meetings. Who placed a call is not recorded, so neither side is the caller.
 *   <li>A remote meeting is CAMEO's 041 and PLOVER's {@code phone}, which the PLOVER manual
 *       defines as "Consultation occurs via phone or some other remote medium" (table "CONSULT
 *       modes"). The dataset marks a remote meeting by its format, {@code phone-call}; which
 *       meetings are remote is decided in one place in this class.
 *   <li>A meeting without a host held in one party's own country is coded 040 (Consult, not
 *       specified below) with no PLOVER mode from its place: the record does not say who hosted,
 *       and the mapping does not guess.
 *   <li>PLOVER's {@code multilateral} ("Meeting occurs in a multilateral context, typically an
 *       alliance or IGO") is added to the other mode when the meeting's occasion says it was held
 *       on the sidelines, on the margins, on the occasion or during a summit or meeting of a group
 *       or organization of states: the G7, G8 or G20, APEC, ASEAN or the East Asia Summit, ASEM,
 *       the United Nations, NATO, BRICS, the SCO, a trilateral summit or the Asian-African Summit.
 *       The occasion is free text, so the test is on its opening words; a meeting held "ahead of"
 *       or "following" a summit, or at a forum that is not one of states (an economic forum, a
 *       security conference), is not multilateral.
 *   <li>045 (Mediate) and 046 (Engage in negotiation) are not produced: the dataset records that
 *       a meeting took place, not what kind of talks it held.
 *   <li>States are written as their ISO 3166-1 alpha-3 codes (CAMEO's state codes follow ISO
 *       3166-1 alpha-3, and PLOVER asks for "ISO 3166 English short names and 3-letter codes",
 *       chapter "Country Names and Sector Codes"); a former state has the code it had. The PLOVER
 *       actors carry the sector {@code GOV}, "Government: the executive, governing parties,
 *       coalitions partners, executive divisions", to which every participant belongs (table
 *       "Sector Codes").
 *   <li>Dates: a CAMEO event and a PLOVER record are dated by the meeting's first day and carry
 *       its last day ({@code end_date}, PLOVER's {@code enddate}). A meeting known only to the
 *       month or year is dated by the first and last days of that month or year, and says so: the
 *       CAMEO CSV in {@code date_precision} and {@code end_date_precision}, the PLOVER record in
 *       {@code date_precision} and {@code enddate_precision}, fields of Parley's own, which the
 *       manual allows ("Providers should feel free to include named fields beyond those provided
 *       here", chapter "Data Fields").
 *   <li>PLOVER context: {@code diplomatic} for every meeting; {@code military} as well for a 2+2,
 *       a defence ministers' meeting or one a defence minister attended; {@code territory}
 *       ("international and domestic territorial disputes") as well when a topic on the meeting's
 *       agenda is about a territory (table "General contexts").
 * </ul>
 *
 * <p>Sources: P. A. Schrodt, <i>CAMEO Conflict and Mediation Event Observations Event and Actor
 * Codebook</i>, version 1.1b3, Pennsylvania State University, 2012 ({@code
 * http://eventdata.parusanalytics.com/data.dir/cameo.html}), codes 040 to 046 (see {@link
 * CameoCode} for the Goldstein scores and quad class); Open Event Data Alliance, <i>PLOVER:
 * Political Language Ontology for Verifiable Event Records</i>, draft version 2.0, February 2024
 * ({@code https://github.com/openeventdata/PLOVER}, {@code PLOVER_MANUAL.tex} at commit 5e0c24f
 * of 2024-02-04): the sections "CONSULT" with its table of modes, "Changes in treatment of
 * political entities" ("'actor' and 'recipient' replace 'source' and 'target'"), "Compound and
 * Reciprocal Actors", "Context codes that can be used with any category", "Country Names and
 * Sector Codes" and "Data Fields" with its tables of JSON fields and of entity, citation and
 * location objects (see {@link PloverEvent}).
 *
 * @since 0.1.0
 */
public final class EventExport {
  /** The file {@link CsvExport} writes the CAMEO events to. */
  static final String CAMEO_FILE = "cameo.csv";

  /**
   * The occasion's opening words that place a meeting at a gathering, and the gatherings of states
   * that make it multilateral; see the class documentation.
   */
  private static final Pattern AT_A_GATHERING = Pattern.compile("(?i:on the sidelines of|on the"
      + " margins of|on the occasion of|during|at)\\b.*\\b(G7|G8|G20|APEC|ASEAN|ASEM|(?i:Asia-Europe"
      + " Meeting|East Asia Summit|United Nations|trilateral summit|Asian-African Summit)|UN|NATO"
      + "|BRICS|SCO)\\b.*");

  private EventExport() {}

  /**
   * Every meeting of the dataset as CAMEO events, in the dataset's order of meetings.
   *
   * @param dataset the dataset
   * @return the events
   * @since 0.1.0
   */
  public static ImmutableList<CameoEvent> cameo(Dataset dataset) {
    return cameo(dataset, checkNotNull(dataset, "dataset").meetings());
  }

  /**
   * The given meetings as CAMEO events, in the order given: for each meeting, each pair of agents
   * that met gives an event in each direction (see the class documentation).
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
      How how = how(m);
      Country first = a;
      CameoCode there = CameoCode.CONSULT;
      CameoCode back = CameoCode.CONSULT;
      switch (how) {
        case REMOTE:
          there = CameoCode.DISCUSS_BY_TELEPHONE;
          back = CameoCode.DISCUSS_BY_TELEPHONE;
          break;
        case VISIT:
          // The visitor acts first: it makes the visit, the host then hosts it.
          first = m.host().get().equals(a.id()) ? b : a;
          there = CameoCode.MAKE_A_VISIT;
          back = CameoCode.HOST_A_VISIT;
          break;
        case THIRD_LOCATION:
          there = CameoCode.MEET_AT_THIRD_LOCATION;
          back = CameoCode.MEET_AT_THIRD_LOCATION;
          break;
        default:
          break;
      }
      Country second = first == a ? b : a;
      int n = 0;
      for (String[] pair : agentPairs(m, first.id(), second.id())) {
        String one = first.alpha3() + pair[0];
        String other = second.alpha3() + pair[1];
        out.add(cameo(m, ++n, one, other, first, second, there));
        out.add(cameo(m, ++n, other, one, second, first, back));
      }
    }
    return out.build();
  }

  private static CameoEvent cameo(Meeting m, int n, String source, String target,
      Country sourceCountry, Country targetCountry, CameoCode code) {
    PartialDate end = m.span().end().orElseThrow();
    return new CameoEvent(m.id() + ":" + n, m.id(), m.span().firstDay(),
        m.span().start().precision(), end.lastDay(), end.precision(), source, target,
        sourceCountry.id(), targetCountry.id(), code);
  }

  /**
   * The CAMEO agent of an office: {@code GOVMIL} for a defence minister or deputy, {@code GOV}
   * for every other office, as the CAMEO agents dictionary codes them (see the class
   * documentation).
   */
  static String agent(Office office) {
    return office == Office.DEFENCE_MINISTER || office == Office.DEPUTY_DEFENCE_MINISTER
        ? "GOVMIL" : "GOV";
  }

  /**
   * The pairs of agents, of country {@code one} and of country {@code other}, that sat in a
   * session together, in the order they first appear; the format's agents where no session lists
   * both sides.
   */
  private static List<String[]> agentPairs(Meeting m, String one, String other) {
    Set<String> seen = new LinkedHashSet<>();
    List<String[]> pairs = new ArrayList<>();
    for (Session s : m.sessions()) {
      Set<String> ours = new LinkedHashSet<>();
      Set<String> theirs = new LinkedHashSet<>();
      for (Participant p : s.participants()) {
        if (p.country().equals(one)) {
          ours.add(agent(p.office()));
        } else if (p.country().equals(other)) {
          theirs.add(agent(p.office()));
        }
      }
      for (String x : ours) {
        for (String y : theirs) {
          if (seen.add(x + "/" + y)) {
            pairs.add(new String[] {x, y});
          }
        }
      }
    }
    if (pairs.isEmpty()) {
      String agent = m.format() == MeetingFormat.DEFENCE_MINISTERS ? "GOVMIL" : "GOV";
      pairs.add(new String[] {agent, agent});
    }
    return pairs;
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
      ImmutableList<String> actor = ImmutableList.of(a.alpha3(), b.alpha3());
      ImmutableList<String> recipient = ImmutableList.of();
      ImmutableList.Builder<String> mode = ImmutableList.builder();
      // PLOVER manual, "CONSULT", table "CONSULT modes".
      switch (how(m)) {
        case REMOTE:
          mode.add("phone");
          break;
        case VISIT:
          Country host = m.host().get().equals(a.id()) ? a : b;
          Country visitor = host == a ? b : a;
          actor = ImmutableList.of(visitor.alpha3());
          recipient = ImmutableList.of(host.alpha3());
          mode.add("visit");
          break;
        case THIRD_LOCATION:
          mode.add("third-party");
          break;
        default:
          break;
      }
      if (isMultilateral(m)) {
        mode.add("multilateral");
      }
      // PLOVER manual, table "General contexts".
      ImmutableList.Builder<String> context = ImmutableList.<String>builder().add("diplomatic");
      if (m.format() == MeetingFormat.TWO_PLUS_TWO || m.format() == MeetingFormat.DEFENCE_MINISTERS
          || attendedByDefence(m)) {
        context.add("military");
      }
      if (lookup.aboutTerritory(m)) {
        context.add("territory");
      }
      // PLOVER manual, "Data Fields", table "Location object".
      ImmutableMap.Builder<String, String> location = ImmutableMap.builder();
      if (m.place().isPresent()) { // a meeting by video or telephone has no one location
        Country place = lookup.country(m, m.place().get().country());
        m.place().get().city().ifPresent(c -> location.put("city", c));
        location.put("country", place.name()).put("country_code", place.alpha3());
      }
      PartialDate start = m.span().start();
      PartialDate end = m.span().end().orElseThrow();
      String comment = "format: " + m.format().id() + m.occasion().map(o -> "; occasion: " + o)
          .orElse("");
      out.add(new PloverEvent(m.id(), m.span().firstDay(), end.lastDay(), start.precision(),
          end.precision(), actor, recipient, mode.build(), context.build(), location.build(),
          m.series(), lookup.citeInfo(m), comment));
    }
    return out.build();
  }

  /**
   * CAMEO events as CSV (RFC 4180, as {@link CsvExport} writes it), in the columns of {@code
   * cameo.csv}: {@code id}, {@code meeting}, {@code date}, {@code date_precision}, {@code
   * end_date}, {@code end_date_precision}, {@code source} (the CAMEO actor code, such as {@code
   * JPNGOVMIL}), {@code source_iso3c}, {@code source_agent}, {@code source_country} (the dataset's
   * country id), the same four for the target, {@code cameo_code} (three digits: read it as text
   * to keep the leading zero), {@code cameo_name}, {@code root_code}, {@code quad_class} and
   * {@code goldstein}. The data package of a {@link CsvExport} describes each column.
   *
   * @param events the events
   * @return the CSV text
   * @since 0.1.0
   */
  public static String cameoCsv(Iterable<CameoEvent> events) {
    return cameoTable(checkNotNull(events, "events")).text();
  }

  /** The CAMEO events as a table of the CSV export, with its columns' types and keys. */
  static CsvTable cameoTable(Iterable<CameoEvent> events) {
    String actor = "[A-Z]{3}(GOV|GOVMIL)";
    return new CsvTable.Spec<CameoEvent>(CAMEO_FILE, "One row per CAMEO-coded event: a meeting"
            + " seen from one side, by one pair of agents that met (see the documentation of"
            + " EventExport for the mapping).")
        .col(Column.text("id", "the event's id: the meeting's id, a colon and the event's place"
            + " among the meeting's events, from 1").unique()
            .pattern("[a-z0-9]+(-[a-z0-9]+)*:[1-9][0-9]*"), CameoEvent::id)
        .col(Column.text("meeting", "the meeting's id (meetings.csv)").required()
            .references("meetings.csv"), CameoEvent::meeting)
        .col(Column.date("date", "the meeting's first day (YYYY-MM-DD); the first day of the"
            + " month or year when only those are known").required(), e -> e.date().toString())
        .col(Column.precision("date", "how much of the meeting's first date is known: day, month"
            + " or year").required(), e -> precision(e.precision()))
        .col(Column.lastDay("end_date", "the meeting's last day (YYYY-MM-DD); the last day of"
            + " the month or year when only those are known").required(),
            e -> e.endDate().toString())
        .col(Column.precision("end_date", "how much of the meeting's last date is known: day,"
            + " month or year").required(), e -> precision(e.endPrecision()))
        .col(Column.text("source", "the source actor's CAMEO code: the state's code and the agent,"
            + " GOV (government) or GOVMIL (defence ministry), such as JPNGOVMIL").required()
            .pattern(actor), CameoEvent::source)
        .col(Column.text("source_iso3c", "the source actor's state: its ISO 3166-1 alpha-3 code")
            .required().pattern("[A-Z]{3}"), CameoEvent::sourceCountryCode)
        .col(Column.text("source_agent", "the source actor's agent: GOV or GOVMIL").required()
            .values(List.of("GOV", "GOVMIL")), CameoEvent::sourceAgent)
        .col(Column.text("source_country", "the source state's id (countries.csv)").required()
            .references("countries.csv"), CameoEvent::sourceCountry)
        .col(Column.text("target", "the target actor's CAMEO code, as source").required()
            .pattern(actor), CameoEvent::target)
        .col(Column.text("target_iso3c", "the target actor's state: its ISO 3166-1 alpha-3 code")
            .required().pattern("[A-Z]{3}"), CameoEvent::targetCountryCode)
        .col(Column.text("target_agent", "the target actor's agent: GOV or GOVMIL").required()
            .values(List.of("GOV", "GOVMIL")), CameoEvent::targetAgent)
        .col(Column.text("target_country", "the target state's id (countries.csv)").required()
            .references("countries.csv"), CameoEvent::targetCountry)
        .col(Column.text("cameo_code", "the CAMEO event code, three digits: text, to keep the"
            + " leading zero").required().values(codes()), e -> e.code().code())
        .col(Column.text("cameo_name", "the codebook's name for the code").required(),
            e -> e.code().label())
        .col(Column.text("root_code", "the CAMEO root code, the cue category: 04, CONSULT")
            .required().pattern("[0-9]{2}"), e -> e.code().rootCode())
        .col(Column.integer("quad_class", "the quad class: 1 verbal cooperation, 2 material"
            + " cooperation, 3 verbal conflict, 4 material conflict").required().range(1, 4),
            e -> Integer.toString(e.code().quadClass()))
        .col(Column.number("goldstein", "the code's score on the Goldstein scale, from -10"
            + " (conflict) to 10 (cooperation)").required(),
            e -> BigDecimal.valueOf(e.code().goldstein()).toPlainString())
        .primaryKey("id")
        .rows(events);
  }

  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (CameoCode c : CameoCode.values()) {
      codes.add(c.code());
    }
    return codes;
  }

  private static String precision(PartialDate.Precision p) {
    return p.name().toLowerCase(Locale.ROOT);
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

  /** How the parties met, for the CAMEO code and the PLOVER mode. */
  private enum How {
    REMOTE,
    VISIT,
    THIRD_LOCATION,
    UNSPECIFIED
  }

  private static How how(Meeting m) {
    if (isRemote(m)) {
      return How.REMOTE;
    }
    if (m.host().isPresent()) {
      return How.VISIT;
    }
    return m.involves(m.place().orElseThrow().country()) ? How.UNSPECIFIED : How.THIRD_LOCATION;
  }

  /**
   * Whether the parties met by telephone, video or another remote medium: CAMEO's 041 and
   * PLOVER's {@code phone}. The one place that decides it, for both codes.
   */
  static boolean isRemote(Meeting m) {
    return m.format() == MeetingFormat.PHONE_CALL || m.mode().isRemote();
  }

  /**
   * Whether the meeting was held at a summit or meeting of a group or organization of states, as
   * its occasion says in its opening words (see the class documentation): PLOVER's {@code
   * multilateral}.
   */
  static boolean isMultilateral(Meeting m) {
    return m.occasion().isPresent() && AT_A_GATHERING.matcher(m.occasion().get()).matches();
  }

  private static boolean attendedByDefence(Meeting m) {
    for (Session s : m.sessions()) {
      for (Participant p : s.participants()) {
        if (agent(p.office()).equals("GOVMIL")) {
          return true;
        }
      }
    }
    return false;
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

    /** PLOVER manual, "Data Fields", table "Information object for citations". */
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
      info.put("codebook", PloverEvent.CODEBOOK);
      info.put("version", dataset.manifest().dataVersion());
      return info.build();
    }
  }
}
