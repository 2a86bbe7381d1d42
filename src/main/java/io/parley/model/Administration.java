package io.parley.model;

import org.immutables.value.Value;

/**
 * A spell during which a state administered a territory, whatever the claims over it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Administration implements Cited {
  Administration() {}

  /**
   * The id of the administering country.
   *
   * @return a country id
   * @since 0.1.0
   */
  public abstract String country();

  /**
   * When; open while it lasts.
   *
   * @return the span
   * @since 0.1.0
   */
  public abstract DateSpan span();


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
  }

  /**
   * Builds an {@link Administration}; {@code country} and {@code span} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAdministration.Builder {
    Builder() {}
  }
}
