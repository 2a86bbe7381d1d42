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
    Comparator<T> byId = Comparator.comparing(Entity::id);
    this.records = ImmutableList.sortedCopyOf(order.thenComparing(byId), records);
    ImmutableMap.Builder<String, Integer> p = ImmutableMap.builderWithExpectedSize(records.size());
    for (int i = 0; i < this.records.size(); i++) {
      p.put(this.records.get(i).id(), i);
    }
    this.positions = p.buildOrThrow();
  }

  int size() {
    return records.size();
  }
}
