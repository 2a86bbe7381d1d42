package io.parley;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Candidates;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.internal.query.Table;
import io.parley.internal.text.Suggest;
import io.parley.model.Entity;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A query over one kind of record: an immutable value in which each refinement returns a new
 * query, ending in {@link #list()}, {@link #stream()}, {@link #count()}, {@link #first()}, {@link
 * #latest()}, {@link #find(String)} or {@link #get(String)}.
 *
 * <pre>{@code
 * MeetingQuery twoPlusTwo = parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO);
 * twoPlusTwo.count();                 // the number of rounds
 * twoPlusTwo.latest();                // the most recent one
 * twoPlusTwo.during(2013).list();     // a new, narrower query; twoPlusTwo is unchanged
 * }</pre>
 *
 * <p>Results are in chronological order for kinds that have a time (meetings, positions, claims,
 * agreements, events), otherwise by id; ties are broken by id. A lookup by name ranks its results
 * first by how well they match, then in that order (see below). Refinements run on indexes, each
 * built once, the first time a query needs it. Queries are immutable and thread-safe, and may be kept and reused.
 *
 * <h2 id="names">Finding by name</h2>
 *
 * <p>Countries, people and territories are found by name ({@link CountryQuery#named}, {@link
 * PersonQuery#named}, {@link TerritoryQuery#named}) the way people type names: by any name a record
 * carries, in any language or script, with its romanizations (and a person's transliteration
 * variants, a territory's neutral name and its features' names). Results come in three tiers, best
 * first, and in the query's order (by id) within a tier:
 *
 * <ol>
 *   <li>the whole name: {@code Senkaku Islands}, {@code Сергей Лавров}, {@code Shinzo Abe};
 *   <li>whole words of a name, each typed word being a word of one of the record's names: {@code
 *       Senkaku}, {@code Putin}, {@code Kuril Islands}, {@code Putin Vladimir}, {@code 安倍};
 *   <li>the beginning of a name or of a word of one, or typed words of which the last begins a
 *       word: {@code Senk}, {@code Sergey Lav}, {@code 尖閣} (for {@code 尖閣諸島}); this tier needs
 *       three letters, or two characters of Chinese, Japanese or Korean script, where a
 *       character says as much as a short word. Chinese and Japanese names are written without
 *       spaces, so there two or more characters anywhere in a word match too: {@code 太郎} finds
 *       {@code 麻生太郎}.
 * </ol>
 *
 * <p>Words are what lies between spaces and punctuation ({@code Jean-Yves Le Drian} has four;
 * {@code ウラジーミル・プーチン} two); a run of Chinese or Japanese characters is one word. Case,
 * diacritics ({@code Shinzō} is {@code Shinzo}), spacing and punctuation are ignored, and so is the
 * script of a Chinese character: Simplified, Traditional and Japanese forms are one ({@code 黄尾屿}
 * finds {@code 黃尾嶼}, {@code 独島} finds {@code 獨島}, {@code 竹岛} finds {@code 竹島}). Spelling
 * is not corrected: a name that matches no record of the dataset in any tier is refused with an
 * {@link IllegalArgumentException} that offers the closest names ({@code Daioyu Islands}: did you
 * mean "Diaoyu Islands"?), as an unknown id or code is.
 *
 * @param <T> the kind of record
 * @param <Q> the query's own type, returned by refinements
 * @since 0.1.0
 */
public abstract class Query<T extends Entity, Q extends Query<T, Q>> {
  final Indexes indexes;
  final Table<T> table;
  final ImmutableList<Filter<T>> filters;

  Query(Indexes indexes, Table<T> table, ImmutableList<Filter<T>> filters) {
    this.indexes = indexes;
    this.table = table;
    this.filters = filters;
  }

  /** The same query with these filters. */
  abstract Q with(ImmutableList<Filter<T>> filters);

  final Q where(Filter<T> filter) {
    return with(ImmutableList.<Filter<T>>builderWithExpectedSize(filters.size() + 1)
        .addAll(filters)
        .add(filter)
        .build());
  }

  /** Whether the query may drop a record that passes every filter (positions as of a day). */
  boolean finishes() {
    return false;
  }

  final boolean passes(int position, T record) {
    return passesExcept(position, record, null);
  }

  /** Whether the record passes every filter but {@code skip} (when that one is exact). */
  final boolean passesExcept(int position, T record, @Nullable Filter<T> skip) {
    for (Filter<T> f : filters) {
      if (f == skip && f.exact) {
        continue;
      }
      if (!f.test.test(position, record)) {
        return false;
      }
    }
    return true;
  }

  /** What a query walks: a candidate set, and the exact filter it came from (whose test it skips). */
  static final class Plan<T> {
    final Candidates best;
    final @Nullable Filter<T> source;

    Plan(Candidates best, @Nullable Filter<T> source) {
      this.best = best;
      this.source = source;
    }
  }

  /**
   * Every position range the filters yield (the date indexes) intersected, then the smallest
   * candidate set restricted to that range by binary search.
   */
  final Plan<T> plan() {
    int lo = 0;
    int hi = table.size();
    for (Filter<T> f : filters) {
      if (f.candidates instanceof Candidates.Range) {
        Candidates.Range r = (Candidates.Range) f.candidates;
        lo = Math.max(lo, r.from);
        hi = Math.min(hi, r.to);
      }
    }
    Candidates best = Candidates.range(lo, hi);
    Filter<T> source = null;
    for (Filter<T> f : filters) {
      if (f.candidates != null && !(f.candidates instanceof Candidates.Range)) {
        Candidates c = f.candidates.restrict(lo, hi);
        if (c.size() < best.size() || source == null && c.size() == best.size()) {
          best = c;
          source = f;
        }
      }
    }
    return new Plan<>(best, source);
  }

  /** The ascending positions of the plan's candidates that pass every filter. */
  final int[] walk(Plan<T> plan) {
    int size = plan.best.size();
    int[] matches = new int[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      int p = plan.best.at(i);
      if (passesExcept(p, table.records.get(p), plan.source)) {
        matches[n++] = p;
      }
    }
    return n == size ? matches : Arrays.copyOf(matches, n);
  }

  /**
   * The positions of the matching records in the query's order: ascending, unless a filter ranks
   * them; overridden where a query keeps only some.
   */
  int[] matches() {
    return ranked(walk(plan()));
  }

  /**
   * The ascending positions in the order of the ranked filters (a name lookup's tiers), the first
   * filter's rank foremost, and ascending within a rank; as they are if no filter ranks.
   */
  final int[] ranked(int[] ascending) {
    int ranks = 0;
    for (Filter<T> f : filters) {
      ranks += f.rank != null ? 1 : 0;
    }
    if (ranks == 0 || ascending.length < 2) {
      return ascending;
    }
    long[] keyed = new long[ascending.length];
    for (int i = 0; i < ascending.length; i++) {
      int p = ascending[i];
      long rank = 0;
      int used = 0;
      for (Filter<T> f : filters) {
        if (f.rank != null && used++ < 15) { // 15 ranks of 2 bits each fit the 31 bits left
          rank = rank * 4 + Math.min(3, f.rank.of(p));
        }
      }
      keyed[i] = (rank << 32) | p;
    }
    Arrays.sort(keyed);
    int[] out = new int[ascending.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
  }

  /**
   * Every matching record, in the query's order.
   *
   * @return an immutable list
   * @since 0.1.0
   */
  public ImmutableList<T> list() {
    int[] matches = matches();
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(matches.length);
    for (int p : matches) {
      out.add(table.records.get(p));
    }
    return out.build();
  }

  /**
   * The matching records as a stream, in the query's order.
   *
   * @return a sequential stream
   * @since 0.1.0
   */
  public Stream<T> stream() {
    return list().stream();
  }

  /**
   * How many records match.
   *
   * @return the count
   * @since 0.1.0
   */
  public int count() {
    return matches().length;
  }

  /**
   * The first matching record: the earliest, for kinds that have a time.
   *
   * @return the record, or empty if none matches
   * @since 0.1.0
   */
  public Optional<T> first() {
    ImmutableList<T> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * The last matching record: the most recent, for kinds that have a time.
   *
   * @return the record, or empty if none matches
   * @since 0.1.0
   */
  public Optional<T> latest() {
    ImmutableList<T> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * The matching record with the id.
   *
   * @param id a record id
   * @return the record, or empty if there is none with that id or it does not match the query
   * @since 0.1.0
   */
  public Optional<T> find(String id) {
    checkNotNull(id, "id");
    int p = table.indexOf(id);
    if (p < 0) {
      return Optional.empty();
    }
    T r = table.records.get(p);
    if (!passes(p, r)) {
      return Optional.empty();
    }
    if (!finishes()) {
      return Optional.of(r);
    }
    // A finishing step (such as asOf) may drop a match in favour of another: look at the whole.
    return list().contains(r) ? Optional.of(r) : Optional.empty();
  }

  /**
   * The matching record with the id, or an exception that names the id and the closest ids.
   *
   * @param id a record id
   * @return the record
   * @throws NoSuchElementException if no matching record has the id
   * @since 0.1.0
   */
  public T get(String id) {
    Optional<T> found = find(id);
    if (found.isPresent()) {
      return found.get();
    }
    if (table.contains(id)) {
      throw new NoSuchElementException(table.singular + " \"" + id + "\" exists but does not match this query");
    }
    throw new NoSuchElementException("no " + table.singular + " with id \"" + id + "\""
        + Suggest.didYouMean(id, table.ids()));
  }

  /**
   * A short description for debugging: the kind and the number of refinements.
   *
   * @return the description
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + table.singular + ", " + filters.size() + " refinements}";
  }
}
