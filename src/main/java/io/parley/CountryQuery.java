package io.parley;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.internal.query.NameIndex;
import io.parley.model.Country;
import java.util.Optional;

/**
 * A query over countries, by id.
 *
 * <pre>{@code
 * parley.countries().get("ru");              // by id
 * parley.countries().code("RUS");            // by ISO alpha-3, alpha-2, numeric, COW or Wikidata
 * parley.countries().code("cow:365");        // COW codes are prefixed: number or abbreviation
 * parley.countries().code("Q159");           // a Wikidata id
 * parley.meetings().involving("COW:365");    // any refinement takes the same codes
 * parley.countries().named("Россия").list(); // by any name
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CountryQuery extends Query<Country, CountryQuery> {
  CountryQuery(Indexes indexes, ImmutableList<Filter<Country>> filters) {
    super(indexes, indexes.countries(), filters);
  }

  @Override
  CountryQuery with(ImmutableList<Filter<Country>> filters) {
    return new CountryQuery(indexes, filters);
  }

  /**
   * The matching country with the code: an ISO 3166-1 alpha-2, alpha-3 or numeric code, a
   * Correlates of War number or abbreviation written {@code COW:365} or {@code COW:RUS}, a
   * Gleditsch-Ward number written {@code GW:740}, or a Wikidata id such as {@code Q159}; case is
   * ignored. Every refinement that takes a country's code accepts the same codes. Where several
   * countries share a code (Gleditsch-Ward 365 is both Russia and the Soviet Union), this returns
   * the first by id, and a refinement refuses the code as ambiguous.
   *
   * @param code the code
   * @return the country, or empty if none has it
   * @since 0.1.0
   */
  public Optional<Country> code(String code) {
    checkNotNull(code, "code");
    int[] p = indexes.countriesByCode(code);
    for (int position : p) {
      Country c = indexes.countries().records.get(position);
      if (find(c.id()).isPresent()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The country with this id or any code {@link #code} accepts, in any case ({@code jp}, {@code
   * JP}, {@code JPN}, {@code 392}, {@code COW:740}, {@code Q17}), if it matches this query.
   *
   * @param idOrCode an id or a code
   * @return the country, or empty if none has it or it does not match
   * @since 0.1.0
   */
  @Override
  public Optional<Country> find(String idOrCode) {
    checkNotNull(idOrCode, "id or code");
    if (indexes.countries().contains(idOrCode)) {
      return super.find(idOrCode);
    }
    return code(idOrCode);
  }

  /**
   * The country with this id or any code {@link #code} accepts, in any case.
   *
   * @param idOrCode an id or a code
   * @return the country
   * @throws java.util.NoSuchElementException if none has it, naming the closest codes, or if it
   *     does not match this query
   * @since 0.1.0
   */
  @Override
  public Country get(String idOrCode) {
    checkNotNull(idOrCode, "id or code");
    Optional<Country> found = find(idOrCode);
    if (found.isPresent()) {
      return found.get();
    }
    String id;
    try {
      id = indexes.countryId(idOrCode);
    } catch (IllegalArgumentException e) {
      throw new java.util.NoSuchElementException(e.getMessage());
    }
    throw new java.util.NoSuchElementException(
        "country \"" + id + "\" exists but does not match this query");
  }

  /**
   * Countries with the name, a word of it or its beginning, in any language or script, best
   * matches first: the whole name, then whole words, then beginnings, as {@linkplain Query
   * described under "Finding by name"} ({@code Soviet Union} finds the Union of Soviet Socialist
   * Republics, {@code 日本} finds {@code 日本国}).
   *
   * @param name a name such as {@code Japan}, {@code 日本} or {@code Korea}
   * @return the refined query, ranked: {@code first()} is the best match
   * @throws IllegalArgumentException if the name has no letter or digit, or if no country of the
   *     dataset has a name that it matches; the message offers the closest names
   * @since 0.1.0
   */
  public CountryQuery named(String name) {
    NameIndex.Matches m = indexes.names().countries().find(name, table.singular);
    return where(Filter.ranked(m.positions, m));
  }
}
