package io.parley.internal.json;

import io.parley.internal.RecordKind;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import io.parley.model.Manifest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A whole dataset as one tree per file (for the writer), and mapped records collected back into one. */
public final class DatasetTrees {
  private DatasetTrees() {}

  /** The canonical tree of every file, manifest first; empty kinds as empty arrays. */
  public static Map<RecordKind, Node> of(Dataset d) {
    Map<RecordKind, Node> files = new EnumMap<>(RecordKind.class);
    files.put(RecordKind.MANIFEST, RecordWriter.manifest(d.manifest()));
    for (RecordKind kind : RecordKind.records()) {
      files.put(kind, array(kind.records(d)));
    }
    return files;
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
