package io.parley;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.model.Agreement;
import io.parley.model.Country;

/**
 * A query over agreements, in order of signing.
 *
 * <pre>{@code
 * parley.agreements().involving("JP").list();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AgreementQuery extends Query<Agreement, AgreementQuery> {
  AgreementQuery(Indexes indexes, ImmutableList<Filter<Agreement>> filters) {
    super(indexes, indexes.agreements(), filters);
  }

  @Override
  AgreementQuery with(ImmutableList<Filter<Agreement>> filters) {
    return new AgreementQuery(indexes, filters);
  }

  /**
   * Agreements to which the country is a party.
   *
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @return the refined query
   * @since 0.1.0
   */
  public AgreementQuery involving(String country) {
    return where(Filter.positions(indexes.agreementByParty().get(indexes.countryId(country))));
  }

  /**
   * Agreements to which the country is a party.
   *
   * @param country a country
   * @return the refined query
   * @since 0.1.0
   */
  public AgreementQuery involving(Country country) {
    return where(Filter.positions(indexes.agreementByParty().get(indexes.countryId(country))));
  }
}
