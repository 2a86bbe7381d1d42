package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A component of a territory, such as one island of a group, with the names each party uses.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Feature implements Named, Cited {
  Feature() {}

  /**
   * The id, unique among all territories and features of a dataset, such as {@code iturup}.
   *
   * @return the id
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * The feature's names; the first is the neutral English name.
   *
   * @return the names
   * @since 0.1.0
   */
  @Override
  public abstract ImmutableList<Name> names();

  /**
   * A representative point.
   *
   * @return the coordinate, or empty
   * @since 0.1.0
   */
  public abstract Optional<Coordinate> coordinate();


  /**
   * The first name, used where no party's name is asked for.
   *
   * @return the text of the first name
   * @since 0.1.0
   */
  public String neutralName() {
    return names().get(0).text();
  }

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
    InvalidValueException.require(!names().isEmpty(), "names", "has no name");
  }

  /**
   * Builds a {@link Feature}; {@code id} and a name are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableFeature.Builder {
    Builder() {}
  }
}
