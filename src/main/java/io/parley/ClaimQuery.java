package io.parley;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.model.Country;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import java.time.LocalDate;

/**
 * A query over territorial claims, in order of when each began.
 *
 * <pre>{@code
 * parley.claims().over("southern-kurils").asOf(LocalDate.parse("2019-05-31")).list();
 * parley.claims().by("CN").list();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClaimQuery extends Query<TerritorialClaim, ClaimQuery> {
  ClaimQuery(Indexes indexes, ImmutableList<Filter<TerritorialClaim>> filters) {
    super(indexes, indexes.claims(), filters);
  }

  @Override
  ClaimQuery with(ImmutableList<Filter<TerritorialClaim>> filters) {
    return new ClaimQuery(indexes, filters);
  }

  /**
   * Claims the country makes or made.
   *
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @since 0.1.0
   */
  public ClaimQuery by(String country) {
    return where(Filter.positions(indexes.claimIndex().byClaimant.get(indexes.countryId(country))));
  }

  /**
   * Claims the country makes or made.
   *
   * @param country a country
   * @return the refined query
   * @since 0.1.0
   */
  public ClaimQuery by(Country country) {
    return where(Filter.positions(indexes.claimIndex().byClaimant.get(indexes.countryId(country))));
  }

  /**
   * Claims to the territory.
   *
   * @param territoryId a territory id, such as {@code southern-kurils}
   * @return the refined query
   * @throws IllegalArgumentException if no territory has the id
   * @since 0.1.0
   */
  public ClaimQuery over(String territoryId) {
    Indexes.known(indexes.territories(), territoryId);
    return where(Filter.positions(indexes.claimIndex().byTerritory.get(territoryId)));
  }

  /**
   * Claims to the territory.
   *
   * @param territory a territory
   * @return the refined query
   * @since 0.1.0
   */
  public ClaimQuery over(Territory territory) {
    return over(checkNotNull(territory, "territory").id());
  }

  /**
   * Claims that stood on the day: begun on or before it and not yet ended.
   *
   * @param date the day
   * @return the refined query
   * @since 0.1.0
   */
  public ClaimQuery asOf(LocalDate date) {
    checkNotNull(date, "date");
    return where(Filter.test(c -> c.standsOn(date)));
  }
}
