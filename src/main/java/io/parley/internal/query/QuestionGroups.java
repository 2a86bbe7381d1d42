package io.parley.internal.query;

import io.parley.internal.discourse.Questions;
import io.parley.model.HolderKind;
import io.parley.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each country's statements (positions it holds, not analysts', coded to a proposition) grouped
 * by question, each group's members in table order, which is date order. A country's word on a
 * question is then its group's last member that a query allows: divergence reads one or two
 * members per question instead of every position of both countries.
 */
public final class QuestionGroups {
  private static final int[][] NONE = new int[0][];
  private static final String[] NO_KEYS = new String[0];

  private final Map<String, int[][]> byCountry = new HashMap<>();
  private final Map<String, String[]> keysByCountry = new HashMap<>();

  QuestionGroups(Table<Position> positions, Questions questions) {
    Map<String, Map<String, List<Integer>>> groups = new HashMap<>();
    for (int i = 0; i < positions.size(); i++) {
      Position p = positions.records.get(i);
      if (p.proposition().isEmpty() || p.holder().kind() == HolderKind.ANALYST
          || p.holder().country().isEmpty()) {
        continue;
      }
      groups.computeIfAbsent(p.holder().country().get(), k -> new HashMap<>())
          .computeIfAbsent(questions.keyOf(p.proposition().get()), k -> new ArrayList<>())
          .add(i);
    }
    for (Map.Entry<String, Map<String, List<Integer>>> c : groups.entrySet()) {
      int[][] members = new int[c.getValue().size()][];
      String[] keys = new String[members.length];
      int g = 0;
      for (Map.Entry<String, List<Integer>> q : c.getValue().entrySet()) {
        keys[g] = q.getKey();
        members[g++] = q.getValue().stream().mapToInt(Integer::intValue).toArray();
      }
      byCountry.put(c.getKey(), members);
      keysByCountry.put(c.getKey(), keys);
    }
  }

  /** The country's groups, each its members ascending. */
  public int[][] of(String country) {
    return byCountry.getOrDefault(country, NONE);
  }

  /** The question key of each of the country's groups, in the order of {@link #of}. */
  public String[] keysOf(String country) {
    return keysByCountry.getOrDefault(country, NO_KEYS);
  }
}
