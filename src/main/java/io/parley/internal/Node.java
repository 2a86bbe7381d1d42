package io.parley.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A JSON value with the place in its file where it starts: the neutral form between the JSON
 * text, the compiled binary form and the model. It touches no JSON library, so the bundled
 * dataset loads through it without loading one.
 */
public final class Node {
  /** The JSON types. */
  public enum Type {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private final Type type;
  private final Object value; // ImmutableMap<String, Node>, ImmutableList<Node>, String, Boolean
  private final int line;
  private final int column;

  private Node(Type type, Object value, int line, int column) {
    this.type = type;
    this.value = value;
    this.line = line;
    this.column = column;
  }

  public static Node object(Map<String, Node> fields, int line, int column) {
    return new Node(Type.OBJECT, ImmutableMap.copyOf(fields), line, column);
  }

  public static Node array(Iterable<Node> items, int line, int column) {
    return new Node(Type.ARRAY, ImmutableList.copyOf(items), line, column);
  }

  public static Node string(String text, int line, int column) {
    return new Node(Type.STRING, text, line, column);
  }

  /** A number, kept as its JSON literal text so that nothing is lost before it is read. */
  public static Node number(String literal, int line, int column) {
    return new Node(Type.NUMBER, literal, line, column);
  }

  public static Node bool(boolean b, int line, int column) {
    return new Node(Type.BOOLEAN, b, line, column);
  }

  public static Node nullValue(int line, int column) {
    return new Node(Type.NULL, "null", line, column);
  }

  public Type type() {
    return type;
  }

  /** 1-based line of the value's first character, or 0 where it has no place in a file. */
  public int line() {
    return line;
  }

  /** 1-based column of the value's first character, or 0. */
  public int column() {
    return column;
  }

  @SuppressWarnings("unchecked")
  public ImmutableMap<String, Node> fields() {
    return (ImmutableMap<String, Node>) value;
  }

  @SuppressWarnings("unchecked")
  public ImmutableList<Node> items() {
    return (ImmutableList<Node>) value;
  }

  /** The text of a string, or the literal of a number. */
  public String text() {
    return (String) value;
  }

  public boolean booleanValue() {
    return (Boolean) value;
  }

  /** What a data editor calls this type in a message: "a string", "an array". */
  public String describe() {
    switch (type) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "true or false";
      default:
        return "null";
    }
  }

  /** Structural equality, ignoring places. */
  public boolean sameValue(Node other) {
    if (type != other.type) {
      return false;
    }
    switch (type) {
      case OBJECT:
        if (!fields().keySet().equals(other.fields().keySet())) {
          return false;
        }
        for (Map.Entry<String, Node> e : fields().entrySet()) {
          if (!e.getValue().sameValue(other.fields().get(e.getKey()))) {
            return false;
          }
        }
        return true;
      case ARRAY:
        if (items().size() != other.items().size()) {
          return false;
        }
        for (int i = 0; i < items().size(); i++) {
          if (!items().get(i).sameValue(other.items().get(i))) {
            return false;
          }
        }
        return true;
      default:
        return value.equals(other.value);
    }
  }

  @Override
  public String toString() {
    return type + "@" + line + ":" + column;
  }
}
