package io.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something happened: a city in a country, and the venue where a source names one.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Place {
  Place() {}

  /**
   * The city, in English.
   *
   * @return the city, or empty where a source names only the country
   * @since 0.1.0
   */
  public abstract Optional<String> city();

  /**
   * The id of the country the place is in.
   *
   * @return a country id
   * @since 0.1.0
   */
  public abstract String country();

  /**
   * The venue, such as a ministry's guest house.
   *
   * @return the venue, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> venue();

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
   * A city in a country.
   *
   * @param city the city, in English
   * @param country the country's id
   * @return the place
   * @since 0.1.0
   */
  public static Place of(String city, String country) {
    return builder().city(city).country(country).build();
  }

  @Value.Check
  void check() {
    InvalidValueException.requireText(city(), "city");
    Ids.check(country(), "country");
    InvalidValueException.requireText(venue(), "venue");
  }

  /**
   * Builds a {@link Place}; {@code country} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
