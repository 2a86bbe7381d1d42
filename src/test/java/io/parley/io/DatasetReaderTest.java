package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.model.Dataset;
import io.parley.model.Meeting;
import io.parley.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
  @TempDir Path temp;

  @Test
  void readingTheFilesInParallelGivesTheSameDataset() throws Exception {
    for (Path dir : List.of(Fixtures.small(), Path.of("src/main/data"))) {
      Dataset one = DatasetReader.create().read(dir);
      for (DatasetReader other : List.of(DatasetReader.create().withParallelThreshold(0),
          DatasetReader.create().withChunks(0, 1), DatasetReader.create().withChunks(0, 4096),
          DatasetReader.create().withChunks(0, 1).withParallelThreshold(0),
          DatasetReader.create().withChunks(0, 8192).withParallelThreshold(0))) {
        Dataset parallel = other.read(dir);
        assertThat(parallel).as(dir.toString()).isEqualTo(one);
        assertThat(parallel.meetings()).as(dir + " meetings in file order").containsExactlyElementsOf(one.meetings());
        assertThat(parallel.positions()).as(dir + " positions in file order").containsExactlyElementsOf(one.positions());
      }
    }
  }

  @Test
  void readsTheSmallFixtureWhole() throws Exception {
    Dataset d = DatasetReader.create().read(Fixtures.small());
    assertThat(d.manifest().dataVersion()).isEqualTo("2026.1");
    assertThat(d.meetings()).extracting(Meeting::id)
        .containsExactly("jp-ru-2plus2-2013", "jp-ru-2plus2-2017", "jp-ru-2plus2-2019");
    assertThat(d.countries()).hasSize(4);
    assertThat(d.people()).hasSize(8);
    assertThat(d.positions()).hasSize(8);
    Meeting first = d.meetings().get(0);
    assertThat(first.sessions()).hasSize(2);
    assertThat(first.sessions().get(1).participants()).hasSize(4);
    assertThat(first.span().toString()).isEqualTo("2013-11-01/2013-11-02");
  }

  @Test
  void writingWhatWasReadFromACanonicalDatasetGivesTheSameBytes() throws Exception {
    Dataset d = DatasetReader.create().read(Fixtures.small());
    Path out = temp.resolve("out");
    DatasetWriter.write(d, out);
    for (String f : Fixtures.FILES) {
      assertThat(Files.readAllBytes(out.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(Fixtures.small().resolve(f)));
    }
    assertThat(DatasetReader.create().read(out)).isEqualTo(d);
  }

  @Test
  void territoriesAndAgreementsCarryAWikidataIdAfterTheirNameInCanonicalForm() throws Exception {
    // Placeholder ids in a throw-away copy: the test is about the field, not about these items.
    Path dir = Fixtures.copyOfSmall(temp);
    Fixtures.replaceOnce(dir.resolve("territories.json"), "\"neutralName\": \"Southern Kuril Islands\",\n",
        "\"neutralName\": \"Southern Kuril Islands\",\n    \"wikidata\": \"Q101\",\n");
    Fixtures.replaceOnce(dir.resolve("agreements.json"), "\"title\": \"Soviet-Japanese Joint Declaration\",\n",
        "\"title\": \"Soviet-Japanese Joint Declaration\",\n    \"wikidata\": \"Q102\",\n");
    Dataset d = DatasetReader.create().read(dir);
    assertThat(d.territories()).filteredOn(t -> t.id().equals("southern-kurils"))
        .singleElement().satisfies(t -> assertThat(t.wikidata()).hasValue("Q101"));
    assertThat(d.agreements().get(0).wikidata()).hasValue("Q102");
    assertThat(d.territories()).filteredOn(t -> !t.id().equals("southern-kurils"))
        .allSatisfy(t -> assertThat(t.wikidata()).isEmpty());
    Path out = temp.resolve("out");
    DatasetWriter.write(d, out);
    for (String f : new String[] {"territories.json", "agreements.json"}) {
      assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(dir.resolve(f)));
    }
  }

  @Test
  void aWikidataIdThatIsNotQAndDigitsIsRefused() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    Fixtures.replaceOnce(dir.resolve("agreements.json"), "\"title\": \"Soviet-Japanese Joint Declaration\",\n",
        "\"title\": \"Soviet-Japanese Joint Declaration\",\n    \"wikidata\": \"1332961\",\n");
    assertThat(problems(dir)).containsExactly("agreements.json:5:17 agreement"
        + " soviet-japanese-joint-declaration-1956 field wikidata: \"1332961\" is not a Wikidata item id"
        + " (Q followed by digits)");
  }

  @Test
  void aByteOrderMarkIsRefused() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    byte[] body = Files.readAllBytes(dir.resolve("topics.json"));
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(dir.resolve("topics.json"), withBom);
    assertThat(problems(dir)).containsExactly(
        "topics.json:1:1: starts with a byte-order mark; save it as UTF-8 without one");
  }

  @Test
  void invalidUtf8IsRefusedWithItsPlace() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    String text = Fixtures.read(dir.resolve("topics.json"));
    byte[] bytes = text.replace("North Korea", "North Kor\u00ff").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("topics.json"), bytes);
    assertThat(problems(dir)).containsExactly(
        "topics.json:18:24: is not valid UTF-8: the byte 0xFF never occurs in UTF-8; save it as UTF-8");
  }

  @Test
  void aDeviceInPlaceOfAFileIsNotReadRatherThanReadForever() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    Path dir = Fixtures.copyOfSmall(temp);
    Files.delete(dir.resolve("events.json"));
    Files.createSymbolicLink(dir.resolve("events.json"), zero);
    // Before: Files.readAllBytes read /dev/zero until the heap ran out.
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThat(problems(dir)).containsExactly(
          "events.json: is not a regular file (a device, pipe or socket); a dataset's files are plain JSON files"));
    } finally {
      Files.delete(dir.resolve("events.json")); // the link, before @TempDir's clean-up warns of it
    }
  }

  @Test
  void aNamedPipeInPlaceOfAFileIsNotWaitedOn() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    Files.delete(dir.resolve("events.json"));
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", dir.resolve("events.json").toString()).start();
    } catch (java.io.IOException e) {
      mkfifo = null;
    }
    assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "a system with mkfifo");
    // Before: opening the pipe blocked until some other process wrote to it.
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThat(problems(dir)).containsExactly(
        "events.json: is not a regular file (a device, pipe or socket); a dataset's files are plain JSON files"));
  }

  @Test
  void columnsCountCharactersNotBytes() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    // Three kanji (nine bytes) before the bad value on the same line: character column 34, byte column 40.
    Fixtures.replaceOnce(dir.resolve("topics.json"), "\"label\": \"North Korea\"",
        "\"label\": \"北朝鮮\", \"territory\": \"Korea\"");
    assertThat(problems(dir)).containsExactly(
        "topics.json:18:34 topic north-korea field territory: \"Korea\" is not a valid id: it has an upper-case letter at 0");
  }

  @Test
  void utf16IsRefused() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    Files.write(dir.resolve("topics.json"), Fixtures.read(dir.resolve("topics.json")).getBytes(StandardCharsets.UTF_16LE));
    assertThat(problems(dir)).containsExactly(
        "topics.json:1:1: is not UTF-8 (it looks like UTF-16 or UTF-32); save it as UTF-8");
  }

  @Test
  void aDirectoryThatDoesNotExistIsAProblemNotACrash() {
    assertThat(problems(temp.resolve("nowhere"))).containsExactly("nowhere: does not exist");
  }

  @Test
  void aStringOverTheLimitIsRefused() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    Fixtures.replaceOnce(dir.resolve("topics.json"), "\"North Korea\"", "\"" + "x".repeat(2_000) + "\"");
    DatasetReader reader = DatasetReader.withLimits(ReadLimits.defaults().withMaxStringLength(1_000));
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> reader.read(dir));
    assertThat(e.problems()).singleElement().asString().startsWith("topics.json:18:")
        .endsWith("invalid JSON: a string is longer than 1000 characters, the limit (ReadLimits.maxStringLength)");
  }

  @Test
  void nestingOverTheLimitIsRefused() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    Files.writeString(dir.resolve("events.json"), "[" + "[".repeat(10_000) + "]".repeat(10_000) + "]");
    assertThat(problems(dir)).singleElement().asString()
        .isEqualTo("events.json:1:65: invalid JSON: nesting is deeper than 64, the limit (ReadLimits.maxNestingDepth)");
  }

  @Test
  void aDuplicateKeyInAnObjectOfManyKeysIsPlacedOnItsSecondOccurrence() throws Exception {
    // Past 16 keys the reader checks keys in a set rather than one by one; both ways place the
    // problem on the key given again (the corpus's json-duplicate-key case covers a small object).
    Path dir = Fixtures.copyOfSmall(temp);
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      keys.append("\n  \"k").append(i).append("\": ").append(i).append(",");
    }
    Files.writeString(dir.resolve("events.json"), "[{" + keys + "\n  \"k2\": 0\n}]");
    assertThat(problems(dir)).singleElement().asString()
        .isEqualTo("events.json:22:3: invalid JSON: Duplicate field 'k2'");
  }

  @Test
  void aDuplicateKeyInASmallObjectIsPlacedOnItsSecondOccurrence() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    Files.writeString(dir.resolve("events.json"), "[{\"a\": 1, \"b\": 2, \"a\": 3}]");
    assertThat(problems(dir)).singleElement().asString()
        .isEqualTo("events.json:1:19: invalid JSON: Duplicate field 'a'");
  }

  @Test
  void moreRecordsThanTheLimitAreRefused() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    DatasetReader reader = DatasetReader.withLimits(ReadLimits.defaults().withMaxRecords(5));
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> reader.read(dir));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "sources.json:65:3: has more than 5 records, the limit (ReadLimits.maxRecords)",
        "people.json:152:3: has more than 5 records, the limit (ReadLimits.maxRecords)",
        "topics.json:24:3: has more than 5 records, the limit (ReadLimits.maxRecords)",
        "positions.json:101:3: has more than 5 records, the limit (ReadLimits.maxRecords)");
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    long size = Files.size(dir.resolve("meetings.json"));
    DatasetReader reader = DatasetReader.withLimits(ReadLimits.defaults().withMaxFileBytes(5_000));
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> reader.read(dir));
    assertThat(e.problems()).extracting(Problem::toString).contains(
        "meetings.json: is " + size + " bytes, more than the limit of 5000 (ReadLimits.maxFileBytes)");
  }

  @Test
  void problemsPastTheCapAreCountedNotListed() throws Exception {
    Path dir = Fixtures.copyOfSmall(temp);
    Files.writeString(dir.resolve("events.json"), "[" + "{},".repeat(29) + "{}]");
    DatasetReader reader = DatasetReader.withLimits(ReadLimits.defaults().withMaxProblems(10));
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> reader.read(dir));
    assertThat(e.problems()).hasSize(10);
    assertThat(e.omitted()).isEqualTo(30 * 3 - 10);
    assertThat(e.getMessage()).startsWith("90 problems in dataset:").endsWith("... and 80 more");
  }

  private static java.util.List<String> problems(Path dir) {
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.create().read(dir));
    assertThat(e).as("reading %s must fail", dir).isNotNull();
    return e.problems().stream().map(Problem::toString).collect(java.util.stream.Collectors.toList());
  }
}
