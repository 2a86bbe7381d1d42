package io.parley.internal.bundle;

import io.parley.internal.RecordKind;
import io.parley.internal.bundle.BundleInput.Strings;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
 * strings    varint n, n × (varint length, UTF-8): every string, once
 * sections   varint n, n × (u8 kind ordinal, varint record count, varint byte length, records)
 * </pre>
 *
 * Records are their fields in a fixed order per type: strings as indexes into the table (plus one
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
  public static final int VERSION = 5;
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
    BundleOutput.varint(s, RecordKind.values().length);
    for (RecordKind kind : RecordKind.values()) {
      o.buf.reset();
      int count = writeSection(o, kind, d);
      o.flush();
      s.writeByte(kind.ordinal());
      BundleOutput.varint(s, count);
      BundleOutput.varint(s, o.buf.size());
      o.buf.writeTo(s);
    }
    s.flush();
    ByteArrayOutputStream body = new ByteArrayOutputStream(sections.size() + (1 << 16));
    DataOutputStream b = new DataOutputStream(body);
    BundleOutput.varint(b, o.strings.size());
    for (String str : o.strings.keySet()) {
      byte[] utf8 = str.getBytes(StandardCharsets.UTF_8);
      BundleOutput.varint(b, utf8.length);
      b.write(utf8);
    }
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

  /** Writes one kind's section into the output's buffer and returns its record count. */
  private static int writeSection(BundleOutput o, RecordKind kind, Dataset d) throws IOException {
    if (kind == RecordKind.MANIFEST) {
      RecordCodec.writeManifest(o, d.manifest());
      return 1;
    }
    List<? extends Entity> records = kind.records(d);
    RecordCodec<Entity> codec = RecordCodec.of(kind);
    for (Entity x : records) {
      codec.write(o, x);
    }
    return records.size();
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
      int[] bounds = new int[2 * n];
      for (int i = 0; i < n; i++) {
        int l = in.u();
        bounds[2 * i] = in.pos;
        in.pos += l;
        if (l < 0 || in.pos > all.length) {
          throw new FormatException("truncated binary dataset: string " + i + " runs past the end");
        }
        bounds[2 * i + 1] = in.pos;
      }
      Contents c = new Contents(dataVersion, new Strings(all, bounds), all);
      int sections = in.u();
      RecordKind[] kinds = RecordKind.values();
      for (int i = 0; i < sections; i++) {
        int kind = all[in.pos++] & 0xff;
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
