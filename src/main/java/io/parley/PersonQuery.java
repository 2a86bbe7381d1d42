package io.parley;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Candidates;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.internal.query.NameIndex;
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
 * parley.people().named("Putin").first();             // by a surname
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
   * People with the name, a word of it or its beginning, among their names in any script, their
   * romanizations and transliteration variants, best matches first: the whole name, then whole
   * words, then beginnings, as {@linkplain Query described under "Finding by name"}. {@code Putin}
   * finds Vladimir Putin, {@code Abe} Shinzo Abe and {@code Лавров} Sergey Lavrov; case,
   * diacritics ({@code Shinzō}), spacing, punctuation and the script of Chinese characters are
   * ignored, but spelling is not.
   *
   * @param name a name or part of one, such as {@code Sergei Lavrov}, {@code Lavrov} or {@code
   *     岸田文雄}
   * @return the refined query, ranked: {@code first()} is the best match
   * @throws IllegalArgumentException if the name has no letter or digit, or if no person of the
   *     dataset has a name that it matches; the message offers the closest names
   * @since 0.1.0
   */
  public PersonQuery named(String name) {
    NameIndex.Matches m = indexes.names().people().find(name, table.singular);
    return where(Filter.ranked(m.positions, m));
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
