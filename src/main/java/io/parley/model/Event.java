package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened and matters to a dispute or a relationship, other than a meeting or an
 * agreement: an occupation, an annexation, a purchase of islands, a referendum, a UN resolution.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Event implements Entity, Cited {
  Event() {}

  /**
   * The id, such as {@code senkaku-purchase-2012}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * When it happened: one date, or a first and last.
   *
   * @return the span
   * @since 0.1.0
   */
  public abstract DateSpan span();

  /**
   * A short English title, such as "Japan purchases three of the Senkaku Islands".
   *
   * @return the title
   * @since 0.1.0
   */
  public abstract String title();

  /**
   * What happened, in a sentence or two.
   *
   * @return the summary, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> summary();

  /**
   * The ids of the countries involved.
   *
   * @return country ids
   * @since 0.1.0
   */
  public abstract ImmutableList<String> countries();

  /**
   * The id of the territory it concerns.
   *
   * @return a territory id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> territory();



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
    InvalidValueException.requireText(title(), "title");
    InvalidValueException.require(!span().isOpen(), "end", "an event's span cannot be open");
    InvalidValueException.requireText(summary(), "summary");
  }

  /**
   * Builds an {@link Event}; {@code id}, {@code span} and {@code title} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
