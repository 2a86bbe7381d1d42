package io.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who holds a position: a state; a named person speaking for one; an unnamed official of one; or
 * an outside analyst.
 *
 * <pre>{@code
 * Holder.government("ru");                                            // "a Russian Foreign Ministry statement"
 * Holder.official("ru", "sergey-lavrov");                             // Lavrov, for Russia
 * Holder.unnamedOfficial("jp", "Japanese foreign ministry official"); // not named by the source
 * Holder.analyst("james-brown", "Temple University Japan Campus");    // speaks for no state
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Holder {
  Holder() {}

  /**
   * What kind of holder this is.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract HolderKind kind();

  /**
   * The id of the state the position is attributed to; present for every kind but {@link
   * HolderKind#ANALYST}.
   *
   * @return a country id, or empty for an analyst
   * @since 0.1.0
   */
  public abstract Optional<String> country();

  /**
   * The id of the person who stated it, for an official or an analyst.
   *
   * @return a person id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> person();

  /**
   * How the source describes an unnamed official, or an analyst's affiliation.
   *
   * @return the description, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> description();

  /**
   * A state, speaking through an unnamed organ.
   *
   * @param country the country's id
   * @return the holder
   * @since 0.1.0
   */
  public static Holder government(String country) {
    return new Builder().kind(HolderKind.GOVERNMENT).country(country).build();
  }

  /**
   * A named person speaking for a state.
   *
   * @param country the country's id
   * @param person the person's id
   * @return the holder
   * @since 0.1.0
   */
  public static Holder official(String country, String person) {
    return new Builder().kind(HolderKind.OFFICIAL).country(country).person(person).build();
  }

  /**
   * An unnamed official speaking for a state.
   *
   * @param country the country's id
   * @param description how the source describes the official
   * @return the holder
   * @since 0.1.0
   */
  public static Holder unnamedOfficial(String country, String description) {
    return new Builder()
        .kind(HolderKind.UNNAMED_OFFICIAL)
        .country(country)
        .description(description)
        .build();
  }

  /**
   * An outside analyst.
   *
   * @param person the analyst's person id
   * @param affiliation the affiliation the source gives
   * @return the holder
   * @since 0.1.0
   */
  public static Holder analyst(String person, String affiliation) {
    return new Builder().kind(HolderKind.ANALYST).person(person).description(affiliation).build();
  }

  /**
   * A new builder, for holders the factories do not cover (an analyst without affiliation).
   *
   * @return an empty builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.check(country(), "country");
    Ids.check(person(), "person");
    InvalidValueException.requireText(description(), "description");
    switch (kind()) {
      case GOVERNMENT:
        InvalidValueException.require(country().isPresent(), "country", "a government holder needs a country");
        InvalidValueException.require(person().isEmpty(), "person", "a government holder names no person; use official");
        break;
      case OFFICIAL:
        InvalidValueException.require(country().isPresent(), "country", "an official speaks for a country");
        InvalidValueException.require(person().isPresent(), "person", "an official holder needs a person");
        break;
      case UNNAMED_OFFICIAL:
        InvalidValueException.require(country().isPresent(), "country", "an unnamed official speaks for a country");
        InvalidValueException.require(person().isEmpty(), "person", "an unnamed official has no person");
        InvalidValueException.require(
            description().isPresent(), "description", "an unnamed official needs the source's description");
        break;
      case ANALYST:
        InvalidValueException.require(person().isPresent(), "person", "an analyst holder needs a person");
        InvalidValueException.require(country().isEmpty(), "country", "an analyst speaks for no country");
        break;
    }
  }

  /**
   * Builds a {@link Holder}; {@code kind} is required, and what else depends on it.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableHolder.Builder {
    Builder() {}
  }
}
