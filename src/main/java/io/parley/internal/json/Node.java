package io.parley.internal.json;

import com.google.common.collect.ImmutableList;
import java.util.Map;

/**
 * A JSON value with the place in its file where it starts: the form between the JSON text and the
 * model, so that a record's mapping can name the line and column of a bad field. The bundled
 * dataset does not pass through it: its binary form decodes straight to the model.
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
  private final Object value; // Fields, ImmutableList<Node>, String, Boolean
  private final int line;
  private final int column;

  private Node(Type type, Object value, int line, int column) {
    this.type = type;
    this.value = value;
    this.line = line;
    this.column = column;
  }

  public static Node object(Map<String, Node> fields, int line, int column) {
    String[] keys = new String[fields.size()];
    Node[] values = new Node[fields.size()];
    int i = 0;
    for (Map.Entry<String, Node> e : fields.entrySet()) {
      keys[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return new Node(Type.OBJECT, new ObjectFields(keys, values), line, column);
  }

  /** An object from parallel arrays of keys and values, in file order, keys distinct. */
  public static Node object(String[] keys, Node[] values, int line, int column) {
    return new Node(Type.OBJECT, new ObjectFields(keys, values), line, column);
  }

  /**
   * An object's fields: two small arrays searched in order. Records have a dozen fields or so, so
   * a scan beats hashing, and a large file of records allocates no hash table per object.
   */
  private static final class ObjectFields extends java.util.AbstractMap<String, Node> {
    private final String[] keys;
    private final Node[] values;

    ObjectFields(String[] keys, Node[] values) {
      this.keys = keys;
      this.values = values;
    }

    @Override
    public @org.jspecify.annotations.Nullable Node get(@org.jspecify.annotations.Nullable Object key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return values[i];
        }
      }
      return null;
    }

    @Override
    public boolean containsKey(@org.jspecify.annotations.Nullable Object key) {
      for (String k : keys) {
        if (k.equals(key)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public int size() {
      return keys.length;
    }

    @Override
    public java.util.Set<Map.Entry<String, Node>> entrySet() {
      return new java.util.AbstractSet<Map.Entry<String, Node>>() {
        @Override
        public java.util.Iterator<Map.Entry<String, Node>> iterator() {
          return new java.util.Iterator<Map.Entry<String, Node>>() {
            private int i;

            @Override
            public boolean hasNext() {
              return i < keys.length;
            }

            @Override
            public Map.Entry<String, Node> next() {
              if (i >= keys.length) {
                throw new java.util.NoSuchElementException();
              }
              Map.Entry<String, Node> e = new java.util.AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
              i++;
              return e;
            }
          };
        }

        @Override
        public int size() {
          return keys.length;
        }
      };
    }
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

  /** An object's fields, in file order; read-only. */
  @SuppressWarnings("unchecked")
  public Map<String, Node> fields() {
    return (Map<String, Node>) value;
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
