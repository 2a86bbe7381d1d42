package io.parley.model;

/** The form of a Wikidata item id. */
final class Wikidata {
  private Wikidata() {}

  static void check(String id, String field) {
    InvalidValueException.require(
        id.matches("Q[1-9][0-9]*"), field, "\"%s\" is not a Wikidata item id (Q followed by digits)", id);
  }
}
