package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person: a minister, a leader, an analyst. Names in English and native script, the
 * transliteration variants sources use, and the offices held.
 *
 * <pre>{@code
 * Person lavrov = parley.people().named("Sergei Lavrov").first().orElseThrow();
 * lavrov.name();                                  // "Sergey Lavrov"
 * lavrov.variants();                              // [Sergei Lavrov]
 * lavrov.holds(Office.FOREIGN_MINISTER, "ru", LocalDate.parse("2017-03-20"));  // true
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Person implements Entity, Named, Cited {
  Person() {}

  /**
   * The id, such as {@code sergey-lavrov}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * The person's names; the first is in English.
   *
   * @return the names
   * @since 0.1.0
   */
  @Override
  public abstract ImmutableList<Name> names();

  /**
   * Other spellings sources use, such as {@code Sergei Lavrov} or {@code Shoygu}.
   *
   * @return the variants
   * @since 0.1.0
   */
  public abstract ImmutableList<String> variants();

  /**
   * The Wikidata item id.
   *
   * @return the id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> wikidata();

  /**
   * The offices held, as far as the dataset records them.
   *
   * @return the tenures, in the order the dataset gives them
   * @since 0.1.0
   */
  public abstract ImmutableList<Tenure> tenures();



  /**
   * The English name.
   *
   * @return the text of the first name
   * @since 0.1.0
   */
  public String name() {
    return names().get(0).text();
  }

  /**
   * The tenures in the office for the country that cover the day.
   *
   * @param office the office
   * @param countryId the country's id, in any case ({@code jp} or {@code JP})
   * @param date the day
   * @return the matching tenures
   * @throws IllegalArgumentException for another kind of country code, which only the dataset
   *     can resolve ({@code parley.countries().code(...)})
   * @since 0.1.0
   */
  public ImmutableList<Tenure> tenuresOn(Office office, String countryId, LocalDate date) {
    String id = Ids.country(countryId);
    ImmutableList.Builder<Tenure> found = ImmutableList.builder();
    for (Tenure t : tenures()) {
      if (t.office() == office && t.country().equals(id) && t.span().contains(date)) {
        found.add(t);
      }
    }
    return found.build();
  }

  /**
   * Whether the person held the office for the country on the day.
   *
   * @param office the office
   * @param countryId the country's id, in any case ({@code jp} or {@code JP})
   * @param date the day
   * @return true if a tenure covers it
   * @throws IllegalArgumentException for another kind of country code, which only the dataset
   *     can resolve ({@code parley.countries().code(...)})
   * @since 0.1.0
   */
  public boolean holds(Office office, String countryId, LocalDate date) {
    String id = Ids.country(countryId);
    for (Tenure t : tenures()) {
      if (t.office() == office && t.country().equals(id) && t.span().contains(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.check(id(), "id");
    InvalidValueException.require(!names().isEmpty(), "names", "has no name");
    InvalidValueException.require(
        names().get(0).language().equals("en"),
        "names[0].language",
        "the first name must be in English (en), not %s",
        names().get(0).language());
    Wikidata.check(wikidata(), "wikidata");
    for (int i = 0; i < variants().size(); i++) {
      InvalidValueException.requireText(variants().get(i), "variants[" + i + "]");
    }
  }

  /**
   * Builds a {@link Person}; {@code id} and an English name are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
