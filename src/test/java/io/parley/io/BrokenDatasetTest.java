package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parley.model.Dataset;
import io.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file in {@code src/test/resources/broken} breaks the small fixture in one way; reading it
 * must fail with exactly the problems the case lists (file, line, column, record, field, reason),
 * and return nothing. The cases are grouped by their category; large inputs are made at run time.
 */
class BrokenDatasetTest {
  /** The fewest cases the corpus may have, and the fewest per category. */
  static final int MINIMUM_CASES = 60;

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicContainer> readingABrokenDatasetReportsExactlyItsProblems() throws IOException {
    Map<String, List<Fixtures.Case>> byCategory = byCategory();
    return byCategory.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(
        e.getKey() + " (" + e.getValue().size() + " cases)",
        e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name, () -> check(c)))));
  }

  private void check(Fixtures.Case c) throws IOException {
    Path parent = Files.createTempDirectory(temp, c.name);
    try {
      Path dir = c.apply(parent);
      DatasetReader reader = DatasetReader.withLimits(c.readLimits());
      // Both ways of reading the files: one after another, and on several threads at once.
      // Chunks of a record or a few: cut as a 2 GiB file is.
      DatasetReader chunked = reader.withChunks(0, 1);
      DatasetReader chunkedOnPool = reader.withChunks(0, 100).withParallelThreshold(0);
      for (DatasetReader r : List.of(reader, reader.withParallelThreshold(0), chunked, chunkedOnPool)) {
        String how = r == reader ? c.name : r == chunked ? c.name + " (files read in chunks)"
            : r == chunkedOnPool ? c.name + " (files read in chunks on several threads)"
            : c.name + " (files read in parallel)";
        List<Dataset> returned = new ArrayList<>();
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> returned.add(r.read(dir)));
        assertThat(returned).as("%s: %s must not load", how, c.description).isEmpty();
        assertThat(e).as("%s: %s must fail with a DatasetException", how, c.description).isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).as(how).containsExactlyElementsOf(c.expected);
        assertThat(e.omitted()).as(how + " omitted").isEqualTo(c.omitted);
      }
    } finally {
      deleteTree(parent); // the large cases write hundreds of megabytes
    }
  }

  @Test
  void theCorpusHasEveryCategoryAndAtLeastSixtyCases() throws IOException {
    Map<String, List<Fixtures.Case>> byCategory = byCategory();
    StringBuilder table = new StringBuilder("Broken-dataset corpus by category:\n");
    byCategory.forEach((k, v) -> table.append(String.format("  %-20s %3d%n", k, v.size())));
    int total = byCategory.values().stream().mapToInt(List::size).sum();
    table.append(String.format("  %-20s %3d%n", "total", total));
    System.out.print(table);

    assertThat(byCategory.keySet()).as("categories used").containsExactlyElementsOf(Fixtures.CATEGORIES);
    assertThat(total).as(table.toString()).isGreaterThanOrEqualTo(MINIMUM_CASES);
    for (List<Fixtures.Case> cases : byCategory.values()) {
      for (Fixtures.Case c : cases) {
        assertThat(c.expected).as("%s lists the problems it expects", c.name).isNotEmpty();
        assertThat(c.description).as("%s says what it breaks", c.name).isNotBlank();
      }
    }
  }

  /** The cases by category, in the order of {@link Fixtures#CATEGORIES}; an unknown category fails. */
  private static Map<String, List<Fixtures.Case>> byCategory() throws IOException {
    List<Fixtures.Case> cases = Fixtures.brokenCases().collect(Collectors.toList());
    for (Fixtures.Case c : cases) {
      assertThat(Fixtures.CATEGORIES).as("category of %s", c.name).contains(c.category);
    }
    Map<String, List<Fixtures.Case>> out = new LinkedHashMap<>();
    for (String category : Fixtures.CATEGORIES) {
      List<Fixtures.Case> in = cases.stream().filter(c -> c.category.equals(category)).collect(Collectors.toList());
      if (!in.isEmpty()) {
        out.put(category, in);
      }
    }
    return out;
  }

  private static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
