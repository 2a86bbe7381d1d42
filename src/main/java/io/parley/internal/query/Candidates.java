package io.parley.internal.query;

import java.util.Arrays;

/**
 * A sorted set of record positions that an index yields for a refinement: either a slice of a
 * sorted postings array, or a contiguous range of positions (what a date index yields, as tables
 * are in date order). A slice restricted to a range is found by two binary searches, so a query
 * with both (two countries in a period) costs O(log n + answer), not O(either set).
 */
public abstract class Candidates {
  public abstract int size();

  public abstract int at(int i);

  public abstract boolean contains(int position);

  /** The candidates in [from, to). */
  public abstract Candidates restrict(int from, int to);

  public static Candidates of(int[] sorted) {
    return new Slice(sorted, 0, sorted.length);
  }

  /** Positions {@code from} (inclusive) to {@code to} (exclusive). */
  public static Candidates range(int from, int to) {
    return new Range(from, Math.max(from, to));
  }

  /** The first index in a[from, to) whose value is at least key, or to; a holds distinct values. */
  public static int lowerBound(int[] a, int from, int to, int key) {
    int i = Arrays.binarySearch(a, from, to, key);
    return i >= 0 ? i : -i - 1;
  }

  /** The positions a[from, to) of a sorted array. */
  public static final class Slice extends Candidates {
    private final int[] a;
    private final int from;
    private final int to;

    public Slice(int[] a, int from, int to) {
      this.a = a;
      this.from = from;
      this.to = to;
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public int at(int i) {
      return a[from + i];
    }

    @Override
    public boolean contains(int position) {
      int i = lowerBound(a, from, to, position);
      return i < to && a[i] == position;
    }

    @Override
    public Candidates restrict(int lo, int hi) {
      int f = lowerBound(a, from, to, lo);
      int t = lowerBound(a, f, to, hi);
      return f == from && t == to ? this : new Slice(a, f, t);
    }
  }

  /** The positions from (inclusive) to to (exclusive). */
  public static final class Range extends Candidates {
    public final int from;
    public final int to;

    public Range(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public int at(int i) {
      return from + i;
    }

    @Override
    public boolean contains(int position) {
      return position >= from && position < to;
    }

    @Override
    public Candidates restrict(int lo, int hi) {
      int f = Math.max(from, lo);
      int t = Math.max(f, Math.min(to, hi));
      return f == from && t == to ? this : new Range(f, t);
    }
  }
}
