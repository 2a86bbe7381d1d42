package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Something known by names in several languages and scripts.
 *
 * @since 0.1.0
 */
public interface Named {
  /**
   * Every name, in the order the dataset gives them; the English name comes first where the
   * record requires one.
   *
   * @return the names
   * @since 0.1.0
   */
  ImmutableList<Name> names();

  /**
   * The first name in the given language.
   *
   * @param language a BCP 47 language tag, such as {@code ja}; compared ignoring case
   * @return the name, or empty if there is none in that language
   * @since 0.1.0
   */
  default Optional<Name> nameIn(String language) {
    for (Name n : names()) {
      if (n.language().equalsIgnoreCase(language)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * The names used by the given country.
   *
   * @param countryId a country id, in any case ({@code jp} or {@code JP})
   * @return the names whose {@link Name#usedBy()} contains it, in order
   * @throws IllegalArgumentException for another kind of country code, which only the dataset
   *     can resolve ({@code parley.countries().code(...)})
   * @since 0.1.0
   */
  default ImmutableList<Name> namesUsedBy(String countryId) {
    String id = Ids.country(countryId);
    ImmutableList.Builder<Name> used = ImmutableList.builder();
    for (Name n : names()) {
      if (n.usedBy().contains(id)) {
        used.add(n);
      }
    }
    return used.build();
  }
}
