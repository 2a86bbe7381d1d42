package io.parley.internal.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" suggestions by edit distance, for messages about unknown ids and names. */
public final class Suggest {
  private Suggest() {}

  /** The candidates within a small edit distance of {@code wrong}, closest first, at most three. */
  public static ImmutableList<String> closest(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates, Math.max(2, wrong.length() / 3));
  }

  /**
   * The candidates within {@code limit} edits of {@code wrong}, closest first (then in string
   * order), at most three.
   */
  public static ImmutableList<String> closest(String wrong, Collection<String> candidates, int limit) {
    List<String> near = new ArrayList<>();
    List<Integer> distances = new ArrayList<>();
    for (String c : candidates) {
      if (Math.abs(c.length() - wrong.length()) > limit) {
        continue;
      }
      int d = distance(wrong, c, limit);
      if (d <= limit) {
        near.add(c);
        distances.add(d);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < near.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> distances.get(i)).thenComparing(near::get));
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int i = 0; i < Math.min(3, order.size()); i++) {
      out.add(near.get(order.get(i)));
    }
    return out.build();
  }

  /** {@code " (did you mean "x"?)"}, or the empty string when nothing is close. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return didYouMean(closest(wrong, candidates));
  }

  /** {@code " (did you mean "x", "y" or "z"?)"} for these names, or the empty string for none. */
  public static String didYouMean(List<String> near) {
    if (near.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (did you mean ");
    for (int i = 0; i < near.size(); i++) {
      b.append(i == 0 ? "" : i == near.size() - 1 ? " or " : ", ").append('"').append(near.get(i)).append('"');
    }
    return b.append("?)").toString();
  }

  /** Levenshtein distance, giving up (returning limit + 1) once it must exceed the limit. */
  static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int best = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        best = Math.min(best, current[j]);
      }
      if (best > limit) {
        return limit + 1;
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
