package io.parley.examples;

import io.parley.Parley;

/** A tour of Parley and its bundled data, run by the README's first command. */
public final class Tour {
  private Tour() {}

  /**
   * Prints the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Parley " + Parley.libraryVersion());
    System.out.println("(The tour of the bundled data arrives with the query API.)");
  }
}
