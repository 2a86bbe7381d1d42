package io.parley;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Candidates;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.internal.text.NameKey;
import io.parley.model.Country;
import io.parley.model.Territory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A query over territories, by id.
 *
 * <pre>{@code
 * Territory t = parley.territories().named("Southern Kuriles").first().orElseThrow();
 * parley.territories().named("北方領土").list();          // the same territory
 * parley.territories().disputedBetween("JP", "CN").list(); // the Senkaku / Diaoyu Islands
 * parley.territories().administeredBy("RU", LocalDate.parse("2017-03-20")).list();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TerritoryQuery extends Query<Territory, TerritoryQuery> {
  TerritoryQuery(Indexes indexes, ImmutableList<Filter<Territory>> filters) {
    super(indexes, indexes.territories(), filters);
  }

  @Override
  TerritoryQuery with(ImmutableList<Filter<Territory>> filters) {
    return new TerritoryQuery(indexes, filters);
  }

  /**
   * Territories with the name, or with a feature of that name, in any language or script; case,
   * diacritics, spacing and punctuation are ignored ({@code southern kurils} finds {@code Southern
   * Kurils}), but spelling is not ({@code Daioyu} finds nothing).
   *
   * @param name a name, such as {@code Южные Курилы}, {@code 尖閣諸島} or {@code Etorofu}
   * @return the refined query
   * @throws IllegalArgumentException if the name has no letter or digit
   * @since 0.1.0
   */
  public TerritoryQuery named(String name) {
    checkNotNull(name, "name");
    String key = NameKey.of(name);
    checkArgument(!key.isEmpty(), "\"%s\" has no letter or digit to look up", name);
    return where(Filter.positions(indexes.territoryIndex().byName.get(key)));
  }

  /**
   * Territories the country claims, by any claim in the dataset, whatever its status.
   *
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @since 0.1.0
   */
  public TerritoryQuery claimedBy(String country) {
    return where(Filter.positions(indexes.territoryIndex().byClaimant.get(indexes.countryId(country))));
  }

  /**
   * Territories the country claims.
   *
   * @param country a country
   * @return the refined query
   * @since 0.1.0
   */
  public TerritoryQuery claimedBy(Country country) {
    return where(Filter.positions(indexes.territoryIndex().byClaimant.get(indexes.countryId(country))));
  }

  /**
   * Territories both countries claim.
   *
   * @param a a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @param b another country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @since 0.1.0
   */
  public TerritoryQuery disputedBetween(String a, String b) {
    return claimedBy(a).claimedBy(b);
  }

  /**
   * Territories both countries claim.
   *
   * @param a a country
   * @param b another country
   * @return the refined query
   * @since 0.1.0
   */
  public TerritoryQuery disputedBetween(Country a, Country b) {
    return claimedBy(a).claimedBy(b);
  }

  /**
   * Territories the country administered on the day.
   *
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @param date the day
   * @return the refined query
   * @since 0.1.0
   */
  public TerritoryQuery administeredBy(String country, LocalDate date) {
    return administered(indexes.countryId(country), date);
  }

  /**
   * Territories the country administered on the day.
   *
   * @param country a country
   * @param date the day
   * @return the refined query
   * @since 0.1.0
   */
  public TerritoryQuery administeredBy(Country country, LocalDate date) {
    return administered(indexes.countryId(country), date);
  }

  private TerritoryQuery administered(String id, LocalDate date) {
    checkNotNull(date, "date");
    Optional<String> wanted = Optional.of(id);
    return where(Filter.indexed(Candidates.of(indexes.territoryIndex().byAdministrator.get(id)),
        t -> t.administeredOn(date).equals(wanted)));
  }
}
