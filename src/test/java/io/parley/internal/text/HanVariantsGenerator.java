package io.parley.internal.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates {@code HanVariants.java}, the table by which {@link NameKey} folds Chinese and
 * Japanese variant characters together, from ICU4J (a test dependency only) and the Jōyō Kanji
 * Table's traditional forms ({@code src/test/resources/names/joyo-kyujitai.txt}). {@code
 * HanVariantsTest} fails when the committed class differs from what this produces, and writes the
 * fresh one to {@code target/HanVariants.java}; or run {@link #main} from the project directory.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Traditional to Simplified Chinese: every ideograph of the Basic Multilingual Plane that
 *       Unicode normalization (NFKC) leaves as it is and that ICU's {@code
 *       Traditional-Simplified} transliterator changes, on its own, into one other character of
 *       the Basic Multilingual Plane, maps to that character. The few whose simplified form lies
 *       beyond it (in CJK Extension B and later, which input methods rarely give) are left out.
 *   <li>Japanese new forms (shinjitai) where they differ from the Simplified Chinese form of their
 *       traditional form: for each pair of the Jōyō table with one traditional form, if the two
 *       do not yet fold together, the Japanese form maps to where the traditional form folds
 *       ({@code 歯} to {@code 齿}, as {@code 齒} does), provided ICU leaves the Japanese form as it
 *       is and it is not a character of GB 2312 (everyday Simplified Chinese), where it might mean
 *       something else; otherwise the traditional form maps to where the Japanese form folds
 *       ({@code 衞} to {@code 卫}, as {@code 衛} does), on the same two conditions. A pair where
 *       neither holds is left apart ({@code 芸}/{@code 藝}: {@code 芸} is also a Chinese character
 *       of its own) and listed in the generated comment.
 *   <li>Each target is followed to its end, so that folding twice is folding once; a cycle
 *       (ICU maps {@code 苧} to {@code 苎} and back) folds to its lowest character.
 * </ol>
 */
final class HanVariantsGenerator {
  private HanVariantsGenerator() {}

  static final String JOYO = "names/joyo-kyujitai.txt";
  static final String TARGET = "src/main/java/io/parley/internal/text/HanVariants.java";

  /** A Jōyō kanji and its traditional forms. */
  record JoyoPair(String joyo, List<String> traditional) {}

  /** The generated table, sorted by source, and what the comment reports. */
  record Table(TreeMap<Character, Character> fold, int beyondBmp, List<String> leftApart, int fromIcu, int fromJoyo) {}

