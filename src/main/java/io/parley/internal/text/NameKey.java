package io.parley.internal.text;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The key a name is looked up by: case, diacritics, spacing and punctuation ignored, so that
 * {@code Southern Kurils}, {@code southern-kurils} and {@code SOUTHERN KURILS} meet, and {@code
 * Hoppō} meets {@code Hoppo}. Only marks on Latin, Greek and Cyrillic letters are dropped: the
 * voicing marks of Japanese kana change the sound and stay. Nothing fuzzier: {@code Daioyu} does
 * not meet {@code Diaoyu}.
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String text) {
    String ascii = asciiKey(text);
    return ascii != null ? ascii : normalized(text);
  }

  /** The key by full Unicode normalization: what {@link #of} computes for any text. */
  static String normalized(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(decomposed.length());
    UnicodeScript base = UnicodeScript.COMMON;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        if (base == UnicodeScript.LATIN || base == UnicodeScript.GREEK || base == UnicodeScript.CYRILLIC) {
          continue;
        }
        b.appendCodePoint(cp);
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        base = UnicodeScript.of(cp);
        b.appendCodePoint(cp);
      }
    }
    return Normalizer.normalize(b.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** The key of an all-ASCII text, which normalization leaves as it is; null for other text. */
  private static @org.jspecify.annotations.Nullable String asciiKey(String text) {
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
}
