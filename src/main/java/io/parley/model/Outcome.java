package io.parley.model;

import org.immutables.value.Value;

/**
 * What a meeting produced: an agreement reached, a decision announced, a joint statement.
 *
 * <p>For example: "Agreed to hold the first joint anti-terrorism and anti-piracy exercises".
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Outcome implements Cited {
  Outcome() {}

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
   * Builds a {@link Outcome}; {@code text} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
