package io.parley;

import io.parley.internal.BuildInfo;

/**
 * Facts about bilateral diplomacy, with the queries over them.
 *
 * @since 0.1.0
 */
public final class Parley {
  private Parley() {}

  /**
   * The version of this library, such as {@code 0.1.0}; the bundled data has its own version.
   *
   * @return the library version
   * @since 0.1.0
   */
  public static String libraryVersion() {
    return BuildInfo.version();
  }
}
