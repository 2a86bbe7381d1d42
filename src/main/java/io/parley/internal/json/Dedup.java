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
  private final Map<String, String> strings;
  private final Map<String, PartialDate> dates = new ConcurrentHashMap<>();
  private final Map<Object, Object> values;

  /**
   * About how many bytes of JSON hold one distinct id or short text, or one distinct nested value:
   * 350-1,350 and 640-1,080 in the synthetic datasets of 10^4 and 10^5 meetings.
   */
  static final int BYTES_PER_ENTRY = 1024;
  /** The most entries a map is made for at first; past that it grows as it must. */
  static final int MOST_PRESIZED = 1 << 22;

  /**
   * Maps sized for a read of this many bytes of JSON, so that a large read does not grow them
   * step by step: while a concurrent map grows, each lookup that meets a moved bin follows a
   * forwarding node, and the growing cost some 7% of the CPU time of a read of 10^5 records.
   */
  public Dedup(long jsonBytes) {
    int expected = (int) Math.max(16, Math.min(MOST_PRESIZED, jsonBytes / BYTES_PER_ENTRY));
    strings = new ConcurrentHashMap<>(expected);
    values = new ConcurrentHashMap<>(expected);
  }

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
