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
    "territories.json", "claims.json", "agreements.json", "events.json", "meetings.json",
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
   * # what the case breaks
   * file: meetings.json          the file the following edits apply to
   * replace: exact text          replaced once (the text must occur exactly once)
   * with: new text               \n stands for a line break, \t for a tab
   * delete: events.json          removes a file
   * create: meeting.json         creates a file containing the next "with:" text
   * expect: file:line:col ...    one expected problem, in order (Problem.toString)
   * </pre>
   */
  public static final class Case {
    public final String name;
    public final String description;
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

    /** Applies the edits to a copy of the small fixture and returns its directory. */
    public Path apply(Path parent) throws IOException {
      Path dir = copyOfSmall(parent);
      String file = null;
      String pendingReplace = null;
      for (String[] e : edits) {
        switch (e[0]) {
          case "file":
            file = e[1];
            break;
          case "replace":
            pendingReplace = e[1];
            break;
          case "with":
            if (pendingReplace != null) {
              replaceOnce(dir.resolve(file), pendingReplace, e[1]);
              pendingReplace = null;
            } else {
              Files.writeString(dir.resolve(file), e[1], StandardCharsets.UTF_8);
            }
            break;
          case "delete":
            Files.delete(dir.resolve(e[1]));
            break;
          case "create":
            file = e[1];
            break;
          default:
            throw new IllegalStateException(name + ": unknown edit " + e[0]);
        }
      }
      return dir;
    }
  }

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
          String key = line.substring(0, colon);
          String value = line.substring(colon + 2).replace("\\n", "\n").replace("\\t", "\t");
          if (key.equals("expect")) {
            c.expected.add(line.substring(colon + 2));
          } else {
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