  static List<JoyoPair> joyo(Path file) throws IOException {
    List<JoyoPair> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.trim().split(" ");
      out.add(new JoyoPair(f[0], List.of(f).subList(1, f.length)));
    }
    return out;
  }

  static Table table(List<JoyoPair> joyo) {
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    TreeMap<Character, Character> fold = new TreeMap<>();
    int beyondBmp = 0;
    int[][] ranges = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    for (int[] r : ranges) {
      for (int c = r[0]; c <= r[1]; c++) {
        String s = String.valueOf((char) c);
        if (!Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s)) {
          continue;
        }
        String t = toSimplified.transliterate(s);
        if (t.equals(s)) {
          continue;
        }
        if (t.length() != 1) {
          if (t.codePointCount(0, t.length()) == 1) {
            beyondBmp++;
            continue;
          }
          throw new IllegalStateException("ICU gives " + t + " for " + s);
        }
        fold.put((char) c, t.charAt(0));
      }
    }
    java.util.Set<Character> icu = new java.util.HashSet<>(fold.keySet());

    CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    List<String> leftApart = new ArrayList<>();
    for (JoyoPair p : joyo) {
      if (p.traditional().size() != 1) {
        leftApart.add(p.joyo() + "/" + String.join("", p.traditional()) + " (several traditional forms)");
        continue;
      }
      char japanese = single(p.joyo());
      char traditional = single(Normalizer.normalize(p.traditional().get(0), Normalizer.Form.NFKC));
      char s = fold.getOrDefault(japanese, japanese);
      char k = fold.getOrDefault(traditional, traditional);
      if (s == k) {
        continue;
      }
      if (s == japanese && !gb2312.canEncode(japanese)) {
        fold.put(japanese, k);
      } else if (k == traditional && !gb2312.canEncode(traditional)) {
        fold.put(traditional, s);
      } else {
        leftApart.add(p.joyo() + "/" + p.traditional().get(0));
      }
    }
    // ICU maps 苧 to 苎 and 苎 to 苧: a cycle folds to its lowest character.
    TreeMap<Character, Character> closed = new TreeMap<>();
    for (char c : fold.keySet()) {
      List<Character> path = new ArrayList<>();
      char t = c;
      while (fold.containsKey(t) && !path.contains(t)) {
        path.add(t);
        t = fold.get(t);
      }
      if (path.contains(t)) {
        char lowest = t;
        for (char x : path.subList(path.indexOf(t), path.size())) {
          lowest = (char) Math.min(lowest, x);
        }
        t = lowest;
      }
      if (t != c) {
        closed.put(c, t);
      }
    }
    int fromIcu = 0;
    for (char c : closed.keySet()) {
      fromIcu += icu.contains(c) ? 1 : 0;
    }
    return new Table(closed, beyondBmp, leftApart, fromIcu, closed.size() - fromIcu);
  }

  private static char single(String s) {
    if (s.length() != 1) {
      throw new IllegalStateException("not one character of the Basic Multilingual Plane: " + s);
    }
    return s.charAt(0);
  }

  static String render(Table t) {
    StringBuilder b = new StringBuilder();
    b.append("package io.parley.internal.text;\n\n");
    b.append("/**\n");
    b.append(" * Generated by HanVariantsGenerator (src/test/java) from ICU4J ")
        .append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append(" and the Jōyō Kanji Table; do not edit.\n");
    b.append(" * HanVariantsTest fails when this file is stale and writes the fresh one to\n");
    b.append(" * target/HanVariants.java.\n");
    b.append(" *\n");
    b.append(" * <p>").append(t.fold().size()).append(" pairs: ").append(t.fromIcu())
        .append(" traditional Chinese characters to their simplified form, by ICU's\n");
    b.append(" * Traditional-Simplified transliterator, and ").append(t.fromJoyo())
        .append(" forms of the Jōyō table that would otherwise\n");
    b.append(" * stay apart from their variant. Left out: ").append(t.beyondBmp())
        .append(" characters whose simplified form lies beyond\n");
    b.append(" * the Basic Multilingual Plane; and these pairs of the Jōyō table, one of which is also a\n");
    b.append(" * Chinese character of its own:\n");
    StringBuilder line = new StringBuilder(" *");
    for (String apart : t.leftApart()) {
      if (line.length() + apart.length() + 2 > 100) {
        b.append(line).append('\n');
        line = new StringBuilder(" *");
      }
      line.append(' ').append(apart).append(apart.equals(t.leftApart().get(t.leftApart().size() - 1)) ? "." : ",");
    }
    b.append(line).append('\n');
    b.append(" */\n");
    b.append("final class HanVariants {\n");
    b.append("  private HanVariants() {}\n\n");
    b.append("  /**\n");
    b.append("   * Pairs of characters, each a variant and the form it folds to, sorted by the variant: the\n");
    b.append("   * variant of pair i is at 2i, its form at 2i + 1.\n");
    b.append("   */\n");
    b.append("  private static final String PAIRS =\n");
    int i = 0;
    StringBuilder chunk = new StringBuilder();
    List<String> chunks = new ArrayList<>();
    for (Map.Entry<Character, Character> e : t.fold().entrySet()) {
      chunk.append(e.getKey()).append(e.getValue());
      if (++i % 40 == 0) {
        chunks.add(chunk.toString());
        chunk = new StringBuilder();
      }
    }
    if (chunk.length() > 0) {
      chunks.add(chunk.toString());
    }
    for (int c = 0; c < chunks.size(); c++) {
      b.append(c == 0 ? "      \"" : "      + \"").append(chunks.get(c)).append('"')
          .append(c == chunks.size() - 1 ? ";\n" : "\n");
    }
    b.append("\n");
    b.append("  /** The pairs; a method, so that javac copies the constant into no other class. */\n");
    b.append("  static String pairs() {\n");
    b.append("    return PAIRS;\n");
    b.append("  }\n");
    b.append("}\n");
    return b.toString();
  }

  static String generate(Path joyoFile) throws IOException {
    return render(table(joyo(joyoFile)));
  }

  /** Writes the class over the committed one; run from the project's directory. */
  public static void main(String[] args) throws IOException {
    Path out = Paths.get(TARGET);
    Files.writeString(out, generate(Paths.get("src/test/resources").resolve(JOYO)), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }
}
