package io.parley.internal.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from a key to the sorted positions of the records that have it, built once.
 * Positions are indexes into a kind's records in query order.
 */
public final class Postings {
  private static final int[] NONE = new int[0];
  /** Never changed after the builder made it; a JDK map, to load no collection class at start. */
  private final HashMap<String, int[]> map;

  private Postings(HashMap<String, int[]> map) {
    this.map = map;
  }

  /** The sorted positions of the records with the key; empty if none. The caller must not change it. */
  public int[] get(String key) {
    int[] p = map.get(key);
    return p == null ? NONE : p;
  }

  /** Every key, unordered and unmodifiable. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(map.keySet());
  }

  /** Collects (key, position) pairs; the positions of a key may come in any order and repeat. */
  public static final class Builder {
    private final HashMap<String, Ints> lists = new HashMap<>();

    /** Adds a position under a key. */
    public void add(String key, int position) {
      Ints l = lists.get(key);
      if (l == null) {
        l = new Ints();
        lists.put(key, l);
      }
      l.add(position);
    }

    /** The postings: each key's positions sorted, without repeats. */
    public Postings build() {
      HashMap<String, int[]> out = new HashMap<>(Math.max(4, lists.size() * 4 / 3 + 1));
      for (Map.Entry<String, Ints> e : lists.entrySet()) {
        out.put(e.getKey(), e.getValue().sortedDistinct());
      }
      return new Postings(out);
    }
  }

  /** A growable list of ints, without boxing. */
  private static final class Ints {
    private int[] a = new int[2];
    private int n;
    private boolean sorted = true;

    void add(int x) {
      if (n > 0) {
        int last = a[n - 1];
        if (last == x) {
          return;
        }
        if (last > x) {
          sorted = false;
        }
      }
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = x;
    }

    int[] sortedDistinct() {
      int[] out = Arrays.copyOf(a, n);
      if (sorted) {
        return out;
      }
      Arrays.sort(out);
      int m = 1;
      for (int i = 1; i < out.length; i++) {
        if (out[i] != out[m - 1]) {
          out[m++] = out[i];
        }
      }
      return m == out.length ? out : Arrays.copyOf(out, m);
    }
  }

  /**
   * The positions in both sorted arrays. A word such as {@code Islands} is in many names: when one
   * array is much the shorter, each of its positions is looked for in the other by binary search.
   */
  public static int[] intersect(int[] a, int[] b) {
    if (a == b) {
      return a;
    }
    if (a.length > b.length) {
      int[] t = a;
      a = b;
      b = t;
    }
    int[] out = new int[a.length];
    int n = 0;
    if (a.length * 8 < b.length) {
      int from = 0;
      for (int x : a) {
        int i = Arrays.binarySearch(b, from, b.length, x);
        if (i >= 0) {
          out[n++] = x;
          from = i + 1;
        } else {
          from = -i - 1;
        }
      }
    } else {
      for (int i = 0, j = 0; i < a.length && j < b.length; ) {
        if (a[i] < b[j]) {
          i++;
        } else if (a[i] > b[j]) {
          j++;
        } else {
          out[n++] = a[i];
          i++;
          j++;
        }
      }
    }
    // All of the shorter found: the shorter itself, so that the tiers it gathers in see one array.
    return n == a.length ? a : Arrays.copyOf(out, n);
  }
}
