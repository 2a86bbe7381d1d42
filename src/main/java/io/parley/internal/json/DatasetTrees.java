package io.parley.internal.json;

import io.parley.internal.RecordKind;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import io.parley.model.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A whole dataset as one tree per file (for the writer), and mapped records collected back into one. */
public final class DatasetTrees {
  private DatasetTrees() {}

  /** The field of the manifest that says how many records each file held when it was written. */
  public static final String RECORDS = "records";

  /** The canonical tree of one file; for a file of records, every record's tree at once. */
  public static Node of(Dataset d, RecordKind kind) {
    return kind == RecordKind.MANIFEST ? manifest(d) : array(kind.records(d));
  }

  /** The manifest's tree, with the number of records of every file ({@link #RECORDS}). */
  public static Node manifest(Dataset d) {
    Map<String, Node> counts = new java.util.LinkedHashMap<>();
    for (RecordKind kind : RecordKind.records()) {
      counts.put(kind.file(), Node.number(Integer.toString(kind.records(d).size()), 0, 0));
    }
    Node manifest = RecordWriter.manifest(d.manifest());
    Map<String, Node> fields = new java.util.LinkedHashMap<>(manifest.fields());
    fields.put(RECORDS, Node.object(counts, 0, 0));
    return Node.object(fields, 0, 0);
  }

  private static Node array(List<? extends Entity> records) {
    List<Node> items = new ArrayList<>(records.size());
    for (Entity r : records) {
      items.add(RecordWriter.record(r));
    }
    return Node.array(items, 0, 0);
  }

  /** Collects mapped records of every kind into a dataset. */
  public static final class Collector {
    private final Dataset.Builder builder = Dataset.builder();
    private boolean hasManifest;

    /** Adds the records of one file, in order, as {@link RecordMapper#read} mapped them. */
    @SuppressWarnings("unchecked")
    public void addAll(RecordKind kind, List<Object> records) {
      if (kind != RecordKind.MANIFEST) {
        kind.addTo(builder, (List<? extends Entity>) (List<?>) records);
      } else if (!records.isEmpty()) {
        builder.manifest((Manifest) records.get(0));
        hasManifest = true;
      }
    }

    /** The dataset, or empty if no manifest was added. */
    public Optional<Dataset> build() {
      return hasManifest ? Optional.of(builder.build()) : Optional.empty();
    }
  }
}
