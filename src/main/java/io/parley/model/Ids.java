package io.parley.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The one rule for record ids: a lowercase slug such as {@code jp-ru-2plus2-2017}.
 *
 * <p>An id is 1 to 100 characters of {@code a-z} and {@code 0-9} in words joined by single
 * hyphens: no leading, trailing or doubled hyphen, no upper case, no spaces. Ids are stable: once
 * published in a dataset version, an id keeps naming the same thing.
 *
 * @since 0.1.0
 */
public final class Ids {
  /** The longest id allowed. */
  static final int MAX_LENGTH = 100;

  private Ids() {}

  /**
   * Whether the text is a valid id.
   *
   * @param id the text to test
   * @return true if it follows the rule in the class documentation
   * @since 0.1.0
   */
  public static boolean isValid(String id) {
    checkNotNull(id, "id");
    int n = id.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    char previous = '-';
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }

  /**
   * Why the text is not a valid id, for error messages.
   *
   * @param id an invalid id
   * @return a short reason, such as {@code "has an upper-case letter"}
   * @since 0.1.0
   */
  public static String whyInvalid(String id) {
    checkNotNull(id, "id");
    if (id.isEmpty()) {
      return "is empty";
    }
    if (id.length() > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < id.length(); i += Character.charCount(id.codePointAt(i))) {
      int c = id.codePointAt(i);
      if (c >= 'A' && c <= 'Z') {
        return "has an upper-case letter at " + i;
      }
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        // The whole character, never half of a surrogate pair; its code too where it may not show.
        String shown = c >= 0x20 && c < 0x7f ? "'" + (char) c + "'"
            : (Character.isISOControl(c) || (c >= 0xd800 && c <= 0xdfff) ? "" : "'" + new String(Character.toChars(c)) + "' ")
                + String.format("(U+%04X)", c);
        return "has " + shown + " at " + i + " (only a-z, 0-9 and '-' are allowed)";
      }
    }
    return "has a leading, trailing or doubled '-'";
  }

  /** Checks an optional id inside a value's own consistency check. */
  static void check(java.util.Optional<String> id, String field) {
    if (id.isPresent()) {
      check(id.get(), field);
    }
  }

  /** Checks an id inside a value's own consistency check. */
  static void check(String id, String field) {
    if (!isValid(id)) {
      throw new InvalidValueException(
          field, "\"" + id + "\" is not a valid id: it " + whyInvalid(id));
    }
  }

  /**
   * A country id as a model method takes it: the id in any case ({@code "JP"} is {@code "jp"}).
   * A model object cannot resolve other codes, which need the dataset's countries; rather than
   * answer as if no country matched, such a code is refused with a message saying where it works.
   *
   * @throws IllegalArgumentException for an ISO alpha-3, numeric, COW, GW or Wikidata code, or
   *     text that cannot be an id
   */
  static String country(String code) {
    checkNotNull(code, "country id");
    // By hand, not by streams and a regular expression: the reader's checks call this for every
    // meeting, where a compiled pattern per call cost some 2% of loading a large dataset.
    boolean alpha3 = code.length() == 3 && upper(code.charAt(0)) && upper(code.charAt(1)) && upper(code.charAt(2));
    String id = code.toLowerCase(java.util.Locale.ROOT);
    if (alpha3 || !isValid(id) || digits(id, 0) || (id.length() > 1 && id.charAt(0) == 'q' && digits(id, 1))) {
      throw new IllegalArgumentException("\"" + code + "\" is not a country id; model objects take"
          + " a country's id in any case, such as \"jp\" or \"JP\"; for ISO alpha-3, numeric,"
          + " COW, GW or Wikidata codes ask the dataset: parley.countries().code(\"" + code + "\")");
    }
    return id;
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether every character from {@code from} on is a digit (true if there is none). */
  private static boolean digits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
