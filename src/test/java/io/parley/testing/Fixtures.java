package io.parley.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures: the small dataset, copies of it to break, and the broken-dataset cases. */
public final class Fixtures {
  private Fixtures() {}

  public static final String[] FILES = {
    "manifest.json", "sources.json", "countries.json", "people.json", "topics.json",
    "propositions.json", "territories.json", "claims.json", "agreements.json", "events.json",
    "series.json", "meetings.json",
    "positions.json"
  };

  /** The small fixture dataset, read-only in place. */
  public static Path small() {
    return resource("fixtures/small");
  }

  public static Path resource(String name) {
    try {
      java.net.URL url = Fixtures.class.getResource("/" + name);
      if (url == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return Paths.get(url.toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh copy of the small fixture in a new directory under {@code parent}. */
  public static Path copyOfSmall(Path parent) throws IOException {
    Path dir = Files.createDirectories(parent.resolve("dataset"));
    for (String f : FILES) {
      Files.copy(small().resolve(f), dir.resolve(f));
    }
    return dir;
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the one occurrence of {@code from}; fails if it occurs zero or several times. */
  public static void replaceOnce(Path file, String from, String to) throws IOException {
    String text = read(file);
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException(file.getFileName() + " has " + (at < 0 ? "no" : "more than one")
          + " occurrence of: " + from);
    }
    Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
  }

  /**
   * A broken-dataset case: {@code src/test/resources/broken/NAME.case}, a copy of the small fixture
   * changed by its edits, and the exact problems a read must report.
   *
   * <pre>
   * # what the case breaks         the first line: the case's description
   * category: json-syntax        what kind of break it is (one of {@link #CATEGORIES})
   * limits: maxRecords=5         read with these ReadLimits instead of the defaults (comma-separated)
   * file: meetings.json          the file the following edits apply to
   * replace: exact text          replaced once (the text must occur exactly once)
   * with: new text               the replacement, or the whole file's new content
   * delete: events.json          removes a file
   * create: meeting.json         creates a file containing the next "with:" text
   * mkdir: events.json           replaces a file by a directory of the same name
   * read: ../nowhere             reads this path (relative to the dataset directory) instead
   * expect: file:line:col ...    one expected problem, in order (Problem.toString)
   * omitted: 80                  how many problems past the cap were counted, not listed (default 0)
   * </pre>
   *
   * <p>In {@code with:} text, {@code \n} stands for a line break, {@code \t} for a tab, {@code
   * \xHH} for one raw byte (to write what is not UTF-8), and {@code \repeat{N}{TEXT}} for TEXT
   * repeated N times (a closing brace in TEXT is written \\}): large inputs are made at run time, never
   * committed.
   */
  public static final class Case {
    public final String name;
    public final String description;
    public String category = "";
    public String limits = "";
    public String read = "";
    public int omitted;
    public final List<String[]> edits = new ArrayList<>();
    public final List<String> expected = new ArrayList<>();

    Case(String name, String description) {
      this.name = name;
      this.description = description;
    }

    @Override
    public String toString() {
      return name;
    }

    /** Applies the edits to a copy of the small fixture and returns the path to read. */
    public Path apply(Path parent) throws IOException {
      Path dir = copyOfSmall(parent);
      java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
      String file = null;
      String pendingReplace = null;
      for (String[] e : edits) {
        switch (e[0]) {
          case "file":
          case "create":
            file = e[1];
            break;
          case "replace":
            pendingReplace = e[1];
            break;
          case "with":
            if (pendingReplace != null) {
              String current = texts.containsKey(file) ? texts.get(file) : read(dir.resolve(file));
              texts.put(file, replacedOnce(file, current, pendingReplace, expand(e[1])));
              pendingReplace = null;
            } else {
              texts.put(file, expand(e[1]));
            }
            break;
          case "delete":
            texts.remove(e[1]);
            Files.delete(dir.resolve(e[1]));
            break;
          case "mkdir":
            texts.remove(e[1]);
            Files.deleteIfExists(dir.resolve(e[1]));
            Files.createDirectory(dir.resolve(e[1]));
            break;
          default:
            throw new IllegalStateException(name + ": unknown edit " + e[0]);
        }
      }
      for (java.util.Map.Entry<String, String> t : texts.entrySet()) {
        Files.write(dir.resolve(t.getKey()), encode(t.getValue()));
      }
      return read.isEmpty() ? dir : dir.resolve(read).normalize();
    }

    /** The reader for this case: the default limits, changed as its {@code limits:} line says. */
    public io.parley.io.ReadLimits readLimits() {
      io.parley.io.ReadLimits l = io.parley.io.ReadLimits.defaults();
      if (limits.isBlank()) {
        return l;
      }
      for (String part : limits.split(",")) {
        String[] kv = part.trim().split("=");
        long v = Long.parseLong(kv[1].trim().replace("_", ""));
        switch (kv[0].trim()) {
          case "maxFileBytes":
            l = l.withMaxFileBytes(v);
            break;
          case "maxStringLength":
            l = l.withMaxStringLength((int) v);
            break;
          case "maxNestingDepth":
            l = l.withMaxNestingDepth((int) v);
            break;
          case "maxRecords":
            l = l.withMaxRecords((int) v);
            break;
          case "maxProblems":
            l = l.withMaxProblems((int) v);
            break;
          default:
            throw new IllegalStateException(name + ": unknown limit " + kv[0]);
        }
      }
      return l;
    }

    private String replacedOnce(String file, String text, String from, String to) {
      int at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) {
        throw new IllegalStateException(name + ": " + file + " has " + (at < 0 ? "no" : "more than one")
            + " occurrence of: " + from);
      }
      return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Expands {@code \repeat{N}{TEXT}}. */
    private String expand(String text) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (true) {
        int at = text.indexOf("\\repeat{", i);
        if (at < 0) {
          return out.append(text, i, text.length()).toString();
        }
        out.append(text, i, at);
        int countEnd = text.indexOf('}', at);
        int count = Integer.parseInt(text.substring(at + "\\repeat{".length(), countEnd).replace("_", ""));
        int bodyEnd = countEnd + 2;
        while (text.charAt(bodyEnd) != '}' || text.charAt(bodyEnd - 1) == '\\') {
          bodyEnd++;
        }
        String body = text.substring(countEnd + 2, bodyEnd).replace("\\}", "}");
        out.ensureCapacity(out.length() + count * body.length());
        for (int k = 0; k < count; k++) {
          out.append(body);
        }
        i = bodyEnd + 1;
      }
    }

    /** UTF-8, except that {@code \xHH} is the raw byte HH. */
    private static byte[] encode(String text) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() + 16);
      int i = 0;
      while (true) {
        int at = text.indexOf("\\x", i);
        String plain = text.substring(i, at < 0 ? text.length() : at);
        out.writeBytes(plain.getBytes(StandardCharsets.UTF_8));
        if (at < 0) {
          return out.toByteArray();
        }
        out.write(Integer.parseInt(text.substring(at + 2, at + 4), 16));
        i = at + 4;
      }
    }
  }

  /** The categories of broken-dataset cases, in the order reported. */
  public static final List<String> CATEGORIES = List.of(
      "json-syntax", "encoding", "empty-file", "missing-file", "unknown-file", "wrong-type",
      "missing-field", "unknown-field", "unknown-enum", "invalid-value", "id-format",
      "impossible-date", "end-before-start", "number-range", "duplicate-id", "dangling-reference",
      "reference-cycle", "record-rules", "cross-record", "future-format", "limits", "saved-counts");

  public static Stream<Case> brokenCases() throws IOException {
    Path dir = resource("broken");
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".case")).sorted()::iterator) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        String name = p.getFileName().toString().replace(".case", "");
        Case c = new Case(name, lines.isEmpty() ? "" : lines.get(0).replaceFirst("^#\\s*", ""));
        for (String line : lines) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          int colon = line.indexOf(": ");
          String key = colon < 0 ? line.substring(0, line.length() - 1) : line.substring(0, colon);
          String raw = colon < 0 ? "" : line.substring(colon + 2);
          String value = raw.replace("\\n", "\n").replace("\\t", "\t");
          switch (key) {
            case "expect":
              c.expected.add(raw);
              break;
            case "category":
              c.category = raw;
              break;
            case "limits":
              c.limits = raw;
              break;
            case "read":
              c.read = raw;
              break;
            case "omitted":
              c.omitted = Integer.parseInt(raw);
              break;
            default:
              c.edits.add(new String[] {key, value});
          }
        }
        cases.add(c);
      }
    }
    return cases.stream();
  }

  /** Reads a resource of the test class path as text. */
  public static String text(String name) throws IOException {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
