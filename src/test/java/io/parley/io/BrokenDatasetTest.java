package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parley.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code src/test/resources/broken} breaks the small fixture in one way; reading it
 * must fail with exactly the problems the case lists (file, line, column, record, field, reason),
 * and return nothing.
 */
class BrokenDatasetTest {
  @TempDir Path temp;

  static Stream<Fixtures.Case> cases() throws Exception {
    return Fixtures.brokenCases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readingABrokenDatasetReportsExactlyItsProblems(Fixtures.Case c) throws Exception {
    Path dir = c.apply(temp);
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.create().read(dir));
    assertThat(e).as("%s: %s must not load", c.name, c.description).isNotNull();
    List<String> actual = new ArrayList<>();
    for (Problem p : e.problems()) {
      actual.add(p.toString());
    }
    assertThat(actual).as(c.name).containsExactlyElementsOf(c.expected);
    assertThat(e.omitted()).isZero();
  }
}
