package io.parley.internal.query;

import com.google.common.collect.ImmutableList;
import io.parley.model.Entity;
import java.util.Comparator;
import java.util.List;

/** The records of one kind in query order, with their positions by id. */
public final class Table<T extends Entity> {
  public final String singular;
  public final ImmutableList<T> records;
  /**
   * Open addressing from id to position: each slot holds a position or -1, and a slot's id is
   * read from its record, so the table costs 8 bytes or so per record and no boxed integer.
   */
  private final int[] slots;

  public Table(String singular, List<T> records, Comparator<T> order) {
    this.singular = singular;
    Comparator<T> then = new Comparator<T>() {
      @Override
      public int compare(T a, T b) {
        int c = order.compare(a, b);
        return c != 0 ? c : a.id().compareTo(b.id());
      }
    };
    ImmutableList<T> copy = ImmutableList.copyOf(records);
    this.records = isSorted(copy, then) ? copy : ImmutableList.sortedCopyOf(then, copy);
    int capacity = Integer.highestOneBit(Math.max(4, this.records.size() * 2 - 1)) << 1;
    slots = new int[capacity];
    java.util.Arrays.fill(slots, -1);
    for (int i = 0; i < this.records.size(); i++) {
      int h = spread(this.records.get(i).id().hashCode()) & (capacity - 1);
      while (slots[h] >= 0) {
        h = (h + 1) & (capacity - 1);
      }
      slots[h] = i;
    }
  }

  private static <T> boolean isSorted(List<T> list, Comparator<T> order) {
    for (int i = 1; i < list.size(); i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** No order of its own: records are ordered by id alone. */
  public static <T extends Entity> Comparator<T> byIdOnly() {
    return new Comparator<T>() {
      @Override
      public int compare(T a, T b) {
        return 0;
      }
    };
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The position of the record with the id, or -1. */
  public int indexOf(String id) {
    int mask = slots.length - 1;
    for (int h = spread(id.hashCode()) & mask; ; h = (h + 1) & mask) {
      int p = slots[h];
      if (p < 0 || records.get(p).id().equals(id)) {
        return p;
      }
    }
  }

  public boolean contains(String id) {
    return indexOf(id) >= 0;
  }

  /** Every id, in table order: for "did you mean" messages. */
  public java.util.List<String> ids() {
    java.util.List<String> ids = new java.util.ArrayList<>(records.size());
    for (T r : records) {
      ids.add(r.id());
    }
    return ids;
  }

  public int size() {
    return records.size();
  }
}
