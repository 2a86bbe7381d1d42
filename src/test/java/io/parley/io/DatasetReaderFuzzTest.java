package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.parley.model.Dataset;
import io.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes {@link DatasetReader} over the dataset format with Jazzer. An input replaces one file of
 * the small fixture: its first byte picks the file (its low bits) and whether to read with tight
 * limits (bit 0x40); the rest is the file's new content. Whatever the content, the read must
 * either return a dataset that is whole and consistent (it passes validation and survives a write
 * and a read unchanged) or throw a {@link DatasetException} whose problems are well formed. Any
 * other exception or error is a finding.
 *
 * <p>In the normal build this replays the seeds in {@code
 * src/test/resources/io/parley/io/DatasetReaderFuzzTestInputs/} as a regression test (those are
 * the fixture's own files and a few hostile ones, and any finding that a fuzzing run writes
 * there). The README gives the command for a fuzzing run.
 */
class DatasetReaderFuzzTest {
  /** Limits small enough that short inputs reach them. */
  private static final ReadLimits TIGHT = ReadLimits.defaults()
      .withMaxFileBytes(4096).withMaxStringLength(64).withMaxNestingDepth(6).withMaxRecords(4).withMaxProblems(3);

  private static Path root;
  private static Path dataset;
  private static Path written;

  @BeforeAll
  static void copyTheFixture() throws IOException {
    root = Files.createTempDirectory("parley-fuzz");
    dataset = Fixtures.copyOfSmall(root);
    written = root.resolve("written");
  }

  @AfterAll
  static void deleteTheCopy() throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/io/parley/io/dataset.dict")
  void anyFileEitherLoadsWholeOrFailsWithAReport(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    String file = Fixtures.FILES[(input[0] & 0x3f) % Fixtures.FILES.length];
    boolean tight = (input[0] & 0x40) != 0;
    Path target = dataset.resolve(file);
    byte[] original = Files.readAllBytes(target);
    Files.write(target, Arrays.copyOfRange(input, 1, input.length));
    try {
      check(tight ? DatasetReader.withLimits(TIGHT) : DatasetReader.create(), tight ? TIGHT : ReadLimits.defaults());
    } finally {
      Files.write(target, original);
    }
  }

  private static void check(DatasetReader reader, ReadLimits limits) throws IOException {
    // Files read in chunks (of a record or a few, one after another and on a pool) give what
    // reading them whole gives: the same dataset, or the same problems.
    String whole = outcome(reader);
    assertThat(outcome(reader.withChunks(0, 1))).as("read in chunks").isEqualTo(whole);
    assertThat(outcome(reader.withChunks(0, 100).withParallelThreshold(0))).as("read in chunks on a pool").isEqualTo(whole);
    Dataset d;
    try {
      d = reader.read(dataset);
    } catch (DatasetException e) {
      assertWellFormed(e, limits);
      return;
    }
    // Loaded: it must be consistent, and the canonical form must read back as the same dataset.
    try {
      DatasetReader.create().validate(d);
      DatasetWriter.write(d, written);
      assertThat(DatasetReader.create().read(written)).isEqualTo(d);
    } catch (DatasetException e) {
      throw new AssertionError("a dataset that loaded is not consistent, or does not read back: " + e.getMessage(), e);
    }
  }

  /** The dataset read, or the problems reported, as text. */
  private static String outcome(DatasetReader reader) {
    try {
      return "read " + reader.read(dataset);
    } catch (DatasetException e) {
      return "problems " + e.problems() + " and " + e.omitted() + " more";
    }
  }

  private static void assertWellFormed(DatasetException e, ReadLimits limits) {
    List<Problem> problems = e.problems();
    assertThat(problems).isNotEmpty().hasSizeLessThanOrEqualTo(limits.maxProblems());
    assertThat(e.omitted()).isNotNegative();
    for (Problem p : problems) {
      assertThat(p.file()).isIn((Object[]) Fixtures.FILES);
      assertThat(p.reason()).isNotBlank();
      assertThat(p.line() == 0).as("line and column are both 0 or both set: %s", p).isEqualTo(p.column() == 0);
    }
  }
}
