package io.parley.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A neutral one-line statement on a topic that a party can agree or disagree with, such as "the
 * four islands are Japan's inherent territory". A {@link Position} takes a side on one
 * proposition ({@link Position#proposition()}, {@link Position#agrees()}); two parties conflict on
 * a proposition when one agrees and the other disagrees, or when each agrees with one of two
 * propositions that exclude each other ({@link #excludes()}). This is how discourse network
 * analysis codes statements (an actor, a concept, agreement yes or no).
 *
 * <p>A proposition is the curator's wording, not a fact, so it carries no citation: the positions
 * that take a side on it cite what each side said.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Proposition implements Entity {
  Proposition() {}

  /**
   * The id, such as {@code southern-kurils-japanese}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * The id of the topic the proposition is on.
   *
   * @return a topic id
   * @since 0.1.0
   */
  public abstract String topic();

  /**
   * The statement, one neutral line in English.
   *
   * @return the text
   * @since 0.1.0
   */
  public abstract String text();

  /**
   * The statement in the parties' languages, where a source words it so.
   *
   * @return names in other languages, possibly empty
   * @since 0.1.0
   */
  public abstract ImmutableList<Name> translations();

  /**
   * The ids of propositions that cannot be true together with this one ("the islands are Russian
   * territory" for "the islands are Japanese territory"). The relation is symmetric: the reader
   * requires each excluded proposition to exclude this one too.
   *
   * @return proposition ids, possibly empty
   * @since 0.1.0
   */
  public abstract ImmutableList<String> excludes();

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
    Ids.check(topic(), "topic");
    InvalidValueException.requireText(text(), "text");
    for (int i = 0; i < excludes().size(); i++) {
      Ids.check(excludes().get(i), "excludes[" + i + "]");
      if (excludes().get(i).equals(id())) {
        throw new InvalidValueException("excludes[" + i + "]", "a proposition cannot exclude itself");
      }
    }
  }

  /**
   * Builds a {@link Proposition}; {@code id}, {@code topic} and {@code text} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableProposition.Builder {
    Builder() {}
  }
}
