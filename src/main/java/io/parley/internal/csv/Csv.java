package io.parley.internal.csv;

import java.util.List;

/**
 * Writes CSV as RFC 4180 defines it: records end with CRLF, fields are separated by commas, and a
 * field that holds a comma, a double quote, a CR or an LF is enclosed in double quotes, with each
 * double quote inside doubled. Every other field is written as it is, so that empty fields stay
 * empty (which R and pandas read as missing). Line breaks inside a quoted field are kept as they
 * are, as the RFC allows.
 */
public final class Csv {
  /** The record separator RFC 4180 prescribes. */
  public static final String CRLF = "\r\n";

  private Csv() {}

  /** Appends one record: the fields, comma-separated, then CRLF. */
  public static void record(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      field(out, fields.get(i));
    }
    out.append(CRLF);
  }

  /** Appends one field, quoted only when it must be. */
  public static void field(StringBuilder out, String value) {
    if (!needsQuotes(value)) {
      out.append(value);
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
