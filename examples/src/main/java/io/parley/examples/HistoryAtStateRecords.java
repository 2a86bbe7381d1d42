package io.parley.examples;

import io.parley.Parley;
import io.parley.model.Citation;
import io.parley.model.Country;
import io.parley.model.DateSpan;
import io.parley.model.Entity;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Name;
import io.parley.model.Note;
import io.parley.model.Office;
import io.parley.model.PartialDate;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Session;
import io.parley.model.SessionKind;
import io.parley.model.Source;
import io.parley.model.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The US Office of the Historian's travels and visits data (HistoryAtState/travels and
 * HistoryAtState/visits, CC0) as Parley records, made through the public model builders and
 * ready to be laid over the bundled data. See {@link HistoryAtState} for what a trip and a visit
 * are in Parley's model; this class reads the XML with StAX, maps each country id to a Parley
 * country through {@code historyatstate/countries.tsv}, makes the records, and lists what it
 * found wrong in the upstream data.
 *
 * <pre>{@code
 * HistoryAtStateRecords hs = HistoryAtStateRecords.read(Parley.bundled());
 * Parley.Builder b = Parley.builder().addAll(Parley.bundled());
 * hs.records().forEach(b::add);
 * Parley combined = b.build();
 * }</pre>
 */
public final class HistoryAtStateRecords {
  /** The folder of the class path that holds the upstream files and the country table. */
  static final String FOLDER = "/historyatstate/";
  static final String PUBLISHER = "Office of the Historian, U.S. Department of State";
  static final String US = "us";

  /** A trip abroad: one stop of a President or Secretary of State in one country. */
  record Trip(String id, String file, String role, String who, String name, LocalDate start,
      LocalDate end, String countryId, String countryLabel, String locale, String remarks) {}

  /** A visit to the United States by a foreign leader. */
  record Visit(String id, String file, LocalDate start, LocalDate end, String visitor,
      String countryId, String countryLabel, String description) {}

  /** One row of countries.tsv: how an upstream country id becomes a Parley country. */
  record Mapping(String upstreamId, List<String> labels, String gshIso2, boolean mapped,
      String alpha2, String alpha3, String numeric, String alpha4, String isoName, String basis) {}

  /**
   * A kind of problem found in the upstream data, what the conversion did about it, and the
   * records it concerns.
   *
   * @param what the problem, such as "an id used twice"
   * @param action what the conversion did, such as "skipped" or "both kept"
   * @param records the records concerned, by the Office's ids ("trip 4019 = trip 3992"), in the
   *     order found; empty when none was found
   */
  public record Problem(String what, String action, List<String> records) {}

  private final Parley base;
  private final Map<String, String> commits = new LinkedHashMap<>();
  private final Map<String, Mapping> mappings = new TreeMap<>();
  private final List<Trip> trips = new ArrayList<>();
  private final List<Visit> visits = new ArrayList<>();
  private final Map<String, Problem> problems = new LinkedHashMap<>();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final List<Entity> records = new ArrayList<>();
  private final Map<String, Country> countries = new HashMap<>();
  private final Set<String> sourcesMade = new LinkedHashSet<>();
  /** One id string per upstream file: 7,500 meetings share a few dozen sources' ids. */
  private final Map<String, String> fileSources = new HashMap<>();
  private final Map<String, String> peopleMade = new LinkedHashMap<>();
  /** Values many records share, one instance each (a few hundred kilobytes over 7,500 records). */
  private final Map<LocalDate, PartialDate> days = new HashMap<>();
  private final Place inTheUs = Place.builder().country(US).build();
  private final Map<String, Country> countriesMade = new TreeMap<>();
  private final Set<String> duplicateTrips = new HashSet<>();
  private int meetingsFromTrips;
  private int meetingsFromVisits;
  private int leaderVisits;

  private HistoryAtStateRecords(Parley base) {
    this.base = base;
    for (Country c : base.countries().list()) {
      countries.put(c.id(), c);
    }
  }

