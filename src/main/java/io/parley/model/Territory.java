package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A territory in dispute, or that matters to a dispute: its neutral name, the name each party
 * uses in English and its own script, its component features, and who has administered it.
 *
 * <pre>{@code
 * Territory t = parley.territories().named("Южные Курилы").first().orElseThrow();
 * t.neutralName();                  // "Southern Kuril Islands"
 * t.nameUsedBy("jp").get().text();  // "Northern Territories"
 * t.nameUsedBy("jp", "ja");         // Optional[北方領土]
 * t.administeredOn(LocalDate.parse("2017-03-20"));  // Optional[ru]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Territory implements Entity, Named, Cited {
  Territory() {}

  /**
   * The id, such as {@code southern-kurils}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * A name no party objects to, in English, such as "Liancourt Rocks".
   *
   * @return the neutral name
   * @since 0.1.0
   */
  public abstract String neutralName();

  /**
   * The Wikidata item id, where a source gives it.
   *
   * @return an item id, {@code Q} followed by digits, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> wikidata();

  /**
   * The names the parties use, each with the countries that use it.
   *
   * @return the names
   * @since 0.1.0
   */
  @Override
  public abstract ImmutableList<Name> names();

  /**
   * The component features, such as the islands of a group.
   *
   * @return the features
   * @since 0.1.0
   */
  public abstract ImmutableList<Feature> features();

  /**
   * Who has administered it and when, in order.
   *
   * @return the spells of administration
   * @since 0.1.0
   */
  public abstract ImmutableList<Administration> administration();

  /**
   * A representative point.
   *
   * @return the coordinate, or empty
   * @since 0.1.0
   */
  public abstract Optional<Coordinate> coordinate();



  /**
   * The name the country uses, preferring its English form.
   *
   * @param countryId a country id, in any case ({@code jp} or {@code JP})
   * @return the English name the country uses, else its first name, else empty
   * @throws IllegalArgumentException for another kind of country code, which only the dataset
   *     can resolve ({@code parley.countries().code(...)})
   * @since 0.1.0
   */
  public Optional<Name> nameUsedBy(String countryId) {
    ImmutableList<Name> used = namesUsedBy(countryId);
    for (Name n : used) {
      if (n.language().equals("en")) {
        return Optional.of(n);
      }
    }
    return used.isEmpty() ? Optional.empty() : Optional.of(used.get(0));
  }

  /**
   * The name the country uses in the given language.
   *
   * @param countryId a country id, in any case ({@code jp} or {@code JP})
   * @param language a BCP 47 tag, compared ignoring case
   * @return the name, or empty
   * @throws IllegalArgumentException for another kind of country code, which only the dataset
   *     can resolve ({@code parley.countries().code(...)})
   * @since 0.1.0
   */
  public Optional<Name> nameUsedBy(String countryId, String language) {
    for (Name n : namesUsedBy(countryId)) {
      if (n.language().equalsIgnoreCase(language)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * The country administering the territory on the day.
   *
   * @param date the day
   * @return the id of the administering country, or empty if none is recorded for that day
   * @since 0.1.0
   */
  public Optional<String> administeredOn(LocalDate date) {
    for (Administration a : administration()) {
      if (a.span().contains(date)) {
        return Optional.of(a.country());
      }
    }
    return Optional.empty();
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
    InvalidValueException.requireText(neutralName(), "neutralName");
    Wikidata.check(wikidata(), "wikidata");
    for (int i = 1; i < administration().size(); i++) {
      DateSpan before = administration().get(i - 1).span();
      DateSpan after = administration().get(i).span();
      InvalidValueException.require(
          before.end().isPresent() && !after.start().isBefore(before.end().get()),
          "administration[" + i + "].start",
          "%s overlaps or precedes the spell before it, %s",
          after,
          before);
    }
  }

  /**
   * Builds a {@link Territory}; {@code id} and {@code neutralName} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTerritory.Builder {
    Builder() {}
  }
}
