package io.parley;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Candidates;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.internal.query.NameIndex;
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
 * parley.territories().named("Senkaku").list();          // by one word of a name
 * parley.territories().named("钓鱼台").list();            // either Chinese script
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
   * Territories with the name, a word of it or its beginning, among their names and their
   * features' names in any language or script, best matches first: the whole name, then whole
   * words, then beginnings, as {@linkplain Query described under "Finding by name"}. {@code
   * Senkaku} finds the Senkaku Islands, {@code Kurils} the southern Kurils, {@code 黄尾屿} the
   * feature whose Taiwanese name is {@code 黃尾嶼}; case, diacritics, spacing, punctuation and the
   * script of Chinese characters are ignored, but spelling is not.
   *
   * @param name a name, such as {@code Южные Курилы}, {@code 尖閣諸島}, {@code Etorofu} or {@code
   *     Senkaku}
   * @return the refined query, ranked: {@code first()} is the best match
   * @throws IllegalArgumentException if the name has no letter or digit, or if no territory of the
   *     dataset has a name that it matches; the message offers the closest names
   * @since 0.1.0
   */
  public TerritoryQuery named(String name) {
    NameIndex.Matches m = indexes.names().territories().find(name, table.singular);
    return where(Filter.ranked(m.positions, m));
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
