package io.parley.io;

import io.parley.internal.RecordKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The problems of one read in report order (by file, then place in the file, then as found),
 * keeping only the first {@code cap} of that order and counting the rest: a file of a million
 * bad records costs memory for the cap, not for the million.
 */
final class Problems {
  private static final Comparator<Entry> ORDER =
      Comparator.comparingInt((Entry e) -> RecordKind.ofFile(e.problem.file()).map(Enum::ordinal).orElse(-1))
          .thenComparingInt(e -> e.problem.line())
          .thenComparingInt(e -> e.problem.column())
          .thenComparingLong(e -> e.seq);

  /** A problem and when it was found, which orders problems at the same place. */
  private static final class Entry {
    final Problem problem;
    final long seq;

    Entry(Problem problem, long seq) {
      this.problem = problem;
      this.seq = seq;
    }
  }

  private final int cap;
  private final PriorityQueue<Entry> kept; // the last in report order at its head
  private long count;

  Problems(int cap) {
    this.cap = cap;
    this.kept = new PriorityQueue<>(Math.min(cap, 1024) + 1, ORDER.reversed());
  }

  synchronized void add(Problem p) {
    Entry e = new Entry(p, count++);
    if (kept.size() < cap) {
      kept.add(e);
    } else if (ORDER.compare(e, kept.peek()) < 0) {
      kept.poll();
      kept.add(e);
    }
  }

  /** Counts problems found but not kept, which come after the kept ones of their record. */
  synchronized void count(long more) {
    count += more;
  }

  /** Throws the problems found so far, if there are any. */
  synchronized void fail() throws DatasetException {
    if (count == 0) {
      return;
    }
    List<Entry> sorted = new ArrayList<>(kept);
    sorted.sort(ORDER);
    List<Problem> listed = new ArrayList<>(sorted.size());
    for (Entry e : sorted) {
      listed.add(e.problem);
    }
    throw new DatasetException(listed, (int) Math.min(Integer.MAX_VALUE, count - listed.size()));
  }
}
