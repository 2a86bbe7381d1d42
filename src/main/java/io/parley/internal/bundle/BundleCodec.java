package io.parley.internal.bundle;

import io.parley.internal.IsoCodes;
import io.parley.internal.RecordKind;
import io.parley.internal.bundle.BundleInput.Strings;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import io.parley.model.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The compiled binary form of a dataset, the way the JDK compiles tzdb: written at build time
 * from a dataset the reader has validated, read at run time with plain byte access, no JSON
 * library, no reflection, and one section per kind of record so that a kind is decoded only when
 * it is first used.
 *
 * <pre>
 * magic      8 bytes  "PARLEYDB"
 * format     u16      {@link #VERSION}
 * data       u16 length + UTF-8: the dataset version, such as 2026.1
 * checksum   i32      CRC-32 of everything after it
 * strings    varint n, n × u32 end of string i in the text that follows, the UTF-8 text of every
 *            string, once, run together</pre>
 * sections   varint n, n × (u8 kind ordinal, varint record count, varint byte length, records),
 *            then u8 255, varint pair count, varint byte length, the pairs (code, country id) of
 *            the countries' ISO codes ({@link IsoCodes#map})
 * </pre>
 *
 * <p>(The string table's fixed-width ends, new in format 6, let opening the bundle skip the pass
 * over every string's length that format 5 needed: some 4 ms in a cold JVM for 10,000 strings.)
 *
 * <p>Records are their fields in a fixed order per type: strings as indexes into the table (plus one
 * for an optional, 0 when absent), dates packed as {@code year << 9 | month << 5 | day} (plus one
 * when optional), spans as a start and an end (0 when open), enums as their ordinal, lists as a
 * count and their items. The reader trusts the content (the build validated it) but checks the
 * header and checksum, and any inconsistency surfaces as a {@link FormatException}.
 *
 * <p>This class holds the layout of the file as a whole; {@link RecordCodec} holds each kind's
 * record layout, its write and read side by side; {@link BundleOutput} and {@link BundleInput} the
 * field encodings; {@link Contents} an opened file.
 */
public final class BundleCodec {
  public static final int VERSION = 7;
  /** The section id of the countries' ISO codes, after the record kinds' sections (format 7). */
  static final int ISO_CODES = 0xff;
  private static final byte[] MAGIC = "PARLEYDB".getBytes(StandardCharsets.US_ASCII);

  private BundleCodec() {}

  /** Thrown when the bytes are not a binary dataset this code reads. */
  public static final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  // ---------------------------------------------------------------- writing

  /** Writes the dataset's binary form. */
  public static void write(Dataset d, OutputStream out) throws IOException {
    BundleOutput o = new BundleOutput();
    ByteArrayOutputStream sections = new ByteArrayOutputStream(1 << 16);
    DataOutputStream s = new DataOutputStream(sections);
    BundleOutput.varint(s, RecordKind.values().length + 1);
    for (RecordKind kind : RecordKind.values()) {
      o.buf.reset();
      int count = writeSection(o, kind, d);
      appendSection(s, o, kind.ordinal(), count);
    }
    o.buf.reset();
    Map<String, String> codes = new TreeMap<>(IsoCodes.map(d.countries()));
    for (Map.Entry<String, String> e : codes.entrySet()) {
      o.str(e.getKey());
      o.str(e.getValue());
    }
    appendSection(s, o, ISO_CODES, codes.size());
    s.flush();
    ByteArrayOutputStream body = new ByteArrayOutputStream(sections.size() + (1 << 16));
    DataOutputStream b = new DataOutputStream(body);
    BundleOutput.varint(b, o.strings.size());
    ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    for (String str : o.strings.keySet()) {
      text.write(str.getBytes(StandardCharsets.UTF_8));
      b.writeInt(text.size());
    }
    text.writeTo(b);
    sections.writeTo(b);
    b.flush();
    byte[] bytes = body.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    DataOutputStream h = new DataOutputStream(out);
    h.write(MAGIC);
    h.writeShort(VERSION);
    h.writeUTF(d.manifest().dataVersion());
    h.writeInt((int) crc.getValue());
    h.write(bytes);
    h.flush();
  }

  /** Appends what the output's buffer holds to the sections: its id, count and byte length first. */
  private static void appendSection(DataOutputStream s, BundleOutput o, int id, int count)
      throws IOException {
    o.flush();
    s.writeByte(id);
    BundleOutput.varint(s, count);
    BundleOutput.varint(s, o.buf.size());
    o.buf.writeTo(s);
  }

  /** Writes one kind's section into the output's buffer and returns its record count. */
  private static int writeSection(BundleOutput o, RecordKind kind, Dataset d) throws IOException {
    if (kind == RecordKind.MANIFEST) {
      writeManifest(o, d.manifest());
      return 1;
    }
    List<? extends Entity> records = kind.records(d);
    RecordCodec<Entity> codec = RecordCodec.of(kind);
    for (Entity x : records) {
      codec.write(o, x);
    }
    return records.size();
  }

  /** A big-endian int at the offset. */
  static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  // ---------------------------------------------------------------- the manifest

  /**
   * The manifest: not a record, but the first section; apart from {@link RecordCodec}, so that
   * opening the bundle loads no codec.
   */
  static void writeManifest(BundleOutput out, Manifest m) throws IOException {
    out.u(m.format());
    out.str(m.dataVersion());
    out.str(m.title());
    out.str(m.license());
    out.str(m.citation());
  }

  static Manifest readManifest(BundleInput in) {
    return Manifest.builder().format(in.u()).dataVersion(in.str()).title(in.str())
        .license(in.str()).citation(in.str()).build();
  }

  // ---------------------------------------------------------------- reading

  /** Opens a binary dataset: checks the header and checksum, reads the strings. */
  public static Contents open(byte[] all) throws FormatException {
    try {
      if (all.length < MAGIC.length + 2 || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
        throw new FormatException("not a Parley binary dataset: the file does not start with PARLEYDB");
      }
      int pos = MAGIC.length;
      int version = (all[pos] & 0xff) << 8 | (all[pos + 1] & 0xff);
      pos += 2;
      if (version != VERSION) {
        throw new FormatException(
            "binary dataset format " + version + " is not the one this library reads (" + VERSION + ")");
      }
      int len = (all[pos] & 0xff) << 8 | (all[pos + 1] & 0xff);
      pos += 2;
      String dataVersion = new String(all, pos, len, StandardCharsets.UTF_8);
      pos += len;
      int checksum = (all[pos] & 0xff) << 24 | (all[pos + 1] & 0xff) << 16 | (all[pos + 2] & 0xff) << 8
          | (all[pos + 3] & 0xff);
      pos += 4;
      CRC32 crc = new CRC32();
      crc.update(all, pos, all.length - pos);
      if ((int) crc.getValue() != checksum) {
        throw new FormatException(String.format(
            "checksum mismatch: header says %08x, content is %08x", checksum, (int) crc.getValue()));
      }
      BundleInput in = new BundleInput(all, pos, Strings.NONE);
      int n = in.u();
      if (n < 0 || n > all.length - in.pos) {
        throw new FormatException("truncated binary dataset: the string table claims " + n + " strings");
      }
      int ends = in.pos;
      int text = ends + 4 * n;
      int textLength = n == 0 ? 0 : readInt(all, ends + 4 * (n - 1));
      if (textLength < 0 || textLength > all.length - text) {
        throw new FormatException("truncated binary dataset: the strings run past the end");
      }
      in.pos = text + textLength;
      Contents c = new Contents(dataVersion, new Strings(all, ends, text, n), all);
      int sections = in.u();
      RecordKind[] kinds = RecordKind.values();
      for (int i = 0; i < sections; i++) {
        int kind = all[in.pos++] & 0xff;
        if (kind == ISO_CODES) {
          c.isoCodeCount = in.u();
          int length = in.u();
          c.isoCodeOffset = in.pos;
          in.pos += length;
          continue;
        }
        if (kind >= kinds.length) {
          throw new FormatException("unknown record kind " + kind);
        }
        c.counts[kind] = in.u();
        int length = in.u();
        c.offsets[kind] = in.pos;
        in.pos += length;
      }
      if (in.pos != all.length) {
        throw new FormatException("the sections do not end where the file does");
      }
      return c;
    } catch (IndexOutOfBoundsException e) {
      throw new FormatException("truncated binary dataset: " + e.getMessage());
    }
  }
}
