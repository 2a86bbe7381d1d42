package io.parley.internal.json;

import io.parley.model.PartialDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance for each distinct id, date, span, short text and nested value met while reading a
 * dataset: references repeat ("sergey-lavrov" in every session he attended, "2019-05-30" in every
 * record of that day, the same four participants in every session of a series, a source's excerpt
 * in every record that cites it), and a large dataset should hold each once. Safe because every value is immutable; safe from several threads, as
 * the files of a large dataset are read in parallel.
 */
public final class Dedup {
  private final Map<String, String> strings = new ConcurrentHashMap<>();
  private final Map<String, PartialDate> dates = new ConcurrentHashMap<>();
  private final Map<Object, Object> values = new ConcurrentHashMap<>();

  String string(String s) {
    // A lookup first: most references repeat, and a concurrent map's get takes no lock.
    String known = strings.get(s);
    if (known != null) {
      return known;
    }
    known = strings.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  /** The longest text {@link #text} shares; longer texts seldom repeat whole. */
  static final int SHARED_TEXT = 256;

  /** The one instance of a text of up to {@link #SHARED_TEXT} characters; a longer one as it is. */
  String text(String s) {
    return s.length() <= SHARED_TEXT ? string(s) : s;
  }

  /** The one instance equal to this immutable value (a participant, a place, a citation...). */
  @SuppressWarnings("unchecked")
  <T> T value(T v) {
    Object known = values.get(v);
    if (known == null) {
      known = values.putIfAbsent(v, v);
    }
    return known == null ? v : (T) known;
  }

  PartialDate date(String text) {
    PartialDate d = dates.get(text);
    if (d == null) {
      d = PartialDate.parse(text);
      dates.put(string(text), d);
    }
    return d;
  }
}
