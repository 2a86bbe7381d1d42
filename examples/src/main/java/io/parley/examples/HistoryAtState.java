package io.parley.examples;

import io.parley.Parley;
import io.parley.io.DatasetException;
import io.parley.model.Country;
import io.parley.model.Entity;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Participant;
import io.parley.model.Place;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real outside dataset through the public API: the US Office of the Historian's record of
 * trips abroad by Presidents and Secretaries of State (HistoryAtState/travels, 1866-2025) and
 * of visits to the United States by foreign leaders (HistoryAtState/visits, 1874-2024), read
 * from its XML with the JDK's StAX, made into Parley records with the model's builders, laid
 * over the bundled data with {@link Parley#builder()}, and asked what a historian asks.
 *
 * <p><b>What a trip and a visit are in Parley's model.</b>
 *
 * <ul>
 *   <li>The Office lists a trip as one record per country visited (a President's tour of Asia
 *       is one record for Japan, one for South Korea, ...). Each record becomes one {@link
 *       Meeting} {@code hsg-trip-<id>} between the US and that country, hosted by that country,
 *       in person, over the record's dates. Its place is the country, with the record's locale
 *       as the city when it names one place ("Tokyo"); a locale that names several ("Shanghai,
 *       Peking, Hangchow") is kept as a citation's excerpt instead. One session, on the first
 *       day, lists the traveller as a participant: a President as {@code HEAD_OF_STATE}, a
 *       Secretary of State as {@code FOREIGN_MINISTER}, for the US. The traveller is the bundled
 *       person where the bundled data has one in that office on that day with the same surname
 *       (Kerry, Tillerson, Pompeo, Blinken, Rubio), else a {@link io.parley.model.Person} made
 *       from the record's {@code who} id and name, without tenures (the files give none).
 *   <li>A visit received is one {@code Meeting} {@code hsg-visit-<id>} between the US and the
 *       visitor's country, hosted by the US, in person, with the country as its place (the
 *       record names no city). The visitor is a name and title in free text ("Prime Minister
 *       Liaquat Ali Khan", "President X and Prime Minister Y"), not made into a person.
 *   <li>The format says the level: a President's trip is a {@link MeetingFormat#SUMMIT}, a
 *       Secretary's a {@link MeetingFormat#FOREIGN_MINISTERS}; a visit is a {@code SUMMIT}
 *       unless the visitor's title says the visitor did not (yet) lead the country
 *       (president-elect, vice premier, crown prince, governor general: {@link
 *       MeetingFormat#OTHER}). The records say who travelled, not whom they met: a summit here
 *       is a trip or visit at leader level, not a record that the two leaders sat down
 *       together, and a stop at a conference in a third country (Potsdam, a NATO summit) is a
 *       meeting with the country it was held in.
 *   <li>Citations: one {@link io.parley.model.Source} per upstream file (publisher "Office of
 *       the Historian, U.S. Department of State", the file at the commit read on GitHub as its
 *       address, since the records give none). A trip's first citation carries the record's
 *       remarks as its excerpt (and a second its locale when that names several places); a
 *       visit's first citation carries the visitor as the file gives it, the second its
 *       description. Excerpts are the files' text with line breaks made spaces.
 *   <li>Countries: the upstream's own country ids ({@code japan}, {@code russia}) are mapped to
 *       ISO codes by {@code historyatstate/countries.tsv}, derived (by {@code
 *       examples/tools/derive_countries.py}) from the Office's own table of the same ids
 *       (HistoryAtState/gsh, with ISO alpha-2 codes) checked against Debian iso-codes. A country
 *       the bundled data lacks is added as a {@link Country} with its ISO codes (ISO 3166-3 for
 *       Czechoslovakia, the German Democratic Republic, Yugoslavia and the Netherlands
 *       Antilles). The upstream's {@code russia} is the Soviet Union ({@code su}) while the
 *       bundled data says the Soviet Union existed. Dependencies (Antarctica, Cook Islands,
 *       French Polynesia, New Caledonia, Niue) and what has no ISO code (Hawaii, Kosovo, the
 *       West Bank) are skipped and counted.
 * </ul>
 *
 * <p>The committed files, their upstream commits, the licence (CC0) and the defects found are in
 * {@code examples/src/main/resources/historyatstate/README.md}.
 */
public final class HistoryAtState {
  private HistoryAtState() {}

  /** Meetings made from the Office's records have ids with this prefix. */
  static final String PREFIX = "hsg-";

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if the committed upstream files cannot be read
   * @throws DatasetException if the records do not lay over the bundled data
   */
  public static void main(String[] args) throws IOException, DatasetException {
    Parley bundled = Parley.bundled();
    HistoryAtStateRecords hs = HistoryAtStateRecords.read(bundled);
    Parley combined = combine(bundled, hs);

    hs.commits().forEach((repo, commit) -> System.out.println(repo + " " + commit.substring(0, 7)));
    System.out.printf("Read %,d trips and %,d visits; made %,d meetings (%,d from trips, %,d from visits,"
        + " %,d of them leaders' visits), %d countries the bundled data lacks, %d people, %d sources.%n",
        hs.tripsRead(), hs.visitsRead(), hs.meetingsFromTrips() + hs.meetingsFromVisits(), hs.meetingsFromTrips(),
        hs.meetingsFromVisits(), hs.leaderVisits(), hs.countriesMade().size(), hs.peopleMade().size(),
        hs.sourcesMade().size());
    System.out.printf("Bundled %,d meetings and %d countries; combined %,d meetings and %d countries.%n",
        bundled.meetings().count(), bundled.countries().count(), combined.meetings().count(),
        combined.countries().count());
    TextTable skipped = new TextTable("records skipped", "why");
    hs.skipped().forEach((why, n) -> skipped.row(n, why));
    System.out.print(skipped);
    System.out.println();

    System.out.println("1. Every US-Japan leader-level contact since 1945, in order:");
    System.out.println("   combined.meetings().between(\"US\", \"JP\").format(SUMMIT).within(1945-01-01, ...)");
    TextTable japan = new TextTable("dates", "record", "who", "where", "remarks");
    for (Meeting m : combined.meetings().between("US", "JP").format(MeetingFormat.SUMMIT)
        .within(LocalDate.of(1945, 1, 1), LocalDate.of(9999, 12, 31)).list()) {
      japan.row(m.span(), m.id(), who(combined, m), where(combined, m), shorten(remarks(m), 60));
    }
    System.out.print(japan);
    System.out.println();

    System.out.println("2. The bundled meetings with the US, and the Office's records within a day of each:");
    TextTable check = new TextTable("bundled meeting", "dates", "where", "the Office's record");
    for (Map.Entry<Meeting, List<Meeting>> e : officeRecords(combined).entrySet()) {
      Meeting m = e.getKey();
      List<String> found = new ArrayList<>();
      for (Meeting r : e.getValue()) {
        found.add(r.id() + " " + r.span() + " " + who(combined, r));
      }
      check.row(m.id(), m.span(), where(combined, m), found.isEmpty() ? "none" : String.join("; ", found));
    }
    System.out.print(check);
    System.out.println();

    System.out.println("3. Leader-level contacts with the Soviet Union (su) and Russia (ru), by decade:");
    TextTable decades = new TextTable("decade", "su trips", "su visits", "ru trips", "ru visits");
    Map<Integer, int[]> counts = new TreeMap<>();
    for (String country : List.of("SU", "RU")) {
      for (Meeting m : combined.meetings().between("US", country).format(MeetingFormat.SUMMIT).list()) {
        int[] c = counts.computeIfAbsent(m.span().start().year() / 10 * 10, d -> new int[4]);
        c[(country.equals("SU") ? 0 : 2) + (m.id().startsWith(PREFIX + "trip-") ? 0 : 1)]++;
      }
    }
    counts.forEach((decade, c) -> decades.row(decade + "s", c[0], c[1], c[2], c[3]));
    System.out.print(decades);
    System.out.println();

    System.out.println("4. What the upstream data gets wrong (checked on every run):");
    for (HistoryAtStateRecords.Problem p : hs.problems()) {
      System.out.println("- " + p.what() + " (" + p.action() + "): "
          + (p.records().isEmpty() ? "none" : p.records().size() + ""));
      StringBuilder line = new StringBuilder("    ");
      for (int i = 0; i < p.records().size(); i++) {
        String item = p.records().get(i) + (i + 1 < p.records().size() ? ", " : "");
        if (line.length() + item.length() > 100) {
          System.out.println(line.toString().stripTrailing());
          line.setLength(4);
        }
        line.append(item);
      }
      if (line.length() > 4) {
        System.out.println(line);
      }
    }
    System.out.println("- country ids mapped by a reviewed decision (countries.tsv):");
    for (HistoryAtStateRecords.Mapping m : hs.mappings().values()) {
      if (m.basis().startsWith("reviewed")) {
        System.out.println("    " + m.upstreamId() + " -> " + m.alpha2());
      }
    }
  }

  /**
   * The bundled data with the Office's records laid over it.
   *
   * @param base the base dataset
   * @param hs the records made from the Office's files over that base
   * @return the combined dataset, checked whole
   * @throws DatasetException if a record clashes with the base or breaks a rule between records
   */
  static Parley combine(Parley base, HistoryAtStateRecords hs) throws DatasetException {
    Parley.Builder b = Parley.builder().addAll(base);
    for (Entity e : hs.records()) {
      b.add(e);
    }
    return b.build();
  }

  /**
   * Each meeting with the US as a party that did not come from the Office's files, in order,
   * with the Office's trips and visits between the same two countries that share a day with it
   * or fall within a day of it.
   */
  static Map<Meeting, List<Meeting>> officeRecords(Parley combined) {
    Map<Meeting, List<Meeting>> out = new LinkedHashMap<>();
    for (Meeting m : combined.meetings().involving("US").list()) {
      if (m.id().startsWith(PREFIX)) {
        continue;
      }
      String other = m.parties().get(0).equals("us") ? m.parties().get(1) : m.parties().get(0);
      LocalDate first = m.span().firstDay().minusDays(1);
      LocalDate last = m.span().lastDay().orElseThrow().plusDays(1);
      List<Meeting> found = new ArrayList<>();
      for (Meeting r : combined.meetings().between("us", other).within(first, last).list()) {
        if (r.id().startsWith(PREFIX)) {
          found.add(r);
        }
      }
      out.put(m, found);
    }
    return out;
  }

  /** The traveller of a trip (the session's participant), or the visitor of a visit. */
  static String who(Parley p, Meeting m) {
    if (m.id().startsWith(PREFIX + "visit-")) {
      return m.citations().get(0).excerpt().orElse("");
    }
    List<String> names = new ArrayList<>();
    m.sessions().forEach(s -> {
      for (Participant x : s.participants()) {
        names.add(p.people().get(x.person()).name());
      }
    });
    return String.join(", ", names);
  }

  /** The city, or the several places a trip's locale names, or the country's name. */
  static String where(Parley p, Meeting m) {
    if (m.place().isEmpty()) {
      return "by " + m.mode().id();
    }
    Place place = m.place().get();
    if (place.city().isPresent()) {
      return place.city().get();
    }
    Country c = p.countries().get(place.country());
    if (m.id().startsWith(PREFIX + "trip-") && m.citations().size() > 1) {
      return m.citations().get(1).excerpt().orElse(c.name());
    }
    return c.name();
  }

  /** The record's remarks: a trip's first citation, a visit's second. */
  static String remarks(Meeting m) {
    int at = m.id().startsWith(PREFIX + "visit-") ? 1 : 0;
    return m.citations().size() > at ? m.citations().get(at).excerpt().orElse("") : "";
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3).stripTrailing() + "...";
  }
}
