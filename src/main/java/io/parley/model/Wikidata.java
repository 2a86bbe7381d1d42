package io.parley.model;

/** The form of a Wikidata item id. */
final class Wikidata {
  private Wikidata() {}

  static void check(java.util.Optional<String> id, String field) {
    if (id.isPresent()) {
      InvalidValueException.require(
          isItemId(id.get()), field, "\"%s\" is not a Wikidata item id (Q followed by digits)", id.get());
    }
  }

  static boolean isItemId(String id) {
    return id.length() >= 2 && id.charAt(0) == 'Q' && id.charAt(1) != '0' && Codes.digits(id.substring(1), id.length() - 1);
  }
}
