package io.parley.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A recurring format between two parties, such as the Japan-Russia 2+2 or AUSMIN: its names, its
 * format, and how complete the dataset's record of its rounds is. Meetings name their series
 * ({@link Meeting#series()}) and their round in it ({@link Meeting#number()}).
 *
 * <pre>{@code
 * Series s = parley.series().get("jp-au-2plus2");
 * s.coverage();   // "rounds 1-12 (2007-06 to 2025-09) all found"
 * parley.meetings().inSeries(s).list();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Series implements Entity, Cited {
  Series() {}

  /**
   * The id, such as {@code jp-ru-2plus2}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * The ids of the two parties.
   *
   * @return two distinct country ids
   * @since 0.1.0
   */
  public abstract ImmutableList<String> parties();

  /**
   * The format of its meetings.
   *
   * @return the format
   * @since 0.1.0
   */
  public abstract MeetingFormat format();

  /**
   * Its names, the English one first.
   *
   * @return at least one name
   * @since 0.1.0
   */
  public abstract ImmutableList<Name> names();

  /**
   * How complete the dataset's record of the series is, in the curator's words: which rounds are
   * known, which were looked for and not found.
   *
   * @return the coverage statement
   * @since 0.1.0
   */
  public abstract String coverage();

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
    if (parties().size() != 2) {
      throw new InvalidValueException("parties", "a series is between exactly two parties, not " + parties().size());
    }
    for (int i = 0; i < 2; i++) {
      Ids.check(parties().get(i), "parties[" + i + "]");
    }
    if (parties().get(0).equals(parties().get(1))) {
      throw new InvalidValueException("parties[1]", "the same party twice: " + parties().get(1));
    }
    if (names().isEmpty()) {
      throw new InvalidValueException("names", "a series has at least one name");
    }
    InvalidValueException.requireText(coverage(), "coverage");
  }

  /**
   * Builds a {@link Series}; {@code id}, {@code parties}, {@code format}, {@code names} and
   * {@code coverage} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSeries.Builder {
    Builder() {}
  }
}
