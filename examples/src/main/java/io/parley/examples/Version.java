package io.parley.examples;

import io.parley.Parley;

/** Prints the library's version. */
public final class Version {
  private Version() {}

  /**
   * Prints the version.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Parley library " + Parley.libraryVersion());
  }
}
