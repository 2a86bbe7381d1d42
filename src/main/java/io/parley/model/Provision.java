package io.parley.model;

import org.immutables.value.Value;

/**
 * A provision of an agreement that matters for the dataset, in a sentence.
 *
 * <p>For example: "The Soviet Union agrees to hand over the Habomai islands and Shikotan after a peace treaty is concluded".
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Provision implements Cited {
  Provision() {}

  /**
   * What was agreed or decided, in a sentence.
   *
   * @return the text
   * @since 0.1.0
   */
  public abstract String text();


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
    InvalidValueException.requireText(text(), "text");
  }

  /**
   * Builds a {@link Provision}; {@code text} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableProvision.Builder {
    Builder() {}
  }
}
