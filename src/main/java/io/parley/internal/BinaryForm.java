package io.parley.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The compact binary form of a dataset that the build compiles into the jar, read at run time with
 * plain {@code java.io} (no JSON library). Layout:
 *
 * <pre>
 * magic      8 bytes  "PARLEYDB"
 * format     u16      binary format version, {@link #VERSION}
 * data       utf      the dataset version, such as 2026.1
 * checksum   i32      CRC-32 of the payload
 * length     i32      payload length in bytes
 * payload:
 *   strings  varint n, then n × (varint length, UTF-8 bytes): every key and string, once
 *   files    varint n, then n × (u8 kind ordinal, node)
 *   node     u8 tag: 0 object (varint n, n × (varint key, node)), 1 array (varint n, n × node),
 *            2 string (varint index), 3 number (varint index of its literal), 4 true, 5 false, 6 null
 * </pre>
 */
public final class BinaryForm {
  public static final int VERSION = 1;
  private static final byte[] MAGIC = "PARLEYDB".getBytes(StandardCharsets.US_ASCII);

  private BinaryForm() {}

  /** Thrown when the bytes are not a binary form this code reads. */
  public static final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  public static void write(String dataVersion, Map<RecordKind, Node> files, OutputStream out)
      throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    for (Node n : files.values()) {
      collect(n, strings);
    }
    ByteArrayOutputStream payloadBytes = new ByteArrayOutputStream(1 << 16);
    DataOutputStream payload = new DataOutputStream(payloadBytes);
    varint(payload, strings.size());
    for (String s : strings.keySet()) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(payload, utf8.length);
      payload.write(utf8);
    }
    varint(payload, files.size());
    for (Map.Entry<RecordKind, Node> e : files.entrySet()) {
      payload.writeByte(e.getKey().ordinal());
      node(payload, e.getValue(), strings);
    }
    payload.flush();
    byte[] bytes = payloadBytes.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    DataOutputStream header = new DataOutputStream(out);
    header.write(MAGIC);
    header.writeShort(VERSION);
    header.writeUTF(dataVersion);
    header.writeInt((int) crc.getValue());
    header.writeInt(bytes.length);
    header.write(bytes);
    header.flush();
  }

  private static void collect(Node n, Map<String, Integer> strings) {
    switch (n.type()) {
      case OBJECT:
        for (Map.Entry<String, Node> e : n.fields().entrySet()) {
          strings.putIfAbsent(e.getKey(), strings.size());
          collect(e.getValue(), strings);
        }
        break;
      case ARRAY:
        for (Node item : n.items()) {
          collect(item, strings);
        }
        break;
      case STRING:
      case NUMBER:
        strings.putIfAbsent(n.text(), strings.size());
        break;
      default:
        break;
    }
  }

  private static void node(DataOutputStream out, Node n, Map<String, Integer> strings)
      throws IOException {
    switch (n.type()) {
      case OBJECT:
        out.writeByte(0);
        varint(out, n.fields().size());
        for (Map.Entry<String, Node> e : n.fields().entrySet()) {
          varint(out, strings.get(e.getKey()));
          node(out, e.getValue(), strings);
        }
        break;
      case ARRAY:
        out.writeByte(1);
        varint(out, n.items().size());
        for (Node item : n.items()) {
          node(out, item, strings);
        }
        break;
      case STRING:
        out.writeByte(2);
        varint(out, strings.get(n.text()));
        break;
      case NUMBER:
        out.writeByte(3);
        varint(out, strings.get(n.text()));
        break;
      case BOOLEAN:
        out.writeByte(n.booleanValue() ? 4 : 5);
        break;
      default:
        out.writeByte(6);
    }
  }

  private static void varint(DataOutputStream out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7f) != 0) {
      out.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  /** The header's dataset version and the trees of every file. */
  public static final class Contents {
    public final String dataVersion;
    public final Map<RecordKind, Node> files;

    Contents(String dataVersion, Map<RecordKind, Node> files) {
      this.dataVersion = dataVersion;
      this.files = files;
    }
  }

  public static Contents read(InputStream in) throws IOException {
    DataInputStream header = new DataInputStream(in);
    byte[] magic = new byte[MAGIC.length];
    header.readFully(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new FormatException("not a Parley binary dataset: the file does not start with PARLEYDB");
    }
    int version = header.readUnsignedShort();
    if (version != VERSION) {
      throw new FormatException(
          "binary dataset format " + version + " is not the one this library reads (" + VERSION + ")");
    }
    String dataVersion = header.readUTF();
    int checksum = header.readInt();
    int length = header.readInt();
    if (length < 0) {
      throw new FormatException("negative payload length " + length);
    }
    byte[] bytes = new byte[length];
    header.readFully(bytes);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    if ((int) crc.getValue() != checksum) {
      throw new FormatException(String.format(
          "checksum mismatch: header says %08x, payload is %08x", checksum, (int) crc.getValue()));
    }
    Cursor c = new Cursor(bytes);
    int n = c.varint();
    String[] strings = new String[n];
    for (int i = 0; i < n; i++) {
      int len = c.varint();
      strings[i] = new String(bytes, c.pos, len, StandardCharsets.UTF_8);
      c.pos += len;
    }
    int fileCount = c.varint();
    Map<RecordKind, Node> files = new EnumMap<>(RecordKind.class);
    RecordKind[] kinds = RecordKind.values();
    for (int i = 0; i < fileCount; i++) {
      int kind = c.bytes[c.pos++] & 0xff;
      if (kind >= kinds.length) {
        throw new FormatException("unknown record kind " + kind);
      }
      files.put(kinds[kind], c.node(strings));
    }
    if (c.pos != bytes.length) {
      throw new FormatException("trailing bytes after the last file");
    }
    return new Contents(dataVersion, files);
  }

  private static final class Cursor {
    final byte[] bytes;
    int pos;
    private final Map<String, Node> noFields = new HashMap<>();

    Cursor(byte[] bytes) {
      this.bytes = bytes;
    }

    int varint() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[pos++];
        value |= (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }

    Node node(String[] strings) throws FormatException {
      int tag = bytes[pos++];
      switch (tag) {
        case 0: {
          int n = varint();
          Map<String, Node> fields = n == 0 ? noFields : new LinkedHashMap<>(n * 2);
          for (int i = 0; i < n; i++) {
            String key = strings[varint()];
            fields.put(key, node(strings));
          }
          return Node.object(fields, 0, 0);
        }
        case 1: {
          int n = varint();
          List<Node> items = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            items.add(node(strings));
          }
          return Node.array(items, 0, 0);
        }
        case 2:
          return Node.string(strings[varint()], 0, 0);
        case 3:
          return Node.number(strings[varint()], 0, 0);
        case 4:
          return Node.bool(true, 0, 0);
        case 5:
          return Node.bool(false, 0, 0);
        case 6:
          return Node.nullValue(0, 0);
        default:
          throw new FormatException("unknown node tag " + tag + " at byte " + (pos - 1));
      }
    }
  }
}
