package io.parley.internal.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.text.NameKey;
import io.parley.internal.text.Suggest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One kind's records by every name they carry, found the way people type them, in three tiers:
 *
 * <ol>
 *   <li>{@link #EXACT}: the typed name's key ({@link NameKey#of}) is the key of a whole name;
 *   <li>{@link #WORD}: each typed word is a word of the record's names ({@code Putin}, {@code
 *       Kuril Islands});
 *   <li>{@link #PREFIX}: the typed name begins a name or a word of one, or its last word begins a
 *       word and the others are words ({@code Senk}, {@code Sergey Lav}), given at least {@link
 *       NameKey#shortestPrefix} characters; or, Chinese and Japanese text being written without
 *       spaces, it lies within a word of such text ({@code 太郎} in {@code 麻生太郎}), given two
 *       characters at least.
 * </ol>
 *
 * <p>Every key of a whole name and of a word is kept once in one sorted array, with the records
 * that have it, and found by hashing: an exact or word lookup is one probe, a prefix lookup a walk
 * along the keys that begin with the typed one (after a binary search if no name has it as a
 * whole), never a pass over the records. Substrings within Chinese and Japanese
 * words (up to {@value #INNER_MAX} characters) are kept in a hash map. Built once, then read-only.
 */
public final class NameIndex {
  /** The typed name is a whole name of the record. */
  public static final int EXACT = 0;
  /** Each typed word is a word of a name of the record. */
  public static final int WORD = 1;
  /** The typed name begins a name or word of the record, or lies within a Chinese or Japanese word. */
  public static final int PREFIX = 2;

  /** The longest substring within a Chinese or Japanese word that is kept for lookup. */
  static final int INNER_MAX = 8;

  /** A record's names, in the order the record gives them: the first that fits is the one suggested. */
  public interface Names {
    public void add(int position, List<String> out);
  }

  /** Every key of a whole name and of a word, sorted, each once. */
  private final String[] keys;
  /** For each key, the positions of the records with a whole name of that key; null if none. */
  private final int[] @Nullable [] named;
  /** For each key, the positions of the records with a word of that key; null if none. */
  private final int[] @Nullable [] worded;
  /**
   * Open addressing from a key to its place in {@link #keys} (or -1): a typed key or word found in
   * one probe rather than a binary search, which the prefix walk needs only for a key that no name
   * has.
   */
  private final int[] slots;
  /**
   * For each key, the end of the run of keys that begin with it (they follow it, the keys being
   * sorted): the keys a beginning finds, without comparing strings.
   */
  private final int[] prefixEnd;
  /**
   * For each key, the answer to the last lookup whose typed words run together to it (null until
   * one comes): an answer is a function of the typed words alone, so a name looked up again, as
   * names are, is answered by the one probe of its whole key. Racy but safe: a {@link Known} is
   * immutable, with final fields, and two threads that compute the same answer store equal ones.
   */
  private final @Nullable Known[] known;
  /** Substrings within Chinese and Japanese words, not at a word's start, to positions. */
  private final Postings inner;
  private final Names names;

  public NameIndex(int size, Names names) {
    this.names = names;
    Postings.Builder whole = new Postings.Builder();
    Postings.Builder word = new Postings.Builder();
    Postings.Builder within = new Postings.Builder();
    List<String> buffer = new ArrayList<>();
    for (int p = 0; p < size; p++) {
      buffer.clear();
      names.add(p, buffer);
      for (String name : buffer) {
        List<String> words = NameKey.words(name);
        if (words.isEmpty()) {
          continue;
        }
        whole.add(join(words), p);
        for (String w : words) {
          word.add(w, p);
          if (NameKey.unspaced(w)) {
            addInner(within, w, p);
          }
        }
      }
    }
    Postings byName = whole.build();
    Postings byWord = word.build();
    Set<String> all = new java.util.HashSet<>(byName.keys());
    all.addAll(byWord.keys());
    keys = all.toArray(new String[0]);
    Arrays.sort(keys);
    named = new int[keys.length][];
    worded = new int[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      int[] n = byName.get(keys[i]);
      int[] w = byWord.get(keys[i]);
      named[i] = n.length == 0 ? null : n;
      worded[i] = w.length == 0 ? null : w;
    }
    inner = within.build();
    prefixEnd = new int[keys.length];
    for (int i = keys.length - 1; i >= 0; i--) {
      int j = i + 1;
      while (j < keys.length && keys[j].startsWith(keys[i])) {
        j = prefixEnd[j]; // what begins with keys[j] begins with keys[i] too
      }
      prefixEnd[i] = j;
    }
    known = new Known[keys.length];
    int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    slots = new int[capacity];
    Arrays.fill(slots, -1);
    for (int i = 0; i < keys.length; i++) {
      int h = spread(keys[i].hashCode()) & (capacity - 1);
      while (slots[h] >= 0) {
        h = (h + 1) & (capacity - 1);
      }
      slots[h] = i;
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The place of the key in {@link #keys}, or -1. */
  private int indexOf(String key) {
    int mask = slots.length - 1;
    for (int h = spread(key.hashCode()) & mask; ; h = (h + 1) & mask) {
      int i = slots[h];
      if (i < 0 || keys[i].equals(key)) {
        return i;
      }
    }
  }

  /** The place of the first key not less than this one. */
  private int lowerBound(String key, int known) {
    if (known >= 0) {
      return known;
    }
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? i : -i - 1;
  }

  /** Every substring of two to {@value #INNER_MAX} characters of a word that does not begin it. */
  private static void addInner(Postings.Builder within, String word, int position) {
    int[] cps = new int[word.codePointCount(0, word.length())];
    for (int i = 0, k = 0; i < word.length(); k++) {
      cps[k] = word.codePointAt(i);
      i += Character.charCount(cps[k]);
    }
    for (int from = 1; from + 2 <= cps.length; from++) {
      for (int to = from + 2; to <= Math.min(cps.length, from + INNER_MAX); to++) {
        within.add(new String(cps, from, to - from), position);
      }
    }
  }

  private static String join(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append(w);
    }
    return b.toString();
  }

  /** The number of distinct keys of whole names and words. */
  public int keyCount() {
    return keys.length;
  }

  /**
   * The records that match the typed name, with their tiers.
   *
   * @param singular what a record is called in the message, such as {@code territory}
   * @throws IllegalArgumentException if the name has no letter or digit, or if no record matches
   *     (the message offers the closest names)
   */
  public Matches find(String typed, String singular) {
    checkNotNull(typed, "name");
    NameKey.Typed t = NameKey.typed(typed);
    checkArgument(t.wordCount() > 0, "\"%s\" has no letter or digit to look up", typed);
    Matches m = lookUp(t);
    if (m.positions.length == 0) {
      List<String> words = t.words();
      throw new IllegalArgumentException("no " + singular + " is named \"" + typed + "\""
          + Suggest.didYouMean(suggest(words)));
    }
    return m;
  }

  /** The matches of the typed words (as {@link NameKey#words} gives them), in every tier. */
  Matches lookUp(List<String> words) {
    return lookUp(NameKey.Typed.of(words));
  }

  /**
   * The matches of a typed name, in every tier. Its whole key is probed first: when the same
   * words were looked up before, their answer is kept with the key; otherwise the tiers are
   * computed, and kept if the words run together to a key.
   */
  Matches lookUp(NameKey.Typed typed) {
    int at = indexOf(typed.key);
    if (at < 0) {
      return compute(typed.words(), typed.key, at);
    }
    Known k = known[at];
    if (k != null && k.typed.sameWords(typed)) {
      return k.matches;
    }
    Matches m = compute(typed.words(), typed.key, at);
    known[at] = new Known(typed, m);
    return m;
  }

  /** A lookup's typed name (its key and where its words end) and its answer. */
  private static final class Known {
    final NameKey.Typed typed;
    final Matches matches;

    Known(NameKey.Typed typed, Matches matches) {
      this.typed = typed;
      this.matches = matches;
    }
  }

  /** The tiers of the typed words, whose whole key is at {@code at} in {@link #keys} (or -1). */
  private Matches compute(List<String> words, String whole, int at) {
    Hits hits = new Hits();
    if (at >= 0) {
      hits.add(named[at], EXACT);
      if (words.size() == 1) {
        hits.add(worded[at], WORD);
      }
    }
    if (words.size() > 1) {
      int[] before = allWords(words, words.size() - 1);
      if (before != null) {
        String last = words.get(words.size() - 1);
        int lastAt = indexOf(last);
        int[] lastWord = lastAt >= 0 ? worded[lastAt] : null;
        int[] withLast = null;
        if (lastWord != null) {
          withLast = Postings.intersect(before, lastWord);
          hits.add(withLast, WORD);
        }
        if (NameKey.length(last) >= NameKey.shortestPrefix(last)) {
          int[] begun = begun(last, lastAt);
          if (begun.length > 0) {
            // The last word's own records are among those of the words it begins: one intersection
            // serves both tiers when it begins no other.
            hits.add(begun == lastWord ? withLast : Postings.intersect(before, begun), PREFIX);
          }
        }
      }
    }
    if (NameKey.length(whole) >= NameKey.shortestPrefix(whole)) {
      int from = at >= 0 ? at + 1 : lowerBound(whole, -1);
      int to = at >= 0 ? prefixEnd[at] : end(whole, from);
      for (int i = from; i < to; i++) {
        hits.add(named[i], PREFIX);
        hits.add(worded[i], PREFIX);
      }
    }
    if (NameKey.unspaced(whole) && NameKey.length(whole) >= 2) {
      hits.add(inner.get(whole), PREFIX);
    }
    return hits.matches();
  }

  /** The end of the run of keys from {@code from} on that begin with the key. */
  private int end(String key, int from) {
    int to = from;
    while (to < keys.length && keys[to].startsWith(key)) {
      to = prefixEnd[to];
    }
    return to;
  }

  private int @Nullable [] wordPositions(String word) {
    int i = indexOf(word);
    return i >= 0 ? worded[i] : null;
  }

  /** The records having each of the first {@code n} words as a word; null if none does. */
  private int @Nullable [] allWords(List<String> words, int n) {
    int[] common = null;
    for (int k = 0; k < n; k++) {
      int[] p = wordPositions(words.get(k));
      if (p == null) {
        return null;
      }
      common = common == null ? p : Postings.intersect(common, p);
      if (common.length == 0) {
        return null;
      }
    }
    return common;
  }

  /**
   * The sorted positions of the records with a word that begins with the key, whose place in
   * {@link #keys} is {@code at} (or -1 if no name has it).
   */
  private int[] begun(String prefix, int at) {
    int from = lowerBound(prefix, at);
    int to = at >= 0 ? prefixEnd[at] : end(prefix, from);
    if (to == from + 1 && worded[from] != null) {
      return worded[from];
    }
    Hits hits = new Hits();
    for (int i = from; i < to; i++) {
      hits.add(worded[i], PREFIX);
    }
    return hits.matches().positions;
  }

  // ---------------------------------------------------------------- suggestions

  /**
   * Up to three names close to the typed one, as the records write them, one per record: for the
   * keys within a few edits of the whole typed key, then of each typed word that is no word of any
   * name. Computed only when nothing matched, over every key.
   */
  ImmutableList<String> suggest(List<String> words) {
    List<String> all = Arrays.asList(keys);
    List<String> near = new ArrayList<>();
    String whole = join(words);
    near.addAll(Suggest.closest(whole, all, editLimit(whole)));
    if (words.size() > 1) {
      for (String w : words) {
        if (wordPositions(w) == null) {
          near.addAll(Suggest.closest(w, all, editLimit(w)));
        }
      }
    }
    Set<Integer> records = new java.util.HashSet<>();
    ImmutableList.Builder<String> shown = ImmutableList.builder();
    for (String k : near) {
      int i = indexOf(k);
      // A key that is a whole name shows that name; a word, the first name it is a word of.
      int p = named[i] != null ? named[i][0] : worded[i][0];
      if (records.add(p)) {
        shown.add(shownName(p, k));
        if (records.size() == 3) {
          break;
        }
      }
    }
    return shown.build();
  }

  /** Fewer edits for Chinese, Japanese and Korean keys, whose every character weighs more. */
  private static int editLimit(String key) {
    int length = NameKey.length(key);
    return NameKey.shortestPrefix(key) == 2 ? Math.max(1, length / 3) : Math.max(2, length / 3);
  }

  /** The first name, as written, of the record at the position whose key is the key or has it as a word. */
  private String shownName(int position, String key) {
    List<String> buffer = new ArrayList<>();
    names.add(position, buffer);
    for (String name : buffer) {
      List<String> words = NameKey.words(name);
      if (join(words).equals(key) || words.contains(key)) {
        return name;
      }
    }
    return key;
  }

  // ---------------------------------------------------------------- results

  /** The records a lookup found, sorted by position, each with its best tier. */
  public static final class Matches implements Filter.Rank {
    /** The positions, ascending; possibly an index's own array, so never to be changed. */
    public final int[] positions;
    /** Each position's tier; null when all have {@link #tier}. */
    private final byte @Nullable [] tiers;
    private final int tier;

    Matches(int[] positions, byte @Nullable [] tiers, int tier) {
      this.positions = positions;
      this.tiers = tiers;
      this.tier = tier;
    }

    /** The tier of the record at the position; past {@link #PREFIX} if it did not match. */
    @Override
    public int of(int position) {
      int i = Arrays.binarySearch(positions, position);
      return i < 0 ? PREFIX + 1 : tiers == null ? tier : tiers[i];
    }
  }

  /**
   * Positions with their tiers, gathered in any order, repeats kept until {@link #matches}. The
   * common case, one array of positions (or the same one twice, a one-word name being both a
   * name and a word), is kept as it is, without copying or sorting.
   */
  private static final class Hits {
    private int @Nullable [] first;
    private int firstTier;
    private long[] a = NO_HITS;
    private int n;

    void add(int @Nullable [] positions, int tier) {
      if (positions == null || positions.length == 0) {
        return;
      }
      if (n == 0) {
        if (first == null) {
          first = positions;
          firstTier = tier;
          return;
        }
        if (positions == first || Arrays.equals(positions, first)) {
          firstTier = Math.min(firstTier, tier);
          return;
        }
        int[] f = first;
        first = null;
        append(f, firstTier);
      }
      append(positions, tier);
    }

    private void append(int[] positions, int tier) {
      if (n + positions.length > a.length) {
        a = Arrays.copyOf(a, Math.max(Math.max(8, a.length * 2), n + positions.length));
      }
      for (int p : positions) {
        a[n++] = ((long) p << 2) | tier;
      }
    }

    /** Each position once, with its best (lowest) tier. */
    Matches matches() {
      if (n == 0) {
        return first == null ? NONE : new Matches(first, null, firstTier);
      }
      Arrays.sort(a, 0, n);
      int[] positions = new int[n];
      byte[] tiers = new byte[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        int p = (int) (a[i] >>> 2);
        if (m == 0 || positions[m - 1] != p) {
          positions[m] = p;
          tiers[m] = (byte) (a[i] & 3);
          m++;
        }
      }
      return new Matches(Arrays.copyOf(positions, m), Arrays.copyOf(tiers, m), 0);
    }
  }

  private static final long[] NO_HITS = new long[0];
  private static final Matches NONE = new Matches(new int[0], null, 0);
}
