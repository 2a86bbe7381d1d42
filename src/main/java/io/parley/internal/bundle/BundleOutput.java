package io.parley.internal.bundle;

import io.parley.model.Citation;
import io.parley.model.Coordinate;
import io.parley.model.DateSpan;
import io.parley.model.Name;
import io.parley.model.Note;
import io.parley.model.PartialDate;
import io.parley.model.Place;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The write side of the binary form's field encodings: strings go to a table built as they are
 * met, everything else into the current section's buffer. Each method's reader is the
 * {@link BundleInput} method of the same name.
 */
final class BundleOutput {
  final Map<String, Integer> strings = new LinkedHashMap<>();
  final ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
  private final DataOutputStream out = new DataOutputStream(buf);

  static void varint(DataOutputStream out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7f) != 0) {
      out.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  static int packDate(PartialDate d) {
    return d.year() << 9 | d.month().orElse(0) << 5 | d.day().orElse(0);
  }

  void u(int v) throws IOException {
    varint(out, v);
  }

  private int index(String s) {
    Integer i = strings.get(s);
    if (i == null) {
      i = strings.size();
      strings.put(s, i);
    }
    return i;
  }

  void str(String s) throws IOException {
    u(index(s));
  }

  void opt(Optional<String> s) throws IOException {
    u(s.isPresent() ? index(s.get()) + 1 : 0);
  }

  void optInt(OptionalInt v) throws IOException {
    u(v.isPresent() ? v.getAsInt() + 1 : 0);
  }

  void bool(boolean b) throws IOException {
    out.writeBoolean(b);
  }

  void strs(List<String> list) throws IOException {
    u(list.size());
    for (String s : list) {
      str(s);
    }
  }

  void date(PartialDate d) throws IOException {
    u(packDate(d));
  }

  void optDate(Optional<PartialDate> d) throws IOException {
    u(d.isPresent() ? packDate(d.get()) + 1 : 0);
  }

  void span(DateSpan s) throws IOException {
    date(s.start());
    optDate(s.end());
  }

  void e(Enum<?> e) throws IOException {
    u(e.ordinal());
  }

  void citations(List<Citation> cs) throws IOException {
    u(cs.size());
    for (Citation c : cs) {
      str(c.source());
      opt(c.excerpt());
    }
  }

  void notes(List<Note> ns) throws IOException {
    u(ns.size());
    for (Note n : ns) {
      str(n.text());
      citations(n.citations());
    }
  }

  void names(List<Name> ns) throws IOException {
    u(ns.size());
    for (Name n : ns) {
      str(n.text());
      str(n.language());
      opt(n.romanization());
      strs(n.usedBy().asList());
    }
  }

  void place(Place p) throws IOException {
    opt(p.city());
    str(p.country());
    opt(p.venue());
  }

  void optPlace(Optional<Place> p) throws IOException {
    bool(p.isPresent());
    if (p.isPresent()) {
      place(p.get());
    }
  }

  void coordinate(Optional<Coordinate> c) throws IOException {
    bool(c.isPresent());
    if (c.isPresent()) {
      out.writeDouble(c.get().latitude());
      out.writeDouble(c.get().longitude());
    }
  }

  /** The section's bytes so far; {@link #buf} is reset between sections. */
  void flush() throws IOException {
    out.flush();
  }
}
