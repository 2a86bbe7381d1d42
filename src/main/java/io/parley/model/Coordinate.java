package io.parley.model;

import org.immutables.value.Value;

/**
 * A representative point on the WGS 84 globe, in decimal degrees.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Coordinate {
  Coordinate() {}

  /**
   * Latitude, -90 to 90, north positive.
   *
   * @return the latitude in degrees
   * @since 0.1.0
   */
  public abstract double latitude();

  /**
   * Longitude, -180 to 180, east positive.
   *
   * @return the longitude in degrees
   * @since 0.1.0
   */
  public abstract double longitude();

  /**
   * A coordinate.
   *
   * @param latitude -90 to 90
   * @param longitude -180 to 180
   * @return the coordinate; a negative zero is taken as zero
   * @throws InvalidValueException if either is out of range
   * @since 0.1.0
   */
  public static Coordinate of(double latitude, double longitude) {
    // -0.0 and 0.0 are one place, and JSON has one zero: adding 0.0 turns -0.0 into 0.0, so that a
    // coordinate written and read back is equal to itself.
    return new Builder().latitude(latitude + 0.0).longitude(longitude + 0.0).build();
  }

  @Value.Check
  void check() {
    InvalidValueException.require(
        latitude() >= -90 && latitude() <= 90, "latitude", "%s is not in -90..90", latitude());
    InvalidValueException.require(
        longitude() >= -180 && longitude() <= 180,
        "longitude",
        "%s is not in -180..180",
        longitude());
  }

  static final class Builder extends ImmutableCoordinate.Builder {
    Builder() {}
  }
}
