package io.parley.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.Parley;
import io.parley.model.Entity;
import io.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fifty names as users type them (surnames, short forms, other scripts, misspellings), taken from
 * the source articles and the bundled data, looked up with {@code named(...)}: the hit rate is
 * reported, so that a change to name lookup shows what it gains or loses. Exact keys alone found 9
 * of the 50; words, beginnings and the folding of Chinese scripts (issue #13) find 47, and offer
 * the right name for 2 of the other 3 (misspellings); {@code 中国} is no name of China in the data.
 */
class TypedNamesTest {

  /** One line of {@code names/typed-names.tsv}. */
  record Typed(String kind, String text, String id, String origin) {}

  /** What a lookup gave: the ids in the order returned, or the names suggested in a refusal. */
  record Outcome(List<String> ids, List<String> suggestions) {}

  static List<Typed> typedNames() throws IOException {
    List<Typed> out = new ArrayList<>();
    for (String line : Files.readAllLines(Fixtures.resource("names/typed-names.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(new Typed(f[0], f[1], f[2], f[3]));
    }
    return out;
  }

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  static Outcome lookUp(Parley parley, String kind, String text) {
    try {
      List<? extends Entity> found = switch (kind) {
        case "person" -> parley.people().named(text).list();
        case "territory" -> parley.territories().named(text).list();
        case "country" -> parley.countries().named(text).list();
        default -> throw new AssertionError(kind);
      };
      return new Outcome(found.stream().map(Entity::id).collect(Collectors.toList()), List.of());
    } catch (IllegalArgumentException e) {
      List<String> suggestions = new ArrayList<>();
      String message = e.getMessage();
      int at = message.indexOf("did you mean");
      if (at >= 0) {
        Matcher m = QUOTED.matcher(message.substring(at));
        while (m.find()) {
          suggestions.add(m.group(1));
        }
      }
      return new Outcome(List.of(), suggestions);
    }
  }

  @Test
  void reportsHowManyTypedNamesAreFound() throws IOException {
    Parley parley = Parley.bundled();
    List<Typed> typed = typedNames();
    assertThat(typed).hasSize(50);
    int found = 0;
    int first = 0;
    int suggested = 0;
    StringBuilder report = new StringBuilder();
    for (Typed t : typed) {
      Outcome o = lookUp(parley, t.kind(), t.text());
      String verdict;
      if (o.ids().contains(t.id())) {
        found++;
        boolean isFirst = o.ids().get(0).equals(t.id());
        first += isFirst ? 1 : 0;
        verdict = isFirst ? "found first" : "found, " + (o.ids().indexOf(t.id()) + 1) + "th of " + o.ids().size();
      } else if (o.suggestions().stream().anyMatch(s -> lookUp(parley, t.kind(), s).ids().contains(t.id()))) {
        suggested++;
        verdict = "not found; suggested " + o.suggestions();
      } else {
        verdict = "not found" + (o.ids().isEmpty() ? "" : "; found " + o.ids());
      }
      report.append(String.format("  %-9s %-22s %-24s %s%n", t.kind(), t.text(), t.id(), verdict));
    }
    System.out.printf("Typed names: %d of %d found (%d of them first), %d more offered as a suggestion%n%s",
        found, typed.size(), first, suggested, report);
    assertThat(found).as("found").isGreaterThanOrEqualTo(47);
    assertThat(first).as("found first").isGreaterThanOrEqualTo(47);
    assertThat(found + suggested).as("found or suggested").isGreaterThanOrEqualTo(49);
  }
}
