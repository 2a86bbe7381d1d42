package io.parley;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.ClaimIndex;
import io.parley.internal.query.Indexes;
import io.parley.internal.query.PositionIndex;
import io.parley.internal.query.Postings;
import io.parley.internal.query.Table;
import io.parley.internal.text.NameKey;
import io.parley.internal.text.Suggest;
import io.parley.model.Agreement;
import io.parley.model.ClaimStatus;
import io.parley.model.Country;
import io.parley.model.Event;
import io.parley.model.HolderKind;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.PartialDate;
import io.parley.model.Place;
import io.parley.model.Position;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link Parley#timeline(String, String)} from the indexes: the pair's meetings, the
 * agreements and events of both countries (postings intersected), the territories both claim and
 * their claims and topics, and the positions stated at the pair's meetings or on those topics. No
 * step scans a whole table.
 */
final class Timelines {
  private Timelines() {}

  /** What a narrowed timeline keeps: records about these topics or territories. */
  record Scope(Set<String> topics, Set<String> territories) {}

  /**
   * The order of a timeline: by the last day an entry's date may be, so that an entry known only
   * to the month or year comes after the days it contains (a protest dated "September 2012" after
   * the event of 11 September it answers); then finer dates before coarser ones; then events,
   * agreements, claims, meetings and positions; then by id.
   */
  static final Comparator<TimelineEntry> ORDER = Comparator
      .comparing((TimelineEntry e) -> e.date().lastDay())
      .thenComparing((TimelineEntry e) -> e.date().precision(), Comparator.reverseOrder())
      .thenComparingInt(Timelines::rank)
      .thenComparing(e -> e.record().id());

  /**
   * The topics and territories a word names: a topic's id, a territory's id, or any name of a
   * territory or its features (as {@link TerritoryQuery#named} matches it).
   */
  static Scope scope(Indexes indexes, String about) {
    Table<Topic> topics = indexes.topics();
    if (topics.contains(about)) {
      Topic t = topics.records.get(topics.indexOf(about));
      return new Scope(Set.of(about), t.territory().map(Set::of).orElse(Set.of()));
    }
    Table<Territory> territories = indexes.territories();
    int[] named;
    if (territories.contains(about)) {
      named = new int[] {territories.indexOf(about)};
    } else {
      try {
        named = indexes.names().territories().find(about, "territory").positions;
      } catch (IllegalArgumentException e) {
        named = new int[0];
      }
    }
    if (named.length == 0) {
      Set<String> ids = new TreeSet<>(topics.ids());
      ids.addAll(territories.ids());
      throw new IllegalArgumentException("\"" + about + "\" is neither a topic nor a territory"
          + Suggest.didYouMean(about, ids));
    }
    Set<String> territoryIds = new HashSet<>();
    Set<String> topicIds = new HashSet<>();
    for (int p : named) {
      String id = territories.records.get(p).id();
      territoryIds.add(id);
      for (int t : indexes.topicsOf(id)) {
        topicIds.add(topics.records.get(t).id());
      }
    }
    return new Scope(topicIds, territoryIds);
  }

