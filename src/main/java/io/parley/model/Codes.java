package io.parley.model;

/** Character checks for codes, without regular expressions (kept off the start-up path). */
final class Codes {
  private Codes() {}

  /** Whether {@code s} is exactly {@code n} upper-case ASCII letters. */
  static boolean upper(String s, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is exactly {@code n} ASCII digits. */
  static boolean digits(String s, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
