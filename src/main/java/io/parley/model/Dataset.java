package io.parley.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A whole dataset as plain values: its manifest and every record of every kind, in file order.
 * This is what the reader produces and the writer consumes; {@code io.parley.Parley} indexes it
 * for queries.
 *
 * <p>A {@code Dataset} built by hand is only consistent in each of its values; the rules between
 * records (references resolve, ids are unique) are checked when it is read or when a {@code
 * Parley} is built from it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Dataset {
  Dataset() {}

  /**
   * What the dataset says of itself.
   *
   * @return the manifest
   * @since 0.1.0
   */
  public abstract Manifest manifest();

  /**
   * The sources.
   *
   * @return sources, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Source> sources();

  /**
   * The countries.
   *
   * @return countries, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Country> countries();

  /**
   * The people.
   *
   * @return people, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Person> people();

  /**
   * The topics.
   *
   * @return topics, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Topic> topics();

  /**
   * The territories.
   *
   * @return territories, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Territory> territories();

  /**
   * The territorial claims.
   *
   * @return claims, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<TerritorialClaim> claims();

  /**
   * The agreements.
   *
   * @return agreements, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Agreement> agreements();

  /**
   * The events.
   *
   * @return events, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Event> events();

  /**
   * The meetings.
   *
   * @return meetings, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * The positions.
   *
   * @return positions, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Position> positions();

  /**
   * The propositions that positions take sides on.
   *
   * @return propositions, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Proposition> propositions();

  /**
   * The series of recurring meetings.
   *
   * @return series, in file order
   * @since 0.1.0
   */
  public abstract ImmutableList<Series> series();

  /**
   * The number of records of every kind together, the manifest aside.
   *
   * @return the record count
   * @since 0.1.0
   */
  public int size() {
    return sources().size()
        + countries().size()
        + people().size()
        + topics().size()
        + territories().size()
        + claims().size()
        + agreements().size()
        + events().size()
        + meetings().size()
        + positions().size()
        + propositions().size()
        + series().size();
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

  /**
   * Builds a {@link Dataset}; the manifest is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