  static ImmutableList<TimelineEntry> between(Indexes indexes, String a, String b,
      @Nullable Scope scope) {
    checkArgument(!a.equals(b), "a timeline is between two different countries, not %s twice", a);
    Titles titles = new Titles(indexes);
    List<TimelineEntry> out = new ArrayList<>();

    Table<Meeting> meetings = indexes.meetings();
    int[] pairMeetings = indexes.meetingIndex().byPair.get(Indexes.pair(a, b));
    for (int p : pairMeetings) {
      Meeting m = meetings.records.get(p);
      if (scope == null || intersects(m.topics(), scope.topics())) {
        out.add(new TimelineEntry.MeetingEntry(m, titles.meeting(m)));
      }
    }
    Table<Agreement> agreements = indexes.agreements();
    for (int p : Postings.intersect(indexes.agreementByParty().get(a), indexes.agreementByParty().get(b))) {
      Agreement g = agreements.records.get(p);
      if (scope == null || intersects(g.topics(), scope.topics())) {
        out.add(new TimelineEntry.AgreementEntry(g, "signed: " + g.title()));
      }
    }
    Table<Event> events = indexes.events();
    for (int p : Postings.intersect(indexes.eventByCountry().get(a), indexes.eventByCountry().get(b))) {
      Event e = events.records.get(p);
      if (scope == null || (e.territory().isPresent()
          && scope.territories().contains(e.territory().get()))) {
        out.add(new TimelineEntry.EventEntry(e, e.title()));
      }
    }

    ClaimIndex claims = indexes.claimIndex();
    Set<String> topicsOfShared = new HashSet<>();
    for (String territory : claims.byTerritory.keys()) {
      TreeSet<String> claimants = claims.claimantsOf.get(territory);
      if (claimants == null || !claimants.contains(a) || !claimants.contains(b)
          || (scope != null && !scope.territories().contains(territory))) {
        continue;
      }
      for (int p : claims.byTerritory.get(territory)) {
        TerritorialClaim c = indexes.claims().records.get(p);
        if (c.claimant().equals(a) || c.claimant().equals(b)) {
          out.add(new TimelineEntry.ClaimEntry(c, titles.claim(c)));
        }
      }
      for (int t : indexes.topicsOf(territory)) {
        topicsOfShared.add(indexes.topics().records.get(t).id());
      }
    }

    Table<Position> positions = indexes.positions();
    PositionIndex byPosition = indexes.positionIndex();
    TreeSet<Integer> said = new TreeSet<>();
    for (int m : pairMeetings) {
      for (int p : byPosition.byMeeting.get(meetings.records.get(m).id())) {
        said.add(p);
      }
    }
    for (String topic : topicsOfShared) {
      for (int p : byPosition.byTopic.get(topic)) {
        said.add(p);
      }
    }
    for (int p : said) {
      Position x = positions.records.get(p);
      String holder = x.holder().country().orElse("");
      if (x.holder().kind() != HolderKind.ANALYST && (holder.equals(a) || holder.equals(b))
          && (scope == null || scope.topics().contains(x.topic()))) {
        out.add(new TimelineEntry.PositionEntry(x, titles.position(x)));
      }
    }
    out.sort(ORDER);
    return ImmutableList.copyOf(out);
  }

  private static boolean intersects(Collection<String> ids, Set<String> wanted) {
    for (String id : ids) {
      if (wanted.contains(id)) {
        return true;
      }
    }
    return false;
  }

  private static int rank(TimelineEntry e) {
    if (e instanceof TimelineEntry.EventEntry) {
      return 0;
    }
    if (e instanceof TimelineEntry.AgreementEntry) {
      return 1;
    }
    if (e instanceof TimelineEntry.ClaimEntry) {
      return 2;
    }
    return e instanceof TimelineEntry.MeetingEntry ? 3 : 4;
  }

  /** Titles with the names a reader knows in place of ids. */
  private static final class Titles {
    private final Indexes indexes;

    Titles(Indexes indexes) {
      this.indexes = indexes;
    }

    String country(String id) {
      Table<Country> t = indexes.countries();
      return t.contains(id) ? t.records.get(t.indexOf(id)).name() : id;
    }

    String meeting(Meeting m) {
      StringBuilder b = new StringBuilder()
          .append(country(m.parties().get(0))).append('-').append(country(m.parties().get(1)))
          .append(' ').append(format(m.format()));
      m.number().ifPresent(n -> b.append(", round ").append(n));
      if (m.mode().isRemote()) {
        b.append(", by ").append(m.mode().id());
      }
      m.place().flatMap(Place::city).ifPresent(c -> b.append(", in ").append(c));
      m.occasion().ifPresent(o -> b.append(" (").append(o).append(')'));
      return b.toString();
    }

    String claim(TerritorialClaim c) {
      Table<Territory> t = indexes.territories();
      String territory = t.contains(c.territory())
          ? t.records.get(t.indexOf(c.territory())).neutralName() : c.territory();
      String title = country(c.claimant()) + " claims " + territory;
      return c.status() == ClaimStatus.ACTIVE ? title : title + " (" + c.status().id() + ")";
    }

    String position(Position p) {
      StringBuilder b = new StringBuilder(country(p.holder().country().orElse("?")));
      p.holder().person().ifPresent(id -> {
        Table<io.parley.model.Person> people = indexes.people();
        if (people.contains(id)) {
          b.append(" (").append(people.records.get(people.indexOf(id)).name()).append(')');
        }
      });
      return b.append(' ').append(p.stance().id()).append(": ").append(p.summary()).toString();
    }

    private static String format(MeetingFormat f) {
      return switch (f) {
        case SUMMIT -> "summit";
        case TWO_PLUS_TWO -> "2+2";
        case FOREIGN_MINISTERS -> "foreign ministers' meeting";
        case DEFENCE_MINISTERS -> "defence ministers' meeting";
        case VICE_MINISTERIAL -> "vice-ministerial meeting";
        case WORKING_LEVEL -> "working-level meeting";
        case PHONE_CALL -> "phone call";
        case OTHER -> "meeting";
      };
    }
  }
}
