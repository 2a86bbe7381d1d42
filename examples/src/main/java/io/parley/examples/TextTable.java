package io.parley.examples;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns sized to their contents, for the examples' output. */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  TextTable(String... headers) {
    this.columns = headers.length;
    rows.add(headers);
  }

  TextTable row(Object... cells) {
    String[] r = new String[columns];
    for (int i = 0; i < columns; i++) {
      r[i] = i < cells.length ? String.valueOf(cells[i]) : "";
    }
    rows.add(r);
    return this;
  }

  /** Columns a string takes in a terminal: East Asian wide characters take two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
          || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
          || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
          || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
      w += wide ? 2 : 1;
    }
    return w;
  }

  @Override
  public String toString() {
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], width(r[i]));
      }
    }
    StringBuilder b = new StringBuilder();
    for (int n = 0; n < rows.size(); n++) {
      String[] r = rows.get(n);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(r[i]);
        if (i + 1 < columns) {
          line.append(" ".repeat(width[i] - width(r[i]) + 2));
        }
      }
      b.append(line.toString().stripTrailing()).append('\n');
      if (n == 0) {
        int total = 0;
        for (int w : width) {
          total += w + 2;
        }
        b.append("-".repeat(Math.max(0, total - 2))).append('\n');
      }
    }
    return b.toString();
  }
}