  /**
   * Reads the committed upstream files and makes the records, referring to the base dataset's
   * countries and people where it has them.
   *
   * @param base the dataset the records will be laid over, such as {@link Parley#bundled()}
   * @return the records and what was found on the way
   * @throws IOException if a committed file cannot be read or is not well-formed XML
   */
  public static HistoryAtStateRecords read(Parley base) throws IOException {
    HistoryAtStateRecords r = new HistoryAtStateRecords(base);
    r.readCountryTable();
    for (String[] file : table("files.tsv")) {
      r.commits.put(file[1], file[2]);
      r.readFile(file[0]);
    }
    r.checkUpstream();
    r.makeRecords();
    return r;
  }

  /**
   * Every record made: sources, the countries the base lacks, people, then meetings.
   *
   * @return the records, in that order
   */
  public List<Entity> records() {
    return Collections.unmodifiableList(records);
  }

  /**
   * What was wrong in the upstream data, one entry per kind of problem, in a fixed order.
   *
   * @return the problems, including kinds with no record (an empty list of records)
   */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems.values()) {
      out.add(new Problem(p.what(), p.action(), List.copyOf(p.records())));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Records not turned into meetings, counted by reason.
   *
   * @return reason to count, by reason
   */
  public Map<String, Integer> skipped() {
    return Collections.unmodifiableMap(skipped);
  }

  /** The upstream commit of each repository read, such as HistoryAtState/travels. */
  Map<String, String> commits() {
    return Collections.unmodifiableMap(commits);
  }

  int tripsRead() {
    return trips.size();
  }

  int visitsRead() {
    return visits.size();
  }

  int meetingsFromTrips() {
    return meetingsFromTrips;
  }

  int meetingsFromVisits() {
    return meetingsFromVisits;
  }

  int leaderVisits() {
    return leaderVisits;
  }

  Map<String, Country> countriesMade() {
    return Collections.unmodifiableMap(countriesMade);
  }

  Set<String> peopleMade() {
    return Collections.unmodifiableSet(peopleMade.keySet());
  }

  Set<String> sourcesMade() {
    return Collections.unmodifiableSet(sourcesMade);
  }

  Map<String, Mapping> mappings() {
    return Collections.unmodifiableMap(mappings);
  }

  // ---- reading

  /** The rows of a tab-separated file of the folder, without its '#' comment lines and header. */
  static List<String[]> table(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    boolean header = name.equals("countries.tsv");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  static InputStream open(String name) throws IOException {
    InputStream in = HistoryAtStateRecords.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IOException("no " + FOLDER + name + " on the class path");
    }
    return in;
  }

  private void readCountryTable() throws IOException {
    Pattern commit = Pattern.compile("^# (?:from|and) (HistoryAtState/gsh|Debian iso-codes) ([0-9a-f]{40}) ");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open("countries.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && line.startsWith("#"); line = in.readLine()) {
        Matcher m = commit.matcher(line);
        if (m.find()) {
          commits.put(m.group(1), m.group(2));
        }
      }
    }
    for (String[] c : table("countries.tsv")) {
      mappings.put(c[0], new Mapping(c[0], List.of(c[2].split(" \\| ")), c[3], c[4].equals("map"), c[5], c[6],
          c[7], c[8], c[9], c[10]));
    }
  }

  private void readFile(String path) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // Plain data files: no DTD, no external entities, whatever a file might ask for.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    boolean travels = path.startsWith("travels/");
    try (InputStream in = open(path)) {
      XMLStreamReader x = factory.createXMLStreamReader(in, "UTF-8");
      String record = travels ? "trip" : "visit";
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals(record)) {
          Map<String, String> f = fields(x);
          if (travels) {
            trips.add(new Trip(f.get("id"), path, f.get("role"), f.get("@who"), clean(f.get("name")),
                date(f.get("start-date")), date(f.get("end-date")), f.get("country@id"), f.get("country"),
                clean(f.get("locale")), clean(f.get("remarks"))));
          } else {
            visits.add(new Visit(f.get("id"), path, date(f.get("start-date")), date(f.get("end-date")),
                clean(f.get("visitor")), f.get("from@id"), f.get("from"), clean(f.get("description"))));
          }
        }
      }
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException(path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The record's attributes ({@code @who}), its children's text as written (the text of nested
   * elements such as {@code <em>} included) and their {@code id} attributes ({@code country@id}).
   */
  private static Map<String, String> fields(XMLStreamReader x) throws XMLStreamException {
    Map<String, String> f = new HashMap<>();
    for (int i = 0; i < x.getAttributeCount(); i++) {
      f.put("@" + x.getAttributeLocalName(i), x.getAttributeValue(i));
    }
    int depth = 1;
    String child = null;
    StringBuilder text = new StringBuilder();
    while (depth > 0) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (depth == 2) {
          child = x.getLocalName();
          text.setLength(0);
          String id = x.getAttributeValue(null, "id");
          if (id != null) {
            f.put(child + "@id", id);
          }
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (depth >= 2) {
          text.append(x.getText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 2) {
          f.put(child, text.toString());
        }
        depth--;
      }
    }
    return f;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Text as the files give it, with the line breaks of their pretty-printing made spaces. */
  static String clean(String s) {
    return s == null ? "" : WHITESPACE.matcher(s.strip()).replaceAll(" ");
  }

  /** A date, or null for one that is not an ISO date (reported, and the record skipped). */
  private static LocalDate date(String s) {
    try {
      return s == null ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // ---- checks of the upstream data

  private Problem problem(String what, String action) {
    return problems.computeIfAbsent(what, w -> new Problem(w, action, new ArrayList<>()));
  }

  private static String ref(Trip t) {
    return "trip " + t.id();
  }

  private static String ref(Visit v) {
    return "visit " + v.id();
  }

  private void checkUpstream() {
    // Every kind is listed, found or not, so that the report says what was checked.
    Problem badDate = problem("a date that is not an ISO date", "skipped");
    Problem backwards = problem("an end date before the start date", "skipped");
    Problem dupId = problem("an id used twice", "the second skipped");
    Problem duplicate = problem("a duplicate of an earlier record: every field the same but the id and timestamps",
        "the later id skipped");
    Problem sameStop = problem("the same traveller, country, start date and locale as another record, with other "
        + "remarks or end date (two entries for one stop, or a corrected copy)", "both kept");
    Problem sameVisit = problem("the same visitor and country from the same start date as another visit", "both kept");
    Problem overlap = problem("one traveller in two countries on two or more of the same days (shuttle diplomacy, "
        + "or a wrong date)", "both kept");
    Problem ussr = problem("labelled U.S.S.R. after the Soviet Union ended (Parley's bundled su ends 1991-12-26)",
        "given to ru");
    Problem space = problem("a country label with a leading or trailing space", "label trimmed");
    Problem empty = problem("an empty description", "cited without an excerpt");
    Problem unknown = problem("a country id missing from countries.tsv", "skipped");
    Problem order = problem("a record that starts before the one above it in its file", "kept");
    Problem twoIds = problem("one country under two upstream ids (a renamed country, or a misspelt id)",
        "both mapped to one Parley country");

    Map<String, Trip> tripIds = new HashMap<>();
    Map<String, Trip> stops = new HashMap<>();
    Map<String, Trip> exact = new HashMap<>();
    for (Trip t : trips) {
      if (t.start() == null || t.end() == null) {
        badDate.records().add(ref(t));
      } else if (t.end().isBefore(t.start())) {
        backwards.records().add(ref(t));
      }
      if (tripIds.putIfAbsent(t.id(), t) != null) {
        dupId.records().add(ref(t));
      }
      String content = String.join("\u0000", t.who(), t.countryId(), String.valueOf(t.start()),
          String.valueOf(t.end()), t.locale(), t.remarks());
      Trip first = exact.putIfAbsent(content, t);
      if (first != null) {
        duplicate.records().add(ref(t) + " = " + ref(first));
        duplicateTrips.add(t.id());
        continue;
      }
      Trip same = stops.putIfAbsent(String.join("\u0000", t.who(), t.countryId(), String.valueOf(t.start()), t.locale()), t);
      if (same != null) {
        sameStop.records().add(ref(same) + " / " + ref(t));
      }
      if (!t.countryLabel().equals(t.countryLabel().strip())) {
        space.records().add(ref(t) + " '" + t.countryLabel() + "'");
      }
      if (!mappings.containsKey(t.countryId())) {
        unknown.records().add(ref(t) + " " + t.countryId());
      }
    }
    Map<String, Visit> visitIds = new HashMap<>();
    Map<String, Visit> sameDay = new HashMap<>();
    for (Visit v : visits) {
      if (v.start() == null || v.end() == null) {
        badDate.records().add(ref(v));
      } else if (v.end().isBefore(v.start())) {
        backwards.records().add(ref(v));
      }
      if (visitIds.putIfAbsent(v.id(), v) != null) {
        dupId.records().add(ref(v));
      }
      Visit same = sameDay.putIfAbsent(String.join("\u0000", v.visitor(), v.countryId(), String.valueOf(v.start())), v);
      if (same != null) {
        sameVisit.records().add(ref(same) + " / " + ref(v));
      }
      if (!v.countryLabel().equals(v.countryLabel().strip())) {
        space.records().add(ref(v) + " '" + v.countryLabel() + "'");
      }
      if (v.description().isEmpty()) {
        empty.records().add(ref(v));
      }
      if (!mappings.containsKey(v.countryId())) {
        unknown.records().add(ref(v) + " " + v.countryId());
      }
    }
    for (int i = 1; i < trips.size(); i++) {
      Trip a = trips.get(i - 1);
      Trip b = trips.get(i);
      if (a.file().equals(b.file()) && a.start() != null && b.start() != null && b.start().isBefore(a.start())) {
        order.records().add(ref(b));
      }
    }
    for (int i = 1; i < visits.size(); i++) {
      Visit a = visits.get(i - 1);
      Visit b = visits.get(i);
      if (a.file().equals(b.file()) && a.start() != null && b.start() != null && b.start().isBefore(a.start())) {
        order.records().add(ref(b));
      }
    }
    // Overlaps: per traveller, in start order; two or more shared days, since leaving one
    // country and arriving in the next on the same day is an ordinary itinerary.
    Map<String, List<Trip>> byWho = new TreeMap<>();
    for (Trip t : trips) {
      if (t.start() != null && t.end() != null && !t.end().isBefore(t.start()) && !duplicateTrips.contains(t.id())) {
        byWho.computeIfAbsent(t.who(), w -> new ArrayList<>()).add(t);
      }
    }
    for (List<Trip> list : byWho.values()) {
      list.sort((a, b) -> a.start().compareTo(b.start()));
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size() && !list.get(j).start().isAfter(list.get(i).end()); j++) {
          Trip a = list.get(i);
          Trip b = list.get(j);
          LocalDate lastShared = a.end().isBefore(b.end()) ? a.end() : b.end();
          if (!a.countryId().equals(b.countryId()) && lastShared.toEpochDay() - b.start().toEpochDay() >= 1) {
            overlap.records().add(ref(a) + " (" + a.countryId() + ") / " + ref(b) + " (" + b.countryId() + ")");
          }
        }
      }
    }
    for (Trip t : trips) {
      if (t.countryLabel().strip().equals("U.S.S.R.") && t.start() != null && !existed("su", t.start())) {
        ussr.records().add(ref(t) + " " + t.start());
      }
    }
    Map<String, List<String>> byCode = new TreeMap<>();
    for (Mapping m : mappings.values()) {
      if (m.mapped()) {
        byCode.computeIfAbsent(m.alpha2(), k -> new ArrayList<>()).add(m.upstreamId());
      }
    }
    for (Map.Entry<String, List<String>> e : byCode.entrySet()) {
      if (e.getValue().size() > 1) {
        twoIds.records().add(String.join(" and ", e.getValue()) + " (" + e.getKey() + ")");
      }
    }
  }

  private boolean existed(String countryId, LocalDate day) {
    Country c = countries.get(countryId);
    return c != null && c.existence().map(s -> s.contains(day)).orElse(true);
  }

  // ---- making the records

  private void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  private void makeRecords() {
    Set<String> seenTrips = new HashSet<>();
    Set<String> seenVisits = new HashSet<>();
    List<Meeting> meetings = new ArrayList<>();
    for (Trip t : trips) {
      if (t.start() == null || t.end() == null || t.end().isBefore(t.start())) {
        skip("a malformed or backward date");
      } else if (!seenTrips.add(t.id())) {
        skip("an id used twice");
      } else if (duplicateTrips.contains(t.id())) {
        skip("a duplicate trip");
      } else {
        Optional<String> party = party(t.countryId(), t.start());
        if (party.isPresent()) {
          meetings.add(meeting(t, party.get()));
          meetingsFromTrips++;
        }
      }
    }
    for (Visit v : visits) {
      if (v.start() == null || v.end() == null || v.end().isBefore(v.start())) {
        skip("a malformed or backward date");
      } else if (!seenVisits.add(v.id())) {
        skip("an id used twice");
      } else {
        Optional<String> party = party(v.countryId(), v.start());
        if (party.isPresent()) {
          meetings.add(meeting(v, party.get()));
          meetingsFromVisits++;
        }
      }
    }
    // Sources and countries first, people next, meetings last: the order a reader would want.
    List<Entity> first = new ArrayList<>(records);
    records.clear();
    first.stream().filter(e -> e instanceof Source).forEach(records::add);
    records.addAll(countriesMade.values());
    first.stream().filter(e -> e instanceof Person).forEach(records::add);
    records.addAll(meetings);
  }

  /**
   * The Parley country of an upstream country id on a day: the mapped country, or its
   * predecessor where the dataset says the predecessor existed that day (the upstream's
   * {@code russia} is the Soviet Union until 1991-12-26, by the bundled {@code su}); empty, and
   * counted as skipped, where the id cannot be mapped.
   */
  private Optional<String> party(String upstreamId, LocalDate day) {
    Mapping m = mappings.get(upstreamId);
    if (m == null) {
      skip("a country id missing from countries.tsv");
      return Optional.empty();
    }
    if (!m.mapped()) {
      skip("country " + upstreamId + ": " + m.basis());
      return Optional.empty();
    }
    String id = m.alpha2().toLowerCase(Locale.ROOT);
    Country c = countries.computeIfAbsent(id, k -> newCountry(m));
    Optional<String> before = c.predecessor();
    if (before.isPresent() && countries.containsKey(before.get())) {
      Country p = countries.get(before.get());
      if (p.existence().isPresent() && p.existence().get().contains(day)
          && !c.existence().map(s -> s.contains(day)).orElse(false)) {
        return Optional.of(p.id());
      }
    }
    if (!existed(id, day)) {
      skip("the country did not exist on the day, by the dataset");
      return Optional.empty();
    }
    return Optional.of(c.id()); // the record's own string, shared by every meeting with it
  }

  private Country newCountry(Mapping m) {
    String iso = m.alpha4().isEmpty() ? "iso-codes-3166-1" : "iso-codes-3166-3";
    String isoSource = source(iso + "-" + commits.get("Debian iso-codes").substring(0, 7), "Debian iso-codes project",
        "data/iso_3166-" + (m.alpha4().isEmpty() ? "1" : "3") + ".json (ISO 3166-"
            + (m.alpha4().isEmpty() ? "1 country codes)" : "3 codes for formerly used country names)"),
        "https://github.com/sailfishos-mirror/iso-codes/blob/" + commits.get("Debian iso-codes") + "/data/iso_3166-"
            + (m.alpha4().isEmpty() ? "1" : "3") + ".json",
        SourceKind.REFERENCE, Optional.of("Debian iso-codes project (GitHub mirror sailfishos-mirror/iso-codes)"));
    List<Citation> cites = new ArrayList<>();
    cites.add(Citation.of(isoSource));
    String gsh = null;
    if (!m.gshIso2().isEmpty()) {
      gsh = source("hsg-gsh-countries", PUBLISHER, "data/countries-old (country ids and ISO 3166-1 alpha-2 codes)",
          "https://github.com/HistoryAtState/gsh/tree/" + commits.get("HistoryAtState/gsh") + "/data/countries-old",
          SourceKind.GOVERNMENT, Optional.empty());
      cites.add(Citation.of(gsh));
    }
    Country.Builder b = Country.builder()
        .id(m.alpha2().toLowerCase(Locale.ROOT))
        .alpha2(m.alpha2())
        .alpha3(m.alpha3())
        .addNames(Name.of(m.isoName(), "en"))
        .addAllCitations(cites);
    if (!m.numeric().isEmpty()) {
      b.numeric(m.numeric());
    }
    if (!m.alpha4().isEmpty()) {
      b.iso3166Part3(m.alpha4());
    }
    // The upstream's own names, under every id mapped to this code, so that a lookup by them
    // finds the country; not the qualified ones such as "Czechoslovakia (government-in-exile)".
    Set<String> names = new LinkedHashSet<>();
    names.add(m.isoName().toLowerCase(Locale.ROOT));
    for (Mapping same : mappings.values()) {
      if (!same.mapped() || !same.alpha2().equals(m.alpha2())) {
        continue;
      }
      for (String label : same.labels()) {
        if (!label.contains("(") && names.add(label.toLowerCase(Locale.ROOT))) {
          b.addNames(Name.of(label, "en"));
        }
      }
      if (same.basis().startsWith("reviewed: ")) {
        Note.Builder note = Note.builder().text("Mapped from the Office of the Historian's country id \""
            + same.upstreamId() + "\": " + same.basis().substring("reviewed: ".length()) + ".");
        note.addCitations(Citation.of(isoSource));
        if (gsh != null) {
          note.addCitations(Citation.of(gsh));
        }
        b.addNotes(note.build());
      }
    }
    Country c = b.build();
    countriesMade.put(c.id(), c);
    return c;
  }

  /** Adds a source once; returns its id. */
  private String source(String id, String publisher, String headline, String url, SourceKind kind,
      Optional<String> via) {
    if (sourcesMade.add(id)) {
      records.add(Source.builder().id(id).publisher(publisher).via(via).headline(headline).url(url)
          .language("en").kind(kind).build());
    }
    return id;
  }

  /** The source for one upstream file: its path in its repository, at the commit read. */
  private String fileSource(String file) {
    return fileSources.computeIfAbsent(file, this::newFileSource);
  }

  private String newFileSource(String file) {
    boolean travels = file.startsWith("travels/");
    String repo = travels ? "HistoryAtState/travels" : "HistoryAtState/visits";
    String path = file.substring(file.indexOf('/') + 1);
    String name = path.substring(path.lastIndexOf('/') + 1).replace(".xml", "");
    return source("hsg-" + (travels ? "travels-" : "visits-") + name, PUBLISHER, path + " (" + repo + ")",
        "https://github.com/" + repo + "/blob/" + commits.get(repo) + "/" + path, SourceKind.GOVERNMENT,
        Optional.empty());
  }

  /** Whether a locale names more than one place ("Moscow, Kiev"). */
  static boolean severalPlaces(String locale) {
    return locale.contains(",") || locale.contains(";") || locale.contains(" and ");
  }

  private Meeting meeting(Trip t, String country) {
    String source = fileSource(t.file());
    boolean president = t.role().equals("president");
    Office office = president ? Office.HEAD_OF_STATE : Office.FOREIGN_MINISTER;
    String person = traveller(t, office, source);
    Place.Builder place = Place.builder().country(country);
    List<Citation> cites = new ArrayList<>();
    cites.add(excerpt(source, t.remarks()));
    if (!t.locale().isEmpty() && !severalPlaces(t.locale())) {
      place.city(t.locale());
    } else if (!t.locale().isEmpty()) {
      cites.add(excerpt(source, t.locale()));
    }
    return Meeting.builder()
        .id("hsg-trip-" + t.id())
        .addAllParties(sorted(US, country))
        .format(president ? MeetingFormat.SUMMIT : MeetingFormat.FOREIGN_MINISTERS)
        .span(span(t.start(), t.end()))
        .place(place.build())
        .host(country)
        .addSessions(Session.builder().kind(SessionKind.OTHER).date(day(t.start()))
            .addParticipants(Participant.of(person, office, US)).build())
        .addAllCitations(cites)
        .build();
  }

  /**
   * Titles that say the visitor did not (yet) lead the country: a president-elect, a vice
   * premier, a crown prince, a governor general. Every other visitor the Office lists is taken
   * as its country's leader.
   */
  private static final Pattern NOT_LEADER = Pattern.compile(
      "^(?:\\S+[- ]+(?:elect|designate)\\b|Vice |Crown Prince|Governor General)", Pattern.CASE_INSENSITIVE);

  static boolean leader(String visitor) {
    return !NOT_LEADER.matcher(visitor).find();
  }

  private Meeting meeting(Visit v, String country) {
    String source = fileSource(v.file());
    boolean leader = leader(v.visitor());
    if (leader) {
      leaderVisits++;
    }
    List<Citation> cites = new ArrayList<>();
    cites.add(excerpt(source, v.visitor()));
    if (!v.description().isEmpty()) {
      cites.add(excerpt(source, v.description()));
    }
    return Meeting.builder()
        .id("hsg-visit-" + v.id())
        .addAllParties(sorted(US, country))
        .format(leader ? MeetingFormat.SUMMIT : MeetingFormat.OTHER)
        .span(span(v.start(), v.end()))
        .place(inTheUs)
        .host(US)
        .addAllCitations(cites)
        .build();
  }

  /**
   * The person who travelled: the base dataset's own record where it has one (a person who held
   * the office for the US on the trip's first day, with the same surname), else a person made
   * from the upstream's {@code who} id and name.
   */
  private String traveller(Trip t, Office office, String source) {
    String surname = t.name().substring(t.name().lastIndexOf(' ') + 1);
    for (Person p : base.people().holding(office, US, t.start()).list()) {
      if (p.name().endsWith(" " + surname)) {
        return p.id();
      }
    }
    return peopleMade.computeIfAbsent(t.who(), who -> {
      records.add(Person.builder().id(who).addNames(Name.of(t.name(), "en"))
          .addCitations(excerpt(source, t.name())).build());
      return who;
    });
  }

  private static Citation excerpt(String source, String text) {
    return text.isEmpty() ? Citation.of(source) : Citation.builder().source(source).excerpt(text).build();
  }

  private static List<String> sorted(String a, String b) {
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }

  private PartialDate day(LocalDate d) {
    return days.computeIfAbsent(d, PartialDate::of);
  }

  private DateSpan span(LocalDate start, LocalDate end) {
    return start.equals(end) ? DateSpan.of(day(start)) : DateSpan.of(day(start), day(end));
  }

}
