package io.parley.internal.bundle;

import com.google.common.collect.ImmutableList;
import io.parley.model.Citation;
import io.parley.model.Coordinate;
import io.parley.model.DateSpan;
import io.parley.model.Name;
import io.parley.model.Note;
import io.parley.model.PartialDate;
import io.parley.model.Place;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The read side of the binary form's field encodings, over one section. Each method reads what
 * the {@link BundleOutput} method of the same name wrote. Optional fields come back as null when
 * absent, so a record's reader sets them on its builder only when present.
 */
final class BundleInput {
  final byte[] b;
  int pos;
  private final Strings strings;

  BundleInput(byte[] b, int pos, Strings strings) {
    this.b = b;
    this.pos = pos;
    this.strings = strings;
  }

  int u() {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte x = b[pos++];
      value |= (x & 0x7f) << shift;
      if (x >= 0) {
        return value;
      }
    }
  }

  String str() {
    return strings.get(u());
  }

  /** An optional string: the index plus one, or 0. */
  @Nullable String opt() {
    int i = u();
    return i == 0 ? null : strings.get(i - 1);
  }

  /** An optional non-negative int, -1 when absent. */
  int optInt() {
    return u() - 1;
  }

  boolean bool() {
    return b[pos++] != 0;
  }

  double dbl() {
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = bits << 8 | (b[pos++] & 0xff);
    }
    return Double.longBitsToDouble(bits);
  }

  static PartialDate unpack(int p) {
    int day = p & 31;
    int month = (p >> 5) & 15;
    int year = p >> 9;
    return day != 0 ? PartialDate.ofDay(year, month, day)
        : month != 0 ? PartialDate.ofMonth(year, month) : PartialDate.ofYear(year);
  }

  PartialDate date() {
    return unpack(u());
  }

  @Nullable PartialDate optDate() {
    int p = u();
    return p == 0 ? null : unpack(p - 1);
  }

  DateSpan span() {
    PartialDate start = date();
    PartialDate end = optDate();
    return end == null ? DateSpan.from(start) : DateSpan.of(start, end);
  }

  String[] strs() {
    int n = u();
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = str();
    }
    return out;
  }

  <E extends Enum<E>> E e(E[] values) {
    return values[u()];
  }

  ImmutableList<Citation> citations() {
    int n = u();
    if (n == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Citation> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      Citation.Builder c = Citation.builder().source(str());
      String excerpt = opt();
      if (excerpt != null) {
        c.excerpt(excerpt);
      }
      out.add(c.build());
    }
    return out.build();
  }

  ImmutableList<Note> notes() {
    int n = u();
    if (n == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Note> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      out.add(Note.builder().text(str()).addAllCitations(citations()).build());
    }
    return out.build();
  }

  ImmutableList<Name> names() {
    int n = u();
    ImmutableList.Builder<Name> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      Name.Builder b = Name.builder().text(str()).language(str());
      String r = opt();
      if (r != null) {
        b.romanization(r);
      }
      b.addUsedBy(strs());
      out.add(b.build());
    }
    return out.build();
  }

  Place place() {
    Place.Builder p = Place.builder();
    String city = opt();
    if (city != null) {
      p.city(city);
    }
    p.country(str());
    String venue = opt();
    if (venue != null) {
      p.venue(venue);
    }
    return p.build();
  }

  @Nullable Place optPlace() {
    return bool() ? place() : null;
  }

  @Nullable Coordinate coordinate() {
    return bool() ? Coordinate.of(dbl(), dbl()) : null;
  }

  /**
   * The string table, decoded string by string on first use: opening the bundled dataset reads
   * only the number of strings, and a program that asks only about meetings never decodes the
   * sources' excerpts.
   */
  static final class Strings {
    static final Strings NONE = new Strings(new byte[0], 0, 0, 0);

    private final byte[] bytes;
    /** Where the table of ends starts: string i ends at the u32 at {@code ends + 4i}. */
    private final int ends;
    /** Where the text starts; the ends count from it. */
    private final int text;
    /**
     * Strings decoded so far. Unsynchronized: two threads may decode the same string at once and
     * store equal values; a String is safe to publish through a race.
     */
    private final @Nullable String[] decoded;

    Strings(byte[] bytes, int ends, int text, int count) {
      this.bytes = bytes;
      this.ends = ends;
      this.text = text;
      this.decoded = new String[count];
    }

    String get(int i) {
      String s = decoded[i];
      if (s == null) {
        int from = i == 0 ? 0 : BundleCodec.readInt(bytes, ends + 4 * (i - 1));
        int to = BundleCodec.readInt(bytes, ends + 4 * i);
        s = new String(bytes, text + from, to - from, StandardCharsets.UTF_8);
        decoded[i] = s;
      }
      return s;
    }
  }
}
