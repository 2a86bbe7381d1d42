package io.parley.internal.json;

import io.parley.internal.RecordKind;

import io.parley.model.Agreement;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Event;
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Source;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A whole dataset as one tree per file (for the writer), and mapped records collected back into one. */
public final class DatasetTrees {
  private DatasetTrees() {}

  /** The canonical tree of every file, manifest first; empty kinds as empty arrays. */
  public static Map<RecordKind, Node> of(Dataset d) {
    Map<RecordKind, Node> files = new EnumMap<>(RecordKind.class);
    files.put(RecordKind.MANIFEST, RecordWriter.manifest(d.manifest()));
    files.put(RecordKind.SOURCES, array(d.sources(), RecordWriter::source));
    files.put(RecordKind.COUNTRIES, array(d.countries(), RecordWriter::country));
    files.put(RecordKind.PEOPLE, array(d.people(), RecordWriter::person));
    files.put(RecordKind.TOPICS, array(d.topics(), RecordWriter::topic));
    files.put(RecordKind.TERRITORIES, array(d.territories(), RecordWriter::territory));
    files.put(RecordKind.CLAIMS, array(d.claims(), RecordWriter::claim));
    files.put(RecordKind.AGREEMENTS, array(d.agreements(), RecordWriter::agreement));
    files.put(RecordKind.EVENTS, array(d.events(), RecordWriter::event));
    files.put(RecordKind.MEETINGS, array(d.meetings(), RecordWriter::meeting));
    files.put(RecordKind.POSITIONS, array(d.positions(), RecordWriter::position));
    return files;
  }

  private static <T> Node array(List<T> records, Function<T, Node> write) {
    List<Node> items = new ArrayList<>(records.size());
    for (T r : records) {
      items.add(write.apply(r));
    }
    return Node.array(items, 0, 0);
  }

  /** Collects mapped records of every kind into a dataset. */
  public static final class Collector {
    private final Dataset.Builder builder = Dataset.builder();
    private boolean hasManifest;

    /** Adds the records of one file, in order. */
    public void addAll(RecordKind kind, List<Object> records) {
      for (Object r : records) {
        add(kind, r);
      }
    }

    /** Adds one record mapped by {@link RecordMapper#read}. */
    public void add(RecordKind kind, Object record) {
      switch (kind) {
        case MANIFEST:
          builder.manifest((Manifest) record);
          hasManifest = true;
          break;
        case SOURCES:
          builder.addSources((Source) record);
          break;
        case COUNTRIES:
          builder.addCountries((Country) record);
          break;
        case PEOPLE:
          builder.addPeople((Person) record);
          break;
        case TOPICS:
          builder.addTopics((Topic) record);
          break;
        case TERRITORIES:
          builder.addTerritories((Territory) record);
          break;
        case CLAIMS:
          builder.addClaims((TerritorialClaim) record);
          break;
        case AGREEMENTS:
          builder.addAgreements((Agreement) record);
          break;
        case EVENTS:
          builder.addEvents((Event) record);
          break;
        case MEETINGS:
          builder.addMeetings((Meeting) record);
          break;
        case POSITIONS:
          builder.addPositions((Position) record);
          break;
      }
    }

    /** The dataset, or empty if no manifest was added. */
    public Optional<Dataset> build() {
      return hasManifest ? Optional.of(builder.build()) : Optional.empty();
    }
  }
}
