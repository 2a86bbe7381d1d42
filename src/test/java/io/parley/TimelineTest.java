package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.parley.model.Agreement;
import io.parley.model.Event;
import io.parley.model.HolderKind;
import io.parley.model.Meeting;
import io.parley.model.PartialDate;
import io.parley.model.Position;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The timeline over the bundled data: membership, narrowing, titles and the order of partial dates. */
class TimelineTest {
  private static final Parley PARLEY = Parley.bundled();

  /**
   * What the timeline held when it scanned every claim, topic and position: the indexed version
   * must find the same records for every pair of countries.
   */
  private static Set<String> byScanning(Parley parley, String a, String b) {
    Set<String> out = new TreeSet<>();
    Set<String> meetingIds = new HashSet<>();
    for (Meeting m : parley.meetings().between(a, b).list()) {
      out.add(m.id());
      meetingIds.add(m.id());
    }
    for (Agreement g : parley.agreements().involving(a).involving(b).list()) {
      out.add(g.id());
    }
    for (Event e : parley.events().involving(a).involving(b).list()) {
      out.add(e.id());
    }
    Set<String> shared = new HashSet<>();
    for (Territory t : parley.territories().disputedBetween(a, b).list()) {
      shared.add(t.id());
    }
    for (TerritorialClaim c : parley.claims().list()) {
      if (shared.contains(c.territory()) && (c.claimant().equals(a) || c.claimant().equals(b))) {
        out.add(c.id());
      }
    }
    Set<String> sharedTopics = new HashSet<>();
    for (Topic t : parley.topics().list()) {
      if (t.territory().isPresent() && shared.contains(t.territory().get())) {
        sharedTopics.add(t.id());
      }
    }
    for (Position p : parley.positions().list()) {
      Optional<String> holder = p.holder().country();
      if (p.holder().kind() == HolderKind.ANALYST || holder.isEmpty()
          || !(holder.get().equals(a) || holder.get().equals(b))) {
        continue;
      }
      if ((p.meeting().isPresent() && meetingIds.contains(p.meeting().get()))
          || sharedTopics.contains(p.topic())) {
        out.add(p.id());
      }
    }
    return out;
  }

  private static Set<String> ids(List<TimelineEntry> entries) {
    return entries.stream().map(e -> e.record().id()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theIndexedTimelineHoldsWhatAScanFindsForEveryPair() {
    List<String> countries = PARLEY.countries().list().stream().map(c -> c.id()).toList();
    int nonEmpty = 0;
    for (String a : countries) {
      for (String b : countries) {
        if (a.compareTo(b) < 0) {
          ImmutableList<TimelineEntry> t = PARLEY.timeline(a, b);
          assertThat(ids(t)).as(a + "/" + b).isEqualTo(byScanning(PARLEY, a, b));
          assertThat(t).as("no entry twice").doesNotHaveDuplicates();
          nonEmpty += t.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(nonEmpty).as("pairs with a timeline").isGreaterThan(10);
  }

  @Test
  void anEntryKnownToTheMonthComesAfterTheDaysOfThatMonth() {
    for (String pair : List.of("jp/ru", "jp/kr", "jp/cn")) {
      String[] ab = pair.split("/");
      ImmutableList<TimelineEntry> t = PARLEY.timeline(ab[0], ab[1]);
      for (int i = 1; i < t.size(); i++) {
        PartialDate before = t.get(i - 1).date();
        PartialDate after = t.get(i).date();
        assertThat(before.lastDay()).as(t.get(i - 1) + " then " + t.get(i))
            .isBeforeOrEqualTo(after.lastDay());
        if (before.lastDay().equals(after.lastDay())) {
          assertThat(before.precision()).isGreaterThanOrEqualTo(after.precision());
        }
      }
    }
    // The rule as a reader meets it: a month and a day inside it, in either order of input.
    TimelineEntry month = entryDated(PartialDate.ofMonth(2012, 9));
    TimelineEntry day = entryDated(PartialDate.ofDay(2012, 9, 11));
    List<TimelineEntry> sorted = new java.util.ArrayList<>(List.of(month, day));
    sorted.sort(Timelines.ORDER);
    assertThat(sorted).containsExactly(day, month);
  }

  private static TimelineEntry entryDated(PartialDate date) {
    return new TimelineEntry.EventEntry(Event.builder().id("e-" + date)
        .span(io.parley.model.DateSpan.of(date)).title("an event").addCountries("jp", "ru")
        .addCitations(io.parley.model.Citation.builder().source("s").build()).build(), "x");
  }

  @Test
  void aTimelineNarrowsToATerritoryByIdOrAnyNameOrToATopic() {
    ImmutableList<TimelineEntry> all = PARLEY.timeline("JP", "KR");
    ImmutableList<TimelineEntry> byId = PARLEY.timeline("JP", "KR", "dokdo-takeshima");
    assertThat(byId).isNotEmpty().isSubsetOf(all);
    assertThat(PARLEY.timeline("jp", "kr", "Takeshima")).isEqualTo(byId);
    assertThat(PARLEY.timeline("JP", "KR", "독도")).isEqualTo(byId);
    for (TimelineEntry e : byId) {
      if (e instanceof TimelineEntry.PositionEntry p) {
        assertThat(p.position().topic()).isEqualTo("dokdo-takeshima-dispute");
      } else if (e instanceof TimelineEntry.ClaimEntry c) {
        assertThat(c.claim().territory()).isEqualTo("dokdo-takeshima");
      } else if (e instanceof TimelineEntry.EventEntry v) {
        assertThat(v.event().territory()).contains("dokdo-takeshima");
      }
    }
    ImmutableList<TimelineEntry> treaty = PARLEY.timeline("JP", "RU", "peace-treaty");
    assertThat(treaty).isNotEmpty().isSubsetOf(PARLEY.timeline("JP", "RU"));
    assertThat(treaty).allMatch(e -> !(e instanceof TimelineEntry.PositionEntry p)
        || p.position().topic().equals("peace-treaty"));
  }

  @Test
  void anUnknownTopicOrTerritoryIsRefusedWithTheClosestIds() {
    assertThatThrownBy(() -> PARLEY.timeline("JP", "KR", "dokdo-takeshma"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dokdo-takeshima");
  }

  @Test
  void titlesNameCountriesPeopleAndTerritories() {
    ImmutableList<TimelineEntry> t = PARLEY.timeline("JP", "RU");
    assertThat(t).filteredOn(e -> e instanceof TimelineEntry.ClaimEntry)
        .extracting(TimelineEntry::title)
        .contains("Japan claims Southern Kuril Islands / Northern Territories");
    assertThat(t).filteredOn(e -> e instanceof TimelineEntry.MeetingEntry)
        .extracting(TimelineEntry::title)
        .contains("Japan-Russia 2+2, round 1, in Tokyo");
    assertThat(t).extracting(TimelineEntry::title).noneMatch(s -> s.startsWith("jp "));
  }
}
