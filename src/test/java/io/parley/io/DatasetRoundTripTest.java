package io.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.model.Coordinate;
import io.parley.model.Dataset;
import io.parley.model.Territory;
import io.parley.testing.Fixtures;
import io.parley.testing.RandomDatasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Valid datasets, generated with every rule of the format kept, survive a write and a read: the
 * dataset read back is equal to the one written, and writing it again gives the same text.
 */
class DatasetRoundTripTest {
  /** 300 seeds, each a different generated dataset; a failure names its seed. */
  static java.util.stream.LongStream seeds() {
    return new java.util.Random(7).longs(300);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.MethodSource("seeds")
  void aValidDatasetReadsBackEqualAfterBeingWritten(long seed) throws Exception {
    Dataset d = RandomDatasets.dataset(seed);
    DatasetReader.create().validate(d); // the generator keeps every rule; this says so if it does not
    Path dir = Files.createTempDirectory("parley-round-trip");
    try {
      DatasetWriter.write(d, dir);
      Dataset back;
      try {
        back = DatasetReader.create().read(dir);
      } catch (DatasetException e) {
        throw new AssertionError("seed " + seed + ": what the writer wrote does not read: " + e.getMessage(), e);
      }
      assertThat(back).as("seed %s", seed).isEqualTo(d);
      for (String file : Fixtures.FILES) {
        assertThat(DatasetWriter.toJson(back, file)).as("seed %s, %s", seed, file).isEqualTo(DatasetWriter.toJson(d, file));
      }
    } finally {
      delete(dir);
    }
  }

  @org.junit.jupiter.api.Test
  void coordinatesAtTheExtremesOfADoubleReadBackEqual() throws Exception {
    Dataset fixture = DatasetReader.create().read(Fixtures.small());
    for (double[] c : new double[][] {{-0.0, Double.MIN_VALUE}, {1e-300, -180}, {-Double.MIN_VALUE, 12.5e-20}}) {
      Dataset.Builder d = Dataset.builder().manifest(fixture.manifest()).addAllSources(fixture.sources())
          .addAllCountries(fixture.countries()).addAllPeople(fixture.people()).addAllTopics(fixture.topics())
          .addAllClaims(fixture.claims()).addAllAgreements(fixture.agreements()).addAllEvents(fixture.events())
          .addAllSeries(fixture.series()).addAllPropositions(fixture.propositions()).addAllMeetings(fixture.meetings()).addAllPositions(fixture.positions());
      for (Territory t : fixture.territories()) {
        d.addTerritories(Territory.builder().id(t.id()).neutralName(t.neutralName()).addAllNames(t.names())
            .addAllFeatures(t.features()).addAllAdministration(t.administration()).addAllCitations(t.citations())
            .addAllNotes(t.notes()).coordinate(Coordinate.of(c[0], c[1])).build());
      }
      Dataset written = d.build();
      Path dir = Files.createTempDirectory("parley-round-trip");
      try {
        DatasetWriter.write(written, dir);
        // Before: 4.9E-324 was written as 0.000...49 (325 characters), past the reader's number limit;
        // -0.0 read back as 0.0, another coordinate.
        assertThat(DatasetReader.create().read(dir)).as("%s, %s", c[0], c[1]).isEqualTo(written);
      } finally {
        delete(dir);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void generatedDatasetsAreNotTrivial() {
    for (long seed : seeds().limit(20).toArray()) {
      Dataset d = RandomDatasets.dataset(seed);
      assertThat(d.sources()).as("seed %s", seed).isNotEmpty();
      assertThat(d.countries()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(d.topics()).isNotEmpty();
    }
  }

}
