package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A treaty, declaration or other agreement between states: its title and names, parties, when
 * and where it was signed, when it entered into force, and the provisions that matter.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Agreement implements Entity, Named, Cited {
  Agreement() {}

  /**
   * The id, such as {@code soviet-japanese-joint-declaration-1956}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * The English title.
   *
   * @return the title
   * @since 0.1.0
   */
  public abstract String title();

  /**
   * Other names, such as the title in each party's language.
   *
   * @return the names
   * @since 0.1.0
   */
  @Override
  public abstract ImmutableList<Name> names();

  /**
   * The ids of the parties.
   *
   * @return at least two distinct country ids
   * @since 0.1.0
   */
  public abstract ImmutableList<String> parties();

  /**
   * When it was signed.
   *
   * @return the date
   * @since 0.1.0
   */
  public abstract PartialDate signed();

  /**
   * Where it was signed.
   *
   * @return the place, or empty
   * @since 0.1.0
   */
  public abstract Optional<Place> place();

  /**
   * When it entered into force; never before it was signed.
   *
   * @return the date, or empty if unknown or never
   * @since 0.1.0
   */
  public abstract Optional<PartialDate> inForce();

  /**
   * The provisions that matter for the dataset.
   *
   * @return the provisions
   * @since 0.1.0
   */
  public abstract ImmutableList<Provision> provisions();

  /**
   * The ids of the topics it bears on.
   *
   * @return topic ids
   * @since 0.1.0
   */
  public abstract ImmutableList<String> topics();



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
    InvalidValueException.require(
        parties().size() >= 2 && com.google.common.collect.ImmutableSet.copyOf(parties()).size() == parties().size(),
        "parties",
        "an agreement needs at least two distinct parties, not %s",
        parties());
    if (inForce().isPresent()) {
      PartialDate f = inForce().get();
      InvalidValueException.require(
          !f.isBefore(signed()), "inForce", "%s is before it was signed, %s", f, signed());
    }
  }

  /**
   * Builds an {@link Agreement}; {@code id}, {@code title}, {@code parties} and {@code signed}
   * are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
