package io.parley.model;

import org.immutables.value.Value;

/**
 * A remark on a record, chiefly where sources disagree or one is wrong: the text says which
 * source says what, and the citations point at each of them.
 *
 * <p>For example, on the 2017 2+2: "The AP report calls the 2014 crisis 'Russia's annexation of
 * Ukraine'; the annexed territory was Crimea", citing both the AP and RFE/RL reports.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Note implements Cited {
  Note() {}

  /**
   * The remark.
   *
   * @return the text of the note
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
   * Builds a {@link Note}; {@code text} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableNote.Builder {
    Builder() {}
  }
}
