package io.parley;

import java.util.Arrays;

/** A sorted set of record positions that an index yields for a refinement. */
abstract class Candidates {
  abstract int size();

  abstract int at(int i);

  abstract boolean contains(int position);

  static Candidates of(int[] sorted) {
    return new Candidates() {
      @Override
      int size() {
        return sorted.length;
      }

      @Override
      int at(int i) {
        return sorted[i];
      }

      @Override
      boolean contains(int position) {
        return Arrays.binarySearch(sorted, position) >= 0;
      }
    };
  }

  /** Positions {@code from} (inclusive) to {@code to} (exclusive). */
  static Candidates range(int from, int to) {
    return new Candidates() {
      @Override
      int size() {
        return Math.max(0, to - from);
      }

      @Override
      int at(int i) {
        return from + i;
      }

      @Override
      boolean contains(int position) {
        return position >= from && position < to;
      }
    };
  }
}
