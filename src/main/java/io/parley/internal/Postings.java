package io.parley.internal;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from a key to the sorted positions of the records that have it, built once.
 * Positions are indexes into a kind's records in query order.
 */
public final class Postings {
  private static final int[] NONE = new int[0];
  private final ImmutableMap<String, int[]> map;

  private Postings(ImmutableMap<String, int[]> map) {
    this.map = map;
  }

  public int[] get(String key) {
    int[] p = map.get(key);
    return p == null ? NONE : p;
  }

  public java.util.Set<String> keys() {
    return map.keySet();
  }

  /** Collects (key, position) pairs; positions must be added in ascending order per key. */
  public static final class Builder {
    private final Map<String, List<Integer>> lists = new HashMap<>();

    public void add(String key, int position) {
      List<Integer> l = lists.get(key);
      if (l == null) {
        l = new ArrayList<>(4);
        lists.put(key, l);
      }
      if (l.isEmpty() || l.get(l.size() - 1) != position) {
        l.add(position);
      }
    }

    public Postings build() {
      ImmutableMap.Builder<String, int[]> out = ImmutableMap.builderWithExpectedSize(lists.size());
      for (Map.Entry<String, List<Integer>> e : lists.entrySet()) {
        int[] a = new int[e.getValue().size()];
        for (int i = 0; i < a.length; i++) {
          a[i] = e.getValue().get(i);
        }
        Arrays.sort(a);
        out.put(e.getKey(), a);
      }
      return new Postings(out.buildOrThrow());
    }
  }
}
