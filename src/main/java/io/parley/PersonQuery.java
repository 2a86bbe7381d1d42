package io.parley;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Candidates;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.internal.text.NameKey;
import io.parley.model.Country;
import io.parley.model.Office;
import io.parley.model.Person;
import java.time.LocalDate;

/**
 * A query over people, by id.
 *
 * <pre>{@code
 * parley.people().named("Sergei Lavrov").list();      // finds sergey-lavrov by a variant
 * parley.people().named("Сергей Лавров").list();      // and by the Russian name
 * parley.people().holding(Office.DEFENCE_MINISTER, "JP", LocalDate.parse("2017-03-20")).list();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PersonQuery extends Query<Person, PersonQuery> {
  PersonQuery(Indexes indexes, ImmutableList<Filter<Person>> filters) {
    super(indexes, indexes.people(), filters);
  }

  @Override
  PersonQuery with(ImmutableList<Filter<Person>> filters) {
    return new PersonQuery(indexes, filters);
  }

  /**
   * People with the name, in any script, or one of its transliteration variants or
   * romanizations; case, diacritics, spacing and punctuation are ignored.
   *
   * @param name a full name, such as {@code Sergei Lavrov} or {@code 岸田文雄}
   * @return the refined query
   * @throws IllegalArgumentException if the name has no letter or digit
   * @since 0.1.0
   */
  public PersonQuery named(String name) {
    checkNotNull(name, "name");
    String key = NameKey.of(name);
    checkArgument(!key.isEmpty(), "\"%s\" has no letter or digit to look up", name);
    return where(Filter.positions(indexes.personIndex().byName.get(key)));
  }

  /**
   * People who held the office for the country on the day, as far as the dataset's tenures say.
   *
   * @param office the office
   * @param country a country's code: ISO, COW, GW or Wikidata (see {@link CountryQuery#code})
   * @param date the day
   * @return the refined query
   * @since 0.1.0
   */
  public PersonQuery holding(Office office, String country, LocalDate date) {
    return holdingIn(office, indexes.countryId(country), date);
  }

  /**
   * People who held the office for the country on the day.
   *
   * @param office the office
   * @param country a country
   * @param date the day
   * @return the refined query
   * @since 0.1.0
   */
  public PersonQuery holding(Office office, Country country, LocalDate date) {
    return holdingIn(office, indexes.countryId(country), date);
  }

  private PersonQuery holdingIn(Office office, String countryId, LocalDate date) {
    checkNotNull(office, "office");
    checkNotNull(date, "date");
    return where(Filter.indexed(
        Candidates.of(indexes.peopleByOffice(office, countryId)),
        p -> p.holds(office, countryId, date)));
  }
}
