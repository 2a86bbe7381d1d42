package io.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What someone said on a topic, and when: the stance, a summary, the exact quote where there is
 * one, the meeting it was stated at, and the sources.
 *
 * <pre>{@code
 * Position p = parley.positions().of("ru").on("peace-treaty").latest().orElseThrow();
 * p.stance();      // ASSERTS
 * p.quote();       // Optional["It would be practically impossible to achieve progress ..."]
 * p.meeting();     // Optional[jp-ru-2plus2-2019]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Position implements Entity, Cited {
  Position() {}

  /**
   * The id.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * Who holds it.
   *
   * @return the holder
   * @since 0.1.0
   */
  public abstract Holder holder();

  /**
   * The id of the topic.
   *
   * @return a topic id
   * @since 0.1.0
   */
  public abstract String topic();

  /**
   * The stance taken.
   *
   * @return the stance
   * @since 0.1.0
   */
  public abstract Stance stance();

  /**
   * What was said, in a sentence of the dataset's own.
   *
   * @return the summary
   * @since 0.1.0
   */
  public abstract String summary();

  /**
   * The exact words, as the source quotes them.
   *
   * @return the quote, or empty where the source paraphrases
   * @since 0.1.0
   */
  public abstract Optional<String> quote();

  /**
   * When it was said.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract PartialDate date();

  /**
   * The id of the meeting it was stated at.
   *
   * @return a meeting id, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> meeting();

  /**
   * The id of the {@link Proposition} this position takes a side on, such as {@code
   * southern-kurils-japanese}; {@link #agrees()} says which side. Divergence between two parties
   * is computed on these, not on the {@link #stance()}, which is the speech act (protests,
   * proposes, expresses concern).
   *
   * @return a proposition id, or empty where the position is not coded to one
   * @since 0.1.0
   */
  public abstract Optional<String> proposition();

  /**
   * Whether the holder agrees with {@link #proposition()}: present exactly when it is.
   *
   * @return true to agree, false to disagree, empty where no proposition is given
   * @since 0.1.0
   */
  public abstract Optional<Boolean> agrees();



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
    InvalidValueException.requireText(summary(), "summary");
    InvalidValueException.requireText(quote(), "quote");
    Ids.check(meeting(), "meeting");
    Ids.check(proposition(), "proposition");
    if (proposition().isPresent() != agrees().isPresent()) {
      throw new InvalidValueException(proposition().isPresent() ? "agrees" : "proposition",
          "a position that takes a side on a proposition gives both the proposition and agrees");
    }
  }

  /**
   * Builds a {@link Position}; every attribute but the quote, meeting and notes is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}
  }
}
