package io.parley;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.model.Country;
import io.parley.model.Event;

/**
 * A query over events, in chronological order.
 *
 * <pre>{@code
 * parley.events().involving("CN").list();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EventQuery extends Query<Event, EventQuery> {
  EventQuery(Indexes indexes, ImmutableList<Filter<Event>> filters) {
    super(indexes, indexes.events(), filters);
  }

  @Override
  EventQuery with(ImmutableList<Filter<Event>> filters) {
    return new EventQuery(indexes, filters);
  }

  /**
   * Events that involve the country.
   *
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @since 0.1.0
   */
  public EventQuery involving(String country) {
    return where(Filter.positions(indexes.eventByCountry().get(indexes.countryId(country))));
  }

  /**
   * Events that involve the country.
   *
   * @param country a country
   * @return the refined query
   * @since 0.1.0
   */
  public EventQuery involving(Country country) {
    return where(Filter.positions(indexes.eventByCountry().get(indexes.countryId(country))));
  }
}
