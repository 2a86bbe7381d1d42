package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.Parley;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loading recipes of the export's data dictionary, run as they are printed, where the tools
 * are installed: the pandas recipe with Python 3 and pandas, the readr recipe with R, readr and
 * jsonlite. Each is followed by checks of what it read (codes stay text, numbers integers,
 * booleans logical). Where a tool is missing the test is skipped, not passed.
 */
class LoadingRecipesTest {
  @TempDir static Path dir;
  static String readme;

  @BeforeAll
  static void export() throws IOException {
    Parley.bundled().exportCsv(dir);
    readme = Files.readString(dir.resolve(CsvExport.DATA_DICTIONARY), StandardCharsets.UTF_8);
  }

  /** The code blocks of one language in the data dictionary, in order. */
  private static List<String> blocks(String language) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The first command that runs the probe successfully. */
  private static Optional<String> find(List<String> candidates, String... probe) {
    for (String c : candidates) {
      List<String> command = new ArrayList<>(List.of(c));
      command.addAll(List.of(probe));
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return Optional.of(c);
        }
      } catch (IOException e) {
        // Not installed here; try the next.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String run(String program, Path script) throws Exception {
    Process p = new ProcessBuilder(program, script.toString()).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void thePandasRecipeReadsEveryFileWithItsTypes() throws Exception {
    Optional<String> python = find(List.of(System.getProperty("parley.python", "python3"),
        "/usr/bin/python3"), "-c", "import pandas");
    assumeTrue(python.isPresent(), "no Python 3 with pandas here");
    Path script = dir.resolve("recipe.py");
    Files.writeString(script, blocks("python").get(0) + "\n"
        + "countries = read(\"countries\")\n"
        + "assert countries.loc[countries[\"id\"] == \"au\", \"iso3n\"].item() == \"036\"\n"
        + "assert str(countries[\"iso3n\"].dtype) == \"string\"\n"
        + "assert str(countries[\"ccode\"].dtype) == \"Int64\"\n"
        + "assert str(meetings[\"number\"].dtype) == \"Int64\"\n"
        + "assert str(read(\"positions\")[\"agrees\"].dtype) == \"boolean\"\n"
        + "assert set(read(\"cameo\")[\"cameo_code\"]) <= {\"040\", \"041\", \"042\", \"043\", \"044\"}\n"
        + "for r in package[\"resources\"]:\n"
        + "    df = read(r[\"name\"])\n"
        + "    assert list(df.columns) == [f[\"name\"] for f in r[\"schema\"][\"fields\"]], r[\"name\"]\n"
        + "print(len(meetings), len(participants))\n");
    assertThat(run(python.get(), script)).contains(
        Parley.bundled().dataset().meetings().size() + " ");
  }

  @Test
  void theReadrRecipeReadsEveryFileWithItsTypes() throws Exception {
    Optional<String> r = find(List.of("Rscript"), "-e", "library(readr); library(jsonlite)");
    assumeTrue(r.isPresent(), "no R with readr and jsonlite here");
    Path script = dir.resolve("recipe.R");
    // The second R block: the first needs the frictionless package.
    Files.writeString(script, blocks("r").get(1) + "\n"
        + "countries <- read_table(\"countries\")\n"
        + "stopifnot(countries$iso3n[countries$id == \"au\"] == \"036\")\n"
        + "stopifnot(is.character(countries$iso3n), is.integer(countries$ccode))\n"
        + "stopifnot(is.logical(read_table(\"positions\")$agrees))\n"
        + "stopifnot(is.integer(meetings$number))\n"
        + "for (res in package$resources) {\n"
        + "  df <- read_table(res$name)\n"
        + "  stopifnot(identical(names(df), vapply(res$schema$fields, function(f) f$name, \"\")))\n"
        + "  stopifnot(nrow(problems(df)) == 0)\n"
        + "}\n"
        + "cat(nrow(meetings), \"meetings\\n\")\n");
    assertThat(run(r.get(), script))
        .contains(Parley.bundled().dataset().meetings().size() + " meetings");
  }
}
