package io.parley.internal;

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
}
