package io.parley;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.discourse.Questions;
import io.parley.internal.query.Candidates;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.internal.query.PositionIndex;
import io.parley.internal.query.QuestionGroups;
import io.parley.internal.text.Suggest;
import io.parley.model.Country;
import io.parley.model.Meeting;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Relation;
import io.parley.model.Topic;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A query over positions, in chronological order.
 *
 * <pre>{@code
 * // What Russia has said on the southern Kurils since 2013
 * parley.positions().of("RU").on("kuril-islands-dispute")
 *     .within(LocalDate.parse("2013-01-01"), LocalDate.now()).list();
 * // Each holder's latest word on each topic as of a day
 * parley.positions().asOf(LocalDate.parse("2017-03-20")).list();
 * // Where Tokyo and Moscow diverge
 * parley.positions().divergence("JP", "RU");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PositionQuery extends Query<Position, PositionQuery> {
  private final Optional<LocalDate> asOf;

  PositionQuery(Indexes indexes, ImmutableList<Filter<Position>> filters, Optional<LocalDate> asOf) {
    super(indexes, indexes.positions(), filters);
    this.asOf = asOf;
  }

  @Override
  PositionQuery with(ImmutableList<Filter<Position>> filters) {
    return new PositionQuery(indexes, filters, asOf);
  }

  /**
   * Positions held by the country: stated by its government, by an official speaking for it, or
   * by an unnamed official of it.
   *
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @since 0.1.0
   */
  public PositionQuery of(String country) {
    return ofCountry(indexes.countryId(country));
  }

  /**
   * Positions held by the country.
   *
   * @param country a country
   * @return the refined query
   * @since 0.1.0
   */
  public PositionQuery of(Country country) {
    return ofCountry(indexes.countryId(country));
  }

  private PositionQuery ofCountry(String id) {
    PositionIndex index = indexes.positionIndex();
    return where(Filter.positions(index.byCountry.get(id), index.groupsByCountry.get(id)));
  }

  /**
   * Positions stated by the person, as an official or as an analyst.
   *
   * @param person a person
   * @return the refined query
   * @since 0.1.0
   */
  public PositionQuery of(Person person) {
    return statedBy(checkNotNull(person, "person").id());
  }

  /**
   * Positions stated by the person with the id.
   *
   * @param personId a person id, such as {@code sergey-lavrov}
   * @return the refined query
   * @throws IllegalArgumentException if no person has the id
   * @since 0.1.0
   */
  public PositionQuery statedBy(String personId) {
    Indexes.known(indexes.people(), personId);
    PositionIndex index = indexes.positionIndex();
    return where(Filter.positions(index.byPerson.get(personId), index.groupsByPerson.get(personId)));
  }

  /**
   * Positions on the topic, or on any topic about the territory: {@code on("peace-treaty")}, and
   * {@code on("southern-kurils")} for the positions on the Kuril Islands dispute.
   *
   * @param topicOrTerritoryId a topic id, such as {@code peace-treaty}, or a territory id, such as
   *     {@code southern-kurils}
   * @return the refined query
   * @throws IllegalArgumentException if no topic or territory has the id; the message names the
   *     closest ids of both
   * @since 0.1.0
   */
  public PositionQuery on(String topicOrTerritoryId) {
    checkNotNull(topicOrTerritoryId, "topic or territory id");
    PositionIndex index = indexes.positionIndex();
    if (indexes.topics().contains(topicOrTerritoryId)) {
      return where(Filter.positions(index.byTopic.get(topicOrTerritoryId),
          index.groupsByTopic.get(topicOrTerritoryId)));
    }
    if (!indexes.territories().contains(topicOrTerritoryId)) {
      java.util.Set<String> ids = new java.util.TreeSet<>(indexes.topics().ids());
      ids.addAll(indexes.territories().ids());
      throw new IllegalArgumentException("no topic or territory with id \"" + topicOrTerritoryId
          + "\"" + Suggest.didYouMean(topicOrTerritoryId, ids));
    }
    java.util.TreeSet<Integer> positions = new java.util.TreeSet<>();
    java.util.TreeSet<Integer> groups = new java.util.TreeSet<>();
    for (int t : indexes.topicsOf(topicOrTerritoryId)) {
      String topic = indexes.topics().records.get(t).id();
      for (int p : index.byTopic.get(topic)) {
        positions.add(p);
      }
      for (int g : index.groupsByTopic.get(topic)) {
        groups.add(g);
      }
    }
    return where(Filter.positions(positions.stream().mapToInt(Integer::intValue).toArray(),
        groups.stream().mapToInt(Integer::intValue).toArray()));
  }

  /**
   * Positions on the topic.
   *
   * @param topic a topic
   * @return the refined query
   * @since 0.1.0
   */
  public PositionQuery on(Topic topic) {
    return on(checkNotNull(topic, "topic").id());
  }

  /**
   * Positions stated on a day in {@code [from, to]}: every day of a partially known date must lie
   * in the range.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the refined query
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @since 0.1.0
   */
  public PositionQuery within(LocalDate from, LocalDate to) {
    Indexes.checkOrder(from, to);
    PositionIndex index = indexes.positionIndex();
    Candidates c = Indexes.dayRange(index.start, from.toEpochDay(), to.toEpochDay());
    return where(Filter.indexedByPosition(c, new DaysWithin(index, from.toEpochDay(), to.toEpochDay())));
  }

  /**
   * Positions stated at the meeting.
   *
   * @param meetingId a meeting id
   * @return the refined query
   * @throws IllegalArgumentException if no meeting has the id
   * @since 0.1.0
   */
  public PositionQuery statedAt(String meetingId) {
    Indexes.known(indexes.meetings(), meetingId);
    return where(Filter.positions(indexes.positionIndex().byMeeting.get(meetingId)));
  }

  /**
   * Positions stated at the meeting.
   *
   * @param meeting a meeting
   * @return the refined query
   * @since 0.1.0
   */
  public PositionQuery statedAt(Meeting meeting) {
    return statedAt(checkNotNull(meeting, "meeting").id());
  }

  /**
   * The latest position of each holder on each topic as of the day: of the positions stated on or
   * before it (every day of a partial date), the latest per holder and topic. A holder is a country
   * for government, official and unnamed-official positions, and the person for an analyst's.
   * Ties on the date go to the later id.
   *
   * @param date the day
   * @return the refined query
   * @since 0.1.0
   */
  public PositionQuery asOf(LocalDate date) {
    checkNotNull(date, "date");
    PositionIndex index = indexes.positionIndex();
    return new PositionQuery(indexes, filters, Optional.of(date))
        .where(Filter.indexedByPosition(
            Indexes.dayRange(index.start, Long.MIN_VALUE / 2, date.toEpochDay()),
            new DaysWithin(index, Long.MIN_VALUE, date.toEpochDay())));
  }

  /**
   * Whether every day of a position's date lies in [first, last], on the index's arrays. Complete
   * on its own, not only on the candidates its date range yields: a query as of a day tests it on
   * positions found through other indexes.
   */
  private static final class DaysWithin implements Filter.Test<Position> {
    private final PositionIndex index;
    private final long first;
    private final long last;

    DaysWithin(PositionIndex index, long first, long last) {
      this.index = index;
      this.first = first;
      this.last = last;
    }

    @Override
    public boolean test(int position, Position record) {
      return index.start[position] >= first && index.end[position] <= last;
    }
  }

  @Override
  boolean finishes() {
    return asOf.isPresent();
  }

  /**
   * As of a day, the latest match of each holder-and-topic group, found one of two ways, whichever
   * touches fewer positions: walk the query's candidates and keep the last of each group; or, for
   * each group the filters allow (a country's, a person's, a topic's), binary-search its members
   * for the day and step back to the latest that passes. The second is what makes "a country's
   * positions as of a day" cost O(topics × log n) rather than O(the country's positions).
   */
  @Override
  int[] matches() {
    if (asOf.isEmpty()) {
      return super.matches();
    }
    PositionIndex index = indexes.positionIndex();
    long day = asOf.get().toEpochDay();
    int[] hint = null;
    for (Filter<Position> f : filters) {
      if (f.groups != null && (hint == null || f.groups.length < hint.length)) {
        hint = f.groups;
      }
    }
    int groupCount = hint == null ? index.groups : hint.length;
    Plan<Position> plan = plan();
    if (plan.best.size() <= 4 * groupCount) {
      return latestPerGroup(walk(plan), index);
    }
    int[] out = new int[groupCount];
    Filter.Test<Position> passes = this::passes;
    int n = 0;
    for (int i = 0; i < groupCount; i++) {
      int p = index.latest(hint == null ? i : hint[i], day, passes);
      if (p >= 0) {
        out[n++] = p;
      }
    }
    java.util.Arrays.sort(out, 0, n);
    return java.util.Arrays.copyOf(out, n);
  }

  /** Of ascending matches, the last of each group, ascending; O(matches), no per-group array. */
  private static int[] latestPerGroup(int[] matches, PositionIndex index) {
    int capacity = Integer.highestOneBit(Math.max(4, matches.length * 2 - 1)) << 1;
    int[] seen = new int[capacity];
    java.util.Arrays.fill(seen, -1);
    int[] kept = new int[matches.length];
    int n = matches.length;
    for (int i = matches.length - 1; i >= 0; i--) {
      int g = index.group[matches[i]];
      int h = (g * 0x9E3779B9) >>> 1 & (capacity - 1);
      while (seen[h] >= 0 && seen[h] != g) {
        h = (h + 1) & (capacity - 1);
      }
      if (seen[h] < 0) {
        seen[h] = g;
        kept[--n] = matches[i];
      }
    }
    return java.util.Arrays.copyOfRange(kept, n, matches.length);
  }

  /**
   * What the two countries have said on each question, side by side: for every proposition (with
   * those it excludes) on a topic both have spoken to, each one's latest statement among this
   * query's positions (as of its {@linkplain #asOf as-of} day, if any), and how the two relate:
   *
   * <ul>
   *   <li>{@link Relation#CONFLICT}: one agrees and the other disagrees with a proposition, or each
   *       agrees with one of two that exclude each other;
   *   <li>{@link Relation#CONGRUENCE}: both agree, or both disagree, with it (or one agrees with a
   *       proposition and the other disagrees with one it excludes);
   *   <li>{@link Relation#ONE_SIDED}: only one has spoken on the question;
   *   <li>{@link Relation#UNRELATED}: both spoke, but neither in agreement nor in conflict.
   * </ul>
   *
   * <p>Only positions coded to a proposition count, and analysts' positions never count as a
   * country's. Each row carries both statements, their dates and {@link Divergence#gapDays() the
   * gap between them}, so that a 2014 statement is not silently set against a 2019 one. Ordered
   * by topic, then by the question's first proposition id.
   *
   * <pre>{@code
   * parley.positions().divergence("JP", "RU").stream()
   *     .filter(Divergence::conflicts)
   *     .forEach(d -> System.out.println(d.topic() + " " + d.propositions()));
   * }</pre>
   *
   * @param a a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @param b another country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the divergences
   * @throws IllegalArgumentException if a code is unknown or both are the same
   * @since 0.1.0
   */
  public ImmutableList<Divergence> divergence(String a, String b) {
    return divergenceOf(indexes.countryId(a), indexes.countryId(b));
  }

  /**
   * What the two countries have said on each question, side by side; see {@link
   * #divergence(String, String)}.
   *
   * @param a a country
   * @param b another country
   * @return the divergences
   * @since 0.1.0
   */
  public ImmutableList<Divergence> divergence(Country a, Country b) {
    return divergenceOf(indexes.countryId(a), indexes.countryId(b));
  }

  private ImmutableList<Divergence> divergenceOf(String a, String b) {
    checkArgument(!a.equals(b), "divergence needs two different countries, not %s twice", a);
    Questions questions = indexes.questions();
    Map<String, Position> latestA = wordOnEachQuestion(a);
    Map<String, Position> latestB = wordOnEachQuestion(b);
    ImmutableList.Builder<Divergence> out = ImmutableList.builder();
    for (Questions.Row row : questions.between(latestA, latestB)) {
      out.add(new Divergence(row.topic(), questions.members(row.question()),
          Optional.ofNullable(row.first()), Optional.ofNullable(row.second()), row.relation()));
    }
    return out.build();
  }

  /**
   * The country's word on each question among this query's matches (as {@link
   * Questions#latest} defines it): the last member of each of its question groups that the query
   * allows and that ends by the as-of day, if any. A group's members are in table order, which is
   * date order with ties by id, so the last allowed is the latest, and on a tie the later.
   */
  private Map<String, Position> wordOnEachQuestion(String country) {
    long day = asOf.isPresent() ? asOf.get().toEpochDay() : Long.MAX_VALUE;
    long[] end = indexes.positionIndex().end;
    QuestionGroups groups = indexes.questionGroups();
    int[][] members = groups.of(country);
    String[] keys = groups.keysOf(country);
    Map<String, Position> out = new HashMap<>();
    for (int g = 0; g < members.length; g++) {
      for (int k = members[g].length - 1; k >= 0; k--) {
        int p = members[g][k];
        Position x = table.records.get(p);
        if (end[p] <= day && passes(p, x)) {
          out.put(keys[g], x);
          break;
        }
      }
    }
    return out;
  }

}
