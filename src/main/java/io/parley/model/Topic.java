package io.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What positions and meeting agendas are about: a territorial dispute, a peace treaty, missile
 * defence, North Korea.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Topic implements Entity {
  Topic() {}

  /**
   * The id, such as {@code peace-treaty}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * A short English label, such as "Peace treaty".
   *
   * @return the label
   * @since 0.1.0
   */
  public abstract String label();

  /**
   * The id of the territory the topic is about, for a territorial dispute.
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
    InvalidValueException.requireText(label(), "label");
    Ids.check(territory(), "territory");
  }

  /**
   * Builds a {@link Topic}; {@code id} and {@code label} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTopic.Builder {
    Builder() {}
  }
}
