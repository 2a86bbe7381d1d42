package io.parley.internal.json;

import java.util.Map;

/**
 * Writes a {@link Node} as the dataset's canonical JSON text: two-space indentation, one field per
 * line, arrays of plain strings on one line, native scripts unescaped, a final newline. Fixed in
 * every detail so that writing what was read from a canonical file gives the same bytes.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  public static String write(Node node) {
    StringBuilder b = new StringBuilder(4096);
    value(b, node, 0);
    return b.append('\n').toString();
  }

  /** How much text {@link #writeArray} gathers before encoding it and handing it on. */
  private static final int FLUSH_CHARS = 1 << 20;

  /**
   * Writes a file's top-level array of records as {@link #write} writes it, but one record's tree
   * at a time, as UTF-8 bytes: the trees of a file of any size are never held together.
   *
   * @param records how many records there are
   * @param tree the tree of the record at an index, made when it is written
   */
  public static void writeArray(int records, java.util.function.IntFunction<Node> tree, java.io.OutputStream out)
      throws java.io.IOException {
    if (records == 0) {
      out.write(EMPTY_ARRAY);
      return;
    }
    StringBuilder b = new StringBuilder(FLUSH_CHARS + (FLUSH_CHARS >> 2));
    b.append("[\n");
    for (int i = 0; i < records; i++) {
      indent(b, 1);
      value(b, tree.apply(i), 1);
      b.append(i + 1 < records ? ",\n" : "\n");
      if (b.length() >= FLUSH_CHARS) {
        out.write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        b.setLength(0);
      }
    }
    b.append("]\n");
    out.write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static final byte[] EMPTY_ARRAY = {'[', ']', '\n'};

  private static void value(StringBuilder b, Node node, int depth) {
    switch (node.type()) {
      case OBJECT:
        object(b, node, depth);
        break;
      case ARRAY:
        array(b, node, depth);
        break;
      case STRING:
        string(b, node.text());
        break;
      case BOOLEAN:
        b.append(node.booleanValue());
        break;
      case NUMBER:
        b.append(node.text());
        break;
      default:
        b.append("null");
    }
  }

  private static void object(StringBuilder b, Node node, int depth) {
    if (node.fields().isEmpty()) {
      b.append("{}");
      return;
    }
    b.append("{\n");
    int i = 0;
    for (Map.Entry<String, Node> e : node.fields().entrySet()) {
      indent(b, depth + 1);
      string(b, e.getKey());
      b.append(": ");
      value(b, e.getValue(), depth + 1);
      b.append(++i < node.fields().size() ? ",\n" : "\n");
    }
    indent(b, depth);
    b.append('}');
  }

  private static void array(StringBuilder b, Node node, int depth) {
    if (node.items().isEmpty()) {
      b.append("[]");
      return;
    }
    boolean inline = true;
    for (Node item : node.items()) {
      inline &= item.type() == Node.Type.STRING || item.type() == Node.Type.NUMBER;
    }
    if (inline) {
      b.append('[');
      for (int i = 0; i < node.items().size(); i++) {
        b.append(i == 0 ? "" : ", ");
        value(b, node.items().get(i), depth);
      }
      b.append(']');
      return;
    }
    b.append("[\n");
    for (int i = 0; i < node.items().size(); i++) {
      indent(b, depth + 1);
      value(b, node.items().get(i), depth + 1);
      b.append(i + 1 < node.items().size() ? ",\n" : "\n");
    }
    indent(b, depth);
    b.append(']');
  }

  private static void indent(StringBuilder b, int depth) {
    for (int i = 0; i < depth; i++) {
      b.append("  ");
    }
  }

  static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '\r':
          b.append("\\r");
          break;
        default:
          if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    b.append('"');
  }
}
