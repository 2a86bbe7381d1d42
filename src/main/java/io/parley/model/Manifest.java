package io.parley.model;

import org.immutables.value.Value;

/**
 * What a dataset says of itself: the format version it is written in, its own version, its
 * licence and how to cite it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Manifest {
  /**
   * The newest format version this library reads and writes.
   *
   * @since 0.1.0
   */
  public static final int CURRENT_FORMAT = 1;

  Manifest() {}

  /**
   * The version of the file format, 1 to {@link #CURRENT_FORMAT}.
   *
   * @return the format version
   * @since 0.1.0
   */
  public abstract int format();

  /**
   * The dataset's own version, such as {@code 2026.1}: year, then release within the year.
   *
   * @return the dataset version
   * @since 0.1.0
   */
  public abstract String dataVersion();

  /**
   * The dataset's title.
   *
   * @return the title
   * @since 0.1.0
   */
  public abstract String title();

  /**
   * The dataset's licence, as an SPDX id such as {@code CC-BY-4.0}.
   *
   * @return the licence
   * @since 0.1.0
   */
  public abstract String license();

  /**
   * How to cite the dataset, as one line of text.
   *
   * @return the citation text
   * @since 0.1.0
   */
  public abstract String citation();

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
    InvalidValueException.require(
        format() >= 1 && format() <= CURRENT_FORMAT,
        "format",
        "format version %s is not one this library reads (1 to %s)",
        format(),
        CURRENT_FORMAT);
    InvalidValueException.require(
        isDataVersion(dataVersion()),
        "dataVersion",
        "\"%s\" is not a dataset version such as 2026.1",
        dataVersion());
    InvalidValueException.requireText(title(), "title");
    InvalidValueException.requireText(license(), "license");
    InvalidValueException.requireText(citation(), "citation");
  }

  private static boolean isDataVersion(String v) {
    int dot = v.indexOf('.');
    return dot == 4 && Codes.digits(v.substring(0, 4), 4) && v.length() > 5 && v.charAt(5) != '0'
        && Codes.digits(v.substring(5), v.length() - 5);
  }

  /**
   * Builds a {@link Manifest}; every attribute is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableManifest.Builder {
    Builder() {}
  }
}
