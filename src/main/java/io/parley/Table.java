package io.parley;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.parley.model.Entity;
import java.util.Comparator;
import java.util.List;

/** The records of one kind in query order, with their positions by id. */
final class Table<T extends Entity> {
  final String singular;
  final ImmutableList<T> records;
  final ImmutableMap<String, Integer> positions;

  Table(String singular, List<T> records, Comparator<T> order) {
    this.singular = singular;
    Comparator<T> then = new Comparator<T>() {
      @Override
      public int compare(T a, T b) {
        int c = order.compare(a, b);
        return c != 0 ? c : a.id().compareTo(b.id());
      }
    };
    this.records = ImmutableList.sortedCopyOf(then, records);
    ImmutableMap.Builder<String, Integer> p = ImmutableMap.builderWithExpectedSize(records.size());
    for (int i = 0; i < this.records.size(); i++) {
      p.put(this.records.get(i).id(), i);
    }
    this.positions = p.buildOrThrow();
  }

  /** No order of its own: records are ordered by id alone. */
  static <T extends Entity> Comparator<T> byIdOnly() {
    return new Comparator<T>() {
      @Override
      public int compare(T a, T b) {
        return 0;
      }
    };
  }

  int size() {
    return records.size();
  }
}
