package io.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A spell in office: which office, for which country, from when to when.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Tenure implements Cited {
  Tenure() {}

  /**
   * The office.
   *
   * @return the office
   * @since 0.1.0
   */
  public abstract Office office();

  /**
   * The id of the country the office is of.
   *
   * @return a country id
   * @since 0.1.0
   */
  public abstract String country();

  /**
   * When the office was held; open while it still is, or while its end is not recorded.
   *
   * @return the span
   * @since 0.1.0
   */
  public abstract DateSpan span();

  /**
   * The office's own title where it matters, such as "Minister for Foreign Affairs".
   *
   * @return the title, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> title();


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
    Ids.check(country(), "country");
    InvalidValueException.requireText(title(), "title");
  }

  /**
   * Builds a {@link Tenure}; {@code office}, {@code country} and {@code span} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTenure.Builder {
    Builder() {}
  }
}
