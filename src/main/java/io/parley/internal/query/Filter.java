package io.parley.internal.query;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One refinement of a query: the test a record must pass, and, where an index can answer it, the
 * candidate positions that may pass it. A query runs over the smallest candidate set among its
 * filters and tests the rest. A ranked filter (a name lookup) also orders what passes it.
 */
public final class Filter<T> {
  /** A test of a record at its position in the query's table. */
  public interface Test<T> {
    public boolean test(int position, T record);
  }

  /** How well the record at a position matches: lower comes first. */
  public interface Rank {
    public int of(int position);
  }

  public final @Nullable Candidates candidates;
  public final Test<T> test;
  /** Whether a record passes exactly when its position is among the candidates. */
  public final boolean exact;
  /**
   * For queries that keep the latest record of each group (positions as of a day): the sorted
   * groups that records passing this filter can belong to, or null if any.
   */
  public final int @Nullable [] groups;
  /** The order this filter puts the records that pass it in, best first; null if none. */
  public final @Nullable Rank rank;

  private Filter(@Nullable Candidates candidates, Test<T> test, boolean exact, int @Nullable [] groups,
      @Nullable Rank rank) {
    this.candidates = candidates;
    this.test = test;
    this.exact = exact;
    this.groups = groups;
    this.rank = rank;
  }

  private Filter(@Nullable Candidates candidates, Test<T> test) {
    this(candidates, test, false, null, null);
  }

  /** Records among the candidates that also pass the test. */
  public static <T> Filter<T> indexed(Candidates candidates, Predicate<T> test) {
    return new Filter<>(candidates, new RecordTest<T>(test));
  }

  /** Records among the candidates that pass a test of their position (on an index's arrays). */
  public static <T> Filter<T> indexedByPosition(Candidates candidates, Test<T> test) {
    return new Filter<>(candidates, test);
  }

  /** Exactly the records at these sorted positions. */
  public static <T> Filter<T> positions(int[] sorted) {
    Candidates c = Candidates.of(sorted);
    return new Filter<>(c, new Membership<T>(c), true, null, null);
  }

  /** Exactly the records at these sorted positions, ranked. */
  public static <T> Filter<T> ranked(int[] sorted, Rank rank) {
    Candidates c = Candidates.of(sorted);
    return new Filter<>(c, new Membership<T>(c), true, null, rank);
  }

  /** Exactly the records at these sorted positions, which lie in these sorted groups. */
  public static <T> Filter<T> positions(int[] sorted, int[] groups) {
    Candidates c = Candidates.of(sorted);
    return new Filter<>(c, new Membership<T>(c), true, groups, null);
  }

  /** Records that pass the test; no index helps. */
  public static <T> Filter<T> test(Predicate<T> test) {
    return new Filter<>(null, new RecordTest<T>(test));
  }

  // Named classes rather than lambdas: the common refinements stay off the lambda bootstrap.

  private static final class Membership<T> implements Test<T> {
    private final Candidates candidates;

    public Membership(Candidates candidates) {
      this.candidates = candidates;
    }

    @Override
    public boolean test(int position, T record) {
      return candidates.contains(position);
    }
  }

  private static final class RecordTest<T> implements Test<T> {
    private final Predicate<T> test;

    public RecordTest(Predicate<T> test) {
      this.test = test;
    }

    @Override
    public boolean test(int position, T record) {
      return test.test(record);
    }
  }
}
