package io.parley.internal.query;


import io.parley.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The position indexes. */
public final class PositionIndex {
  public final Postings byCountry;
  public final Postings byPerson;
  public final Postings byTopic;
  public final Postings byMeeting;
  /** First and last day of each position's date, as epoch days. */
  public final long[] start;
  public final long[] end;
  /**
   * Each position's group: its holder (a country, or the person for an analyst) and topic. As
   * of a day, the latest position of each group is the holder's word on the topic.
   */
  public final int[] group;
  public final int groups;
  /** Each group's positions, ascending (so in date order). */
  public final int[][] members;
  /** Each group's topic, and its country (null for an analyst's group). */
  public final String[] groupTopic;
  public final @Nullable String[] groupCountry;
  private final List<Position> records;
  /** The groups of the positions held by a country, stated by a person, on a topic. */
  public final Postings groupsByCountry;
  public final Postings groupsByPerson;
  public final Postings groupsByTopic;

  public PositionIndex(Table<Position> positions) {
    records = positions.records;
    Postings.Builder country = new Postings.Builder();
    Postings.Builder person = new Postings.Builder();
    Postings.Builder topic = new Postings.Builder();
    Postings.Builder meeting = new Postings.Builder();
    Postings.Builder countryGroups = new Postings.Builder();
    Postings.Builder personGroups = new Postings.Builder();
    Postings.Builder topicGroups = new Postings.Builder();
    int n = positions.size();
    start = new long[n];
    end = new long[n];
    group = new int[n];
    Map<String, Integer> groupIds = new HashMap<>();
    List<String> topics = new ArrayList<>();
    List<@Nullable String> countries = new ArrayList<>();
    int[] sizes = new int[16];
    for (int i = 0; i < n; i++) {
      Position p = positions.records.get(i);
      boolean analyst = p.holder().kind() == io.parley.model.HolderKind.ANALYST;
      String holder = analyst
          ? "person:" + p.holder().person().orElse("")
          : "country:" + p.holder().country().orElse("");
      String key = holder + "|" + p.topic();
      Integer g = groupIds.get(key);
      if (g == null) {
        g = groupIds.size();
        groupIds.put(key, g);
        topics.add(p.topic());
        countries.add(analyst ? null : p.holder().country().orElse(null));
        if (g == sizes.length) {
          sizes = java.util.Arrays.copyOf(sizes, g * 2);
        }
      }
      group[i] = g;
      sizes[g]++;
      end[i] = p.date().lastDay().toEpochDay();
      if (p.holder().country().isPresent()) {
        country.add(p.holder().country().get(), i);
        countryGroups.add(p.holder().country().get(), g);
      }
      if (p.holder().person().isPresent()) {
        person.add(p.holder().person().get(), i);
        personGroups.add(p.holder().person().get(), g);
      }
      topic.add(p.topic(), i);
      topicGroups.add(p.topic(), g);
      if (p.meeting().isPresent()) {
        meeting.add(p.meeting().get(), i);
      }
      start[i] = p.date().firstDay().toEpochDay();
    }
    groups = groupIds.size();
    members = new int[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = new int[sizes[g]];
      sizes[g] = 0;
    }
    for (int i = 0; i < n; i++) {
      int g = group[i];
      members[g][sizes[g]++] = i;
    }
    groupTopic = topics.toArray(new String[0]);
    groupCountry = countries.toArray(new String[0]);
    byCountry = country.build();
    byPerson = person.build();
    byTopic = topic.build();
    byMeeting = meeting.build();
    groupsByCountry = countryGroups.build();
    groupsByPerson = personGroups.build();
    groupsByTopic = topicGroups.build();
  }

  /**
   * The last member of the group (so the latest in table order) whose every day is on or before
   * {@code day} and that passes the query's filters; -1 if none.
   */
  public int latest(int g, long day, Filter.Test<Position> passes) {
    int[] m = members[g];
    int lo = 0;
    int hi = m.length;
    while (lo < hi) { // the first member starting after the day
      int mid = (lo + hi) >>> 1;
      if (start[m[mid]] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo - 1; k >= 0; k--) {
      int p = m[k];
      if (end[p] <= day && passes.test(p, records.get(p))) {
        return p;
      }
    }
    return -1;
  }
}
