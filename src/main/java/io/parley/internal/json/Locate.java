package io.parley.internal.json;

/** Finds the node a field path such as {@code sessions[1].date} names, for placing a problem. */
public final class Locate {
  private Locate() {}

  /** The node at the path, or the deepest one on the way that exists. */
  public static Node node(Node root, String path) {
    Node at = root;
    for (String step : path.split("\\.")) {
      if (step.isEmpty()) {
        continue;
      }
      int bracket = step.indexOf('[');
      String name = bracket < 0 ? step : step.substring(0, bracket);
      if (at.type() != Node.Type.OBJECT || !at.fields().containsKey(name)) {
        return at;
      }
      at = at.fields().get(name);
      while (bracket >= 0) {
        int close = step.indexOf(']', bracket);
        int i = Integer.parseInt(step.substring(bracket + 1, close));
        if (at.type() != Node.Type.ARRAY || i >= at.items().size()) {
          return at;
        }
        at = at.items().get(i);
        bracket = step.indexOf('[', close);
      }
    }
    return at;
  }

  /** The full path of a field of a nested object: its own path, then the field's. */
  static String path(Fields f, String field) {
    return f.path().isEmpty() ? field : f.path() + "." + field;
  }
}
