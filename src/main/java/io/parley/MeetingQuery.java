package io.parley;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.parley.internal.query.Candidates;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.internal.query.MeetingIndex;
import io.parley.internal.text.Suggest;
import io.parley.model.Country;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Topic;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * A query over meetings, in chronological order.
 *
 * <pre>{@code
 * for (Meeting m : parley.meetings().between("JP", "RU").inSeries("jp-ru-2plus2").list()) {
 *   System.out.println(m.number().getAsInt() + ". " + m.span() + " " + m.place().flatMap(Place::city).orElse(""));
 * }
 * parley.meetings().attendedBy("sergey-lavrov").during(2019).count();
 * }</pre>
 *
 * <p>Countries may be given as {@link Country} values or by any code that {@link CountryQuery#code}
 * accepts (ISO alpha-2, alpha-3 or numeric, {@code COW:365}, {@code GW:740} or a Wikidata id such
 * as {@code Q159}, any case); people and topics as values or ids. An unknown code or id fails at once with an {@link
 * IllegalArgumentException} that names it and what was close.
 *
 * @since 0.1.0
 */
public final class MeetingQuery extends Query<Meeting, MeetingQuery> {
  MeetingQuery(Indexes indexes, ImmutableList<Filter<Meeting>> filters) {
    super(indexes, indexes.meetings(), filters);
  }

  @Override
  MeetingQuery with(ImmutableList<Filter<Meeting>> filters) {
    return new MeetingQuery(indexes, filters);
  }

  /**
   * Meetings between the two countries, whichever hosted.
   *
   * @param a a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @param b the other country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @throws IllegalArgumentException if a code is unknown or both name the same country
   * @since 0.1.0
   */
  public MeetingQuery between(String a, String b) {
    return betweenIds(indexes.countryId(a), indexes.countryId(b));
  }

  /**
   * Meetings between the two countries, whichever hosted.
   *
   * @param a a country
   * @param b the other country
   * @return the refined query
   * @throws IllegalArgumentException if a country is not in the dataset or both are the same
   * @since 0.1.0
   */
  public MeetingQuery between(Country a, Country b) {
    return betweenIds(indexes.countryId(a), indexes.countryId(b));
  }

  private MeetingQuery betweenIds(String a, String b) {
    checkArgument(!a.equals(b), "a meeting is between two different countries, not %s and %s", a, b);
    return where(Filter.positions(indexes.meetingIndex().byPair.get(Indexes.pair(a, b))));
  }

  /**
   * Meetings the country took part in.
   *
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @throws IllegalArgumentException if the code is unknown
   * @since 0.1.0
   */
  public MeetingQuery involving(String country) {
    return where(Filter.positions(indexes.meetingIndex().byCountry.get(indexes.countryId(country))));
  }

  /**
   * Meetings the country took part in.
   *
   * @param country a country
   * @return the refined query
   * @since 0.1.0
   */
  public MeetingQuery involving(Country country) {
    return where(Filter.positions(indexes.meetingIndex().byCountry.get(indexes.countryId(country))));
  }

  /**
   * Meetings of any of the formats.
   *
   * @param first a format
   * @param more further formats
   * @return the refined query
   * @since 0.1.0
   */
  public MeetingQuery format(MeetingFormat first, MeetingFormat... more) {
    EnumSet<MeetingFormat> formats = EnumSet.of(checkNotNull(first, "format"), more);
    if (formats.size() == 1) {
      return where(Filter.positions(indexes.meetingIndex().byFormat.get(first.id())));
    }
    return where(Filter.test(m -> formats.contains(m.format())));
  }

  /**
   * Meetings whose span shares at least one day with {@code [from, to]}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the refined query
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @since 0.1.0
   */
  public MeetingQuery within(LocalDate from, LocalDate to) {
    Indexes.checkOrder(from, to);
    MeetingIndex index = indexes.meetingIndex();
    long first = from.toEpochDay();
    long last = to.toEpochDay();
    Candidates c = Indexes.dayRange(index.start, first - index.longestDays, last);
    return where(Filter.indexedByPosition(c, new Overlap(index, first, last)));
  }

  /** Whether a meeting's span shares a day with [first, last], on the index's day arrays. */
  private static final class Overlap implements Filter.Test<Meeting> {
    private final MeetingIndex index;
    private final long first;
    private final long last;

    Overlap(MeetingIndex index, long first, long last) {
      this.index = index;
      this.first = first;
      this.last = last;
    }

    @Override
    public boolean test(int position, Meeting record) {
      return index.start[position] <= last && index.end[position] >= first;
    }
  }

  /**
   * Meetings in the calendar year: {@code within(Jan 1, Dec 31)}.
   *
   * @param year the year
   * @return the refined query
   * @since 0.1.0
   */
  public MeetingQuery during(int year) {
    checkArgument(year >= 1 && year <= 9999, "year %s is not in 1..9999", year);
    return within(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Meetings the country hosted.
   *
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @since 0.1.0
   */
  public MeetingQuery hostedBy(String country) {
    return where(Filter.positions(indexes.meetingIndex().byHost.get(indexes.countryId(country))));
  }

  /**
   * Meetings the country hosted.
   *
   * @param country a country
   * @return the refined query
   * @since 0.1.0
   */
  public MeetingQuery hostedBy(Country country) {
    return where(Filter.positions(indexes.meetingIndex().byHost.get(indexes.countryId(country))));
  }

  /**
   * Meetings held in a city (its English name, ignoring case, accents and punctuation) or in a
   * country (any code that {@link CountryQuery#code} accepts).
   *
   * @param cityOrCountry a city such as {@code Tokyo}, or a country code such as {@code JP}
   * @return the refined query
   * @throws IllegalArgumentException if it is neither a known city nor a known country code
   * @since 0.1.0
   */
  public MeetingQuery in(String cityOrCountry) {
    checkNotNull(cityOrCountry, "cityOrCountry");
    int[] byCity = indexes.meetingsInCity(cityOrCountry);
    if (byCity.length > 0) {
      return where(Filter.positions(byCity));
    }
    try {
      return in(indexes.countries().records.get(indexes.countries().indexOf(indexes.countryId(cityOrCountry))));
    } catch (IllegalArgumentException e) {
      ImmutableSet.Builder<String> cities = ImmutableSet.builder();
      for (Meeting m : indexes.meetings().records) {
        for (Place p : m.places()) {
          p.city().ifPresent(cities::add);
        }
      }
      throw new IllegalArgumentException("\"" + cityOrCountry + "\" is neither a city of any meeting"
          + " nor a country code" + Suggest.didYouMean(cityOrCountry, cities.build()), e);
    }
  }

  /**
   * Meetings held in the country.
   *
   * @param country a country
   * @return the refined query
   * @since 0.1.0
   */
  public MeetingQuery in(Country country) {
    return where(Filter.positions(indexes.meetingsInCountry(indexes.countryId(country))));
  }

  /**
   * Meetings the person took part in, in any session.
   *
   * @param personId a person id, such as {@code sergey-lavrov}
   * @return the refined query
   * @throws IllegalArgumentException if no person has the id
   * @since 0.1.0
   */
  public MeetingQuery attendedBy(String personId) {
    Indexes.known(indexes.people(), personId);
    return where(Filter.positions(indexes.meetingIndex().byPerson.get(personId)));
  }

  /**
   * Meetings the person took part in.
   *
   * @param person a person
   * @return the refined query
   * @since 0.1.0
   */
  public MeetingQuery attendedBy(Person person) {
    return attendedBy(checkNotNull(person, "person").id());
  }

  /**
   * Meetings with the topic on their agenda.
   *
   * @param topicId a topic id, such as {@code peace-treaty}
   * @return the refined query
   * @throws IllegalArgumentException if no topic has the id
   * @since 0.1.0
   */
  public MeetingQuery onTopic(String topicId) {
    Indexes.known(indexes.topics(), topicId);
    return where(Filter.positions(indexes.meetingIndex().byTopic.get(topicId)));
  }

  /**
   * Meetings with the topic on their agenda.
   *
   * @param topic a topic
   * @return the refined query
   * @since 0.1.0
   */
  public MeetingQuery onTopic(Topic topic) {
    return onTopic(checkNotNull(topic, "topic").id());
  }

  /**
   * Meetings of a series, such as {@code jp-ru-2plus2}; each carries its round in {@link
   * Meeting#number()} where a source gives it.
   *
   * @param seriesId the series id
   * @return the refined query
   * @throws IllegalArgumentException if no meeting belongs to such a series
   * @since 0.1.0
   */
  public MeetingQuery inSeries(String seriesId) {
    checkNotNull(seriesId, "seriesId");
    int[] p = indexes.meetingIndex().bySeries.get(seriesId);
    if (p.length == 0) {
      throw new IllegalArgumentException("no meeting belongs to a series \"" + seriesId + "\""
          + Suggest.didYouMean(seriesId, indexes.meetingIndex().bySeries.keys()));
    }
    return where(Filter.positions(p));
  }
}
