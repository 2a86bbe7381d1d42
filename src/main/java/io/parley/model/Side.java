package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One side of a meeting held by video or telephone: the party, where it sat when a source says,
 * and the sources that say so.
 *
 * <pre>{@code
 * Side.builder().party("jp").place(Place.of("Tokyo", "jp")).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Side implements Cited {
  Side() {}

  /**
   * The party: one of the meeting's {@linkplain Meeting#parties() parties}.
   *
   * @return the country id
   * @since 0.1.0
   */
  public abstract String party();

  /**
   * Where the side sat, where a source states it.
   *
   * @return the place, or empty if unknown
   * @since 0.1.0
   */
  public abstract Optional<Place> place();

  /**
   * The sources that state where the side sat; may be empty when the meeting's own citations
   * state it, or when the place is unknown.
   *
   * @return the citations
   * @since 0.1.0
   */
  @Override
  public abstract ImmutableList<Citation> citations();

  /**
   * A new builder.
   *
   * @return the builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.check(party(), "party");
  }

  /**
   * Builds a {@link Side}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSide.Builder {
    Builder() {}
  }
}
