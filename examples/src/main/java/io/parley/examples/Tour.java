package io.parley.examples;

import io.parley.Divergence;
import io.parley.Parley;
import io.parley.TimelineEntry;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Name;
import io.parley.model.Office;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Position;
import io.parley.model.Relation;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tour of Parley and its bundled data, run by the README's first command. */
public final class Tour {
  private Tour() {}

  /**
   * Prints the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Parley parley = Parley.bundled();
    System.out.println("Parley " + Parley.libraryVersion() + ", bundled dataset " + parley.dataVersion());
    System.out.println(parley.manifest().citation());
    System.out.println();

    TextTable counts = new TextTable("records", "count");
    counts.row("meetings", parley.meetings().count())
        .row("positions", parley.positions().count())
        .row("people", parley.people().count())
        .row("countries", parley.countries().count())
        .row("territories", parley.territories().count())
        .row("claims", parley.claims().count())
        .row("agreements", parley.agreements().count())
        .row("events", parley.events().count())
        .row("sources", parley.sources().count());
    System.out.print(counts);
    System.out.println();

    System.out.println("1. parley.meetings().between(\"JP\", \"RU\").format(TWO_PLUS_TWO)");
    TextTable rounds = new TextTable("round", "dates", "city", "participants");
    for (Meeting m : parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list()) {
      List<String> names = new ArrayList<>();
      m.sessions().stream().flatMap(s -> s.participants().stream()).map(Participant::person).distinct()
          .forEach(id -> names.add(parley.people().get(id).name()));
      rounds.row(m.number().isPresent() ? m.number().getAsInt() : "", m.span(),
          m.place().flatMap(Place::city).orElse("by " + m.mode().id()), String.join(", ", names));
    }
    System.out.print(rounds);
    System.out.println();

    System.out.println("2. parley.meetings().between(\"JP\", \"RU\").format(SUMMIT), per year and occasion");
    Map<Integer, List<String>> perYear = new TreeMap<>();
    for (Meeting m : parley.meetings().between("JP", "RU").format(MeetingFormat.SUMMIT).list()) {
      perYear.computeIfAbsent(m.span().start().year(), y -> new ArrayList<>())
          .add(m.place().map(p -> p.city().orElse(p.country())).orElse("by " + m.mode().id()));
    }
    TextTable years = new TextTable("year", "summits", "where");
    perYear.forEach((year, places) -> years.row(year, places.size(), String.join(", ", places)));
    System.out.print(years);
    System.out.println();

    System.out.println("3. parley.territories().named(...) finds a territory by any name or word of one,"
        + " in any script");
    TextTable found = new TextTable("looked up", "found", "the name each claimant uses (claims of 2026)");
    for (String name : new String[] {"Southern Kuriles", "北方領土", "Южные Курилы", "Kurils",
        "Diaoyu Islands", "Senkaku", "黄尾屿", "독도", "Takeshima", "Крым"}) {
      for (Territory t : parley.territories().named(name).list()) {
        List<String> names = new ArrayList<>();
        parley.claims().over(t).asOf(LocalDate.parse("2026-01-01")).list().stream()
            .map(TerritorialClaim::claimant).distinct()
            .forEach(c -> names.add(parley.countries().get(c).name() + ": "
                + t.nameUsedBy(c).map(Name::text).orElse("-")));
        found.row(name, t.neutralName(), String.join("; ", names));
      }
    }
    System.out.print(found);
    System.out.println();

    System.out.println("4. parley.people().holding(FOREIGN_MINISTER, \"JP\", 2017-03-20)");
    for (Person p : parley.people().holding(Office.FOREIGN_MINISTER, "JP", LocalDate.parse("2017-03-20")).list()) {
      System.out.println("   " + p.name() + p.nameIn("ja").map(n -> " (" + n.text() + ")").orElse(""));
    }
    for (String typed : new String[] {"Putin", "Lavrov", "Abe", "岸田"}) {
      System.out.println("   parley.people().named(\"" + typed + "\").first(): "
          + parley.people().named(typed).first().map(Person::name).orElse("-"));
    }
    System.out.println();

    System.out.println("5. parley.positions().divergence(\"JP\", \"RU\"): where each side's latest word"
        + " on a question conflicts");
    Map<Relation, Integer> relations = new TreeMap<>();
    for (Divergence d : parley.positions().divergence("JP", "RU")) {
      relations.merge(d.relation(), 1, Integer::sum);
      if (d.conflicts()) {
        System.out.println("   " + d.topic() + ", " + d.gapDays().getAsLong() + " days apart");
        System.out.println("      Japan   " + said(parley, d.first().orElseThrow()));
        System.out.println("      Russia  " + said(parley, d.second().orElseThrow()));
      }
    }
    System.out.println("   questions by relation: " + relations);
    System.out.println();

    System.out.println("6. parley.positions().of(\"RU\").on(\"peace-treaty\").latest()");
    parley.positions().of("RU").on("peace-treaty").latest().ifPresent(Tour::printPosition);
    System.out.println();

    List<TimelineEntry> timeline = parley.timeline("JP", "RU");
    System.out.println("7. parley.timeline(\"JP\", \"RU\"): " + timeline.size() + " entries; the first five:");
    for (TimelineEntry e : timeline.subList(0, Math.min(5, timeline.size()))) {
      System.out.println("   " + e.date() + "  " + e.title());
    }
  }

  /** A statement as a reader wants it: when, and yes or no to which proposition. */
  static String said(Parley parley, Position p) {
    return p.date() + (p.agrees().orElseThrow() ? " yes: " : " no:  ")
        + parley.propositions().get(p.proposition().orElseThrow()).text();
  }

  private static void printPosition(Position p) {
    System.out.println("   " + p.date() + " " + p.stance().id() + ": " + p.summary());
    p.quote().ifPresent(q -> System.out.println("   \"" + q + "\""));
    p.citations().stream().map(c -> c.source()).distinct()
        .forEach(s -> System.out.println("   source: " + s));
  }
}
