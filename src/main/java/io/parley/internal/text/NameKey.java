package io.parley.internal.text;

import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The key a name is looked up by: case, diacritics, spacing and punctuation ignored, so that
 * {@code Southern Kurils}, {@code southern-kurils} and {@code SOUTHERN KURILS} meet, and {@code
 * Hoppō} meets {@code Hoppo}. Only marks on Latin, Greek and Cyrillic letters are dropped: the
 * voicing marks of Japanese kana change the sound and stay. Chinese characters are folded to one
 * form whichever script they are written in ({@link HanVariants}): Traditional {@code 黃尾嶼} meets
 * Simplified {@code 黄尾屿}, and Japanese {@code 独島} meets {@code 獨島}; as the folding goes
 * character by character, a few distinct traditional characters that share a simplified form meet
 * too ({@code 乾} and {@code 干}), so a key may find a little more than it should, never less.
 * Nothing fuzzier: {@code Daioyu} does not meet {@code Diaoyu}.
 *
 * <p>{@link #words} splits a name where {@link #of} only drops: at every run of characters that are
 * neither letters nor digits (spaces, hyphens, commas, the Japanese middle dot {@code ・}).
 * Chinese and Japanese text, written without spaces, stays one word per run.
 */
public final class NameKey {
  private NameKey() {}

  /** The key of a whole name: its words, folded, run together. */
  public static String of(String text) {
    String ascii = asciiKey(text);
    if (ascii != null) {
      return ascii;
    }
    Typed simple = charTyped(text);
    // Normalized whole, not word by word: across a gap, a conjoining jamo can compose with the
    // letter before it, so in rare text this key is not the words run together.
    return simple != null ? simple.key : normalized(text);
  }

  /**
   * The keys of a name's words, in order, each folded as {@link #of} folds; run together they give
   * {@link #of}'s key. Empty if the name has no letter or digit.
   */
  public static List<String> words(String text) {
    return typed(text).words();
  }

  /** A name folded: its key, and where each of its words ends in the key. */
  public static final class Typed {
    /**
     * The words run together: the key of the whole name, as {@link NameKey#of} gives it, for all
     * but rare text (conjoining jamo after a gap).
     */
    public final String key;
    /** The end of each word in the key, ascending; the last is the key's length. */
    private final int[] ends;

    Typed(String key, int[] ends) {
      this.key = key;
      this.ends = ends;
    }

    /** The name whose words, as {@link NameKey#words} gives them, are these. */
    public static Typed of(List<String> words) {
      StringBuilder key = new StringBuilder();
      int[] ends = new int[words.size()];
      for (int i = 0; i < ends.length; i++) {
        ends[i] = key.append(words.get(i)).length();
      }
      return new Typed(key.toString(), ends);
    }

    /** The number of words; zero if the name has no letter or digit. */
    public int wordCount() {
      return ends.length;
    }

    /** The keys of the words, as {@link NameKey#words} gives them. */
    public List<String> words() {
      if (ends.length == 1) {
        return List.of(key);
      }
      List<String> words = new ArrayList<>(ends.length);
      for (int i = 0, from = 0; i < ends.length; from = ends[i++]) {
        words.add(key.substring(from, ends[i]));
      }
      return words;
    }

    /** Whether the other name has the same key split into words in the same places. */
    public boolean sameWords(Typed other) {
      return key.equals(other.key) && Arrays.equals(ends, other.ends);
    }
  }

  private static final int[] NO_WORDS = new int[0];

  /** The name folded into its key and words: {@link #of} and {@link #words} at once. */
  public static Typed typed(String text) {
    Typed ascii = asciiTyped(text);
    if (ascii != null) {
      return ascii;
    }
    Typed simple = charTyped(text);
    if (simple != null) {
      return simple;
    }
    String spaced = fold(text, true);
    if (spaced.isEmpty()) {
      return new Typed("", NO_WORDS);
    }
    int[] ends = new int[4];
    int n = 0;
    StringBuilder key = new StringBuilder(spaced.length());
    int from = 0;
    for (int at = spaced.indexOf(' '); ; at = spaced.indexOf(' ', from)) {
      key.append(spaced, from, at < 0 ? spaced.length() : at);
      if (n == ends.length) {
        ends = Arrays.copyOf(ends, n * 2);
      }
      ends[n++] = key.length();
      if (at < 0) {
        break;
      }
      from = at + 1;
    }
    return new Typed(key.toString(), Arrays.copyOf(ends, n));
  }

  /** The key by full Unicode normalization: what {@link #of} computes for any text. */
  static String normalized(String text) {
    return fold(text, false);
  }

  /** The folded text, its words apart by one space if {@code spaced}, else run together. */
  static String fold(String text, boolean spaced) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(decomposed.length());
    // The letter the marks that follow sit on; its script is looked up only when a mark comes,
    // as UnicodeScript.of is a search of its own on every letter.
    int base = -1;
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        UnicodeScript script = base < 0 ? UnicodeScript.COMMON : UnicodeScript.of(base);
        if (script == UnicodeScript.LATIN || script == UnicodeScript.GREEK || script == UnicodeScript.CYRILLIC) {
          continue;
        }
        b.appendCodePoint(cp);
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (gap && spaced && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        base = cp;
        b.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return foldHan(Normalizer.normalize(b.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
  }

  /** The text with each Chinese character in the form {@link HanVariants} folds it to. */
  static String foldHan(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < FIRST_VARIANT) {
        continue;
      }
      char f = foldHan(c);
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  private static final String PAIRS = HanVariants.pairs();
  private static final char FIRST_VARIANT = PAIRS.charAt(0);

  /** The form a character folds to: itself unless {@link HanVariants} lists it. */
  static char foldHan(char c) {
    String pairs = PAIRS;
    int lo = 0;
    int hi = pairs.length() / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char v = pairs.charAt(2 * mid);
      if (v < c) {
        lo = mid + 1;
      } else if (v > c) {
        hi = mid - 1;
      } else {
        return pairs.charAt(2 * mid + 1);
      }
    }
    return c;
  }

  /**
   * Whether a key is Chinese or Japanese text: Han, hiragana or katakana (with the kana length
   * mark), which is written without spaces between words.
   */
  public static boolean unspaced(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      i += Character.charCount(cp);
      if (!unspaced(cp)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Han (the CJK ideographs, their extensions, compatibility forms and the iteration mark 々),
   * hiragana and katakana with the length mark ー: by block, as {@code UnicodeScript.of} costs a
   * search of its own on every character.
   */
  private static boolean unspaced(int cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) // ideographs, extension A
        || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) // kana, small katakana
        || cp == 0x3005 || cp == 0x3007 // 々 〇
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x323AF); // compatibility, B and later
  }

  /** Hangul syllables and jamo. */
  private static boolean hangul(int cp) {
    return (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F);
  }

  /**
   * The fewest characters a key needs to be looked up as the beginning of longer names: two in
   * Chinese, Japanese or Korean script, where a character says as much as a short word, else
   * three.
   */
  public static int shortestPrefix(String key) {
    if (!key.isEmpty()) {
      int cp = key.codePointAt(0);
      if (cp >= 0x1100 && (unspaced(cp) || hangul(cp))) {
        return 2;
      }
    }
    return 3;
  }

  /** The number of characters (code points) of a key. */
  public static int length(String key) {
    return key.codePointCount(0, key.length());
  }

  // ---------------------------------------------------------------- character by character

  /** In {@link #PAGES}: a character that separates words, and leaves nothing of itself in a key. */
  private static final char GAP = '\uFFFF';
  /** In {@link #PAGES}: a character whose fold depends on its neighbours; the text is normalized whole. */
  private static final char WHOLE = '\uFFFE';

  /**
   * How each character of the Basic Multilingual Plane folds on its own, by pages of 256
   * characters computed on first use: to one character, or {@link #GAP}, or {@link #WHOLE}. Most
   * names are letters that fold one by one (Cyrillic, kana, hangul syllables, Chinese characters),
   * and looking them up here costs a few nanoseconds a character where the two passes of Unicode
   * normalization cost some 300 nanoseconds a name.
   */
  private static final AtomicReferenceArray<char[]> PAGES = new AtomicReferenceArray<>(256);

  /**
   * The key and words of a text whose every character folds on its own, as {@link #fold} would
   * give them; null if one does not (a combining mark, a conjoining jamo, a capital sigma, a
   * compatibility character that spells several, a character outside the BMP).
   */
  static @Nullable Typed charTyped(String text) {
    int n = text.length();
    char[] out = new char[n];
    int length = 0;
    int[] ends = new int[4];
    int words = 0;
    int number = -1;
    char[] page = null;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >>> 8 != number) {
        number = c >>> 8;
        page = PAGES.get(number);
        if (page == null) {
          page = page(number);
        }
      }
      char f = page[c & 0xff];
      if (f == WHOLE) {
        return null;
      }
      if (f != GAP) {
        out[length++] = f;
      } else if (length > (words == 0 ? 0 : ends[words - 1])) {
        if (words == ends.length) {
          ends = Arrays.copyOf(ends, words * 2);
        }
        ends[words++] = length;
      }
    }
    if (length > (words == 0 ? 0 : ends[words - 1])) {
      if (words == ends.length) {
        ends = Arrays.copyOf(ends, words + 1);
      }
      ends[words++] = length;
    }
    return new Typed(new String(out, 0, length), words == ends.length ? ends : Arrays.copyOf(ends, words));
  }

  private static char[] page(int number) {
    char[] page = new char[256];
    for (int i = 0; i < 256; i++) {
      page[i] = alone((char) (number << 8 | i));
    }
    PAGES.compareAndSet(number, null, page);
    return PAGES.get(number);
  }

  /**
   * What a character folds to on its own, when that is what it folds to in any text: a character
   * that decomposes to no letter, digit or mark is a {@link #GAP}; a letter or digit that
   * decomposes to a letter or digit followed by marks at most, and folds to one character, folds
   * to that one. The rest are {@link #WHOLE}: a mark takes its script from the letter before it;
   * a conjoining jamo composes with its neighbours; a capital sigma lowers to a final sigma at the
   * end of a word only; a character that decomposes to a separator or to several letters makes
   * words of its own.
   */
  static char alone(char c) {
    if (Character.isSurrogate(c)) {
      return WHOLE;
    }
    String text = String.valueOf(c);
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    boolean letters = false;
    boolean marks = false;
    boolean gaps = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        marks = true;
      } else if (Character.isLetterOrDigit(cp)) {
        letters = true;
      } else {
        gaps = true;
      }
      boolean syllable = c >= 0xAC00 && c <= 0xD7A3; // decomposes to jamo that compose back
      if (cp == 0x03A3 || (!syllable && ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F)
          || (cp >= 0xD7B0 && cp <= 0xD7FF)))) {
        return WHOLE;
      }
    }
    if (!letters && !marks) {
      return GAP;
    }
    if (gaps || !Character.isLetterOrDigit(c) || !Character.isLetterOrDigit(decomposed.codePointAt(0))) {
      return WHOLE;
    }
    String folded = fold(text, true);
    if (folded.length() != 1 || folded.charAt(0) == GAP || folded.charAt(0) == WHOLE) {
      return WHOLE;
    }
    return folded.charAt(0);
  }

  /** The key of an all-ASCII text, which normalization leaves as it is; null for other text. */
  private static @Nullable String asciiKey(String text) {
    StringBuilder b = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean upper = c >= 'A' && c <= 'Z';
      if (b == null && (!keep || upper)) {
        b = new StringBuilder(n);
        b.append(text, 0, i);
      }
      if (b != null) {
        if (keep) {
          b.append(c);
        } else if (upper) {
          b.append((char) (c + ('a' - 'A')));
        }
      }
    }
    return b == null ? text : b.toString();
  }

  /** The key and words of an all-ASCII text; null for other text. */
  private static @Nullable Typed asciiTyped(String text) {
    int n = text.length();
    // The kept letters, lowered, in one buffer that becomes the key; the words are where it breaks.
    byte[] out = new byte[n];
    int length = 0;
    int[] ends = new int[4];
    int words = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out[length++] = (byte) c;
      } else if (c >= 'A' && c <= 'Z') {
        out[length++] = (byte) (c + ('a' - 'A'));
      } else if (length > (words == 0 ? 0 : ends[words - 1])) {
        if (words == ends.length) {
          ends = Arrays.copyOf(ends, words * 2);
        }
        ends[words++] = length;
      }
    }
    if (length > (words == 0 ? 0 : ends[words - 1])) {
      if (words == ends.length) {
        ends = Arrays.copyOf(ends, words + 1);
      }
      ends[words++] = length;
    }
    return new Typed(new String(out, 0, length, StandardCharsets.ISO_8859_1),
        words == ends.length ? ends : Arrays.copyOf(ends, words));
  }
}
