package io.parley.model;

import com.google.common.collect.ImmutableSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name of something in one language and script, with the parties that use it.
 *
 * <pre>{@code
 * Name n = Name.builder()
 *     .text("北方領土").language("ja").romanization("Hoppō Ryōdo")
 *     .addUsedBy("jp")
 *     .build();
 * }</pre>
 *
 * <p>The language is a well-formed BCP 47 tag: {@code ja}, {@code ru}, {@code ko}, {@code en},
 * {@code zh-Hans}, {@code zh-Hant}. {@link #usedBy()} lists the countries that use this name for
 * the thing; it is empty for a name no party in particular uses (a neutral or descriptive name).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Name {
  Name() {}

  /**
   * The name as written.
   *
   * @return the text, in its own script
   * @since 0.1.0
   */
  public abstract String text();

  /**
   * The BCP 47 language tag of the text.
   *
   * @return a tag such as {@code ja} or {@code zh-Hant}
   * @since 0.1.0
   */
  public abstract String language();

  /**
   * The name in Latin script, for a name in another script.
   *
   * @return the romanization, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> romanization();

  /**
   * The ids of the countries that use this name; empty for a name no party in particular uses.
   *
   * @return the country ids, in the order the dataset gives them
   * @since 0.1.0
   */
  public abstract ImmutableSet<String> usedBy();

  /**
   * The language tag as a {@link Locale}.
   *
   * @return the locale of {@link #language()}
   * @since 0.1.0
   */
  public Locale locale() {
    return Locale.forLanguageTag(language());
  }

  /**
   * Whether the country uses this name.
   *
   * @param countryId a country id, in any case ({@code jp} or {@code JP})
   * @return true if {@link #usedBy()} contains it
   * @throws IllegalArgumentException for another kind of country code, which only the dataset
   *     can resolve ({@code parley.countries().code(...)})
   * @since 0.1.0
   */
  public boolean isUsedBy(String countryId) {
    return usedBy().contains(Ids.country(countryId));
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

  /**
   * A name with no romanization, used by no party in particular.
   *
   * @param text the name
   * @param language its BCP 47 language tag
   * @return the name
   * @since 0.1.0
   */
  public static Name of(String text, String language) {
    return builder().text(text).language(language).build();
  }

  /**
   * Whether the text is a well-formed BCP 47 language tag.
   *
   * @param tag the text
   * @return true if well formed
   * @since 0.1.0
   */
  public static boolean isLanguageTag(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return !tag.isEmpty();
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  @Value.Check
  void check() {
    InvalidValueException.requireText(text(), "text");
    InvalidValueException.require(
        isLanguageTag(language()), "language", "\"%s\" is not a BCP 47 language tag", language());
    InvalidValueException.requireText(romanization(), "romanization");
    for (String c : usedBy()) {
      Ids.check(c, "usedBy");
    }
  }

  /**
   * Builds a {@link Name}; {@code text} and {@code language} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableName.Builder {
    Builder() {}
  }
}
