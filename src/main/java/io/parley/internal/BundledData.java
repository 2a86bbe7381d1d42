package io.parley.internal;

import io.parley.model.Dataset;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads the binary form of the bundled dataset from the jar. Touches no JSON library. */
public final class BundledData {
  /** The resource's name beside this class. */
  public static final String RESOURCE = "bundled.bin";

  private BundledData() {}

  /**
   * Reads the bundled dataset.
   *
   * @throws IllegalStateException if the resource is missing or corrupt: a broken jar, not a
   *     data error a caller can act on
   */
  public static Dataset load() {
    try (InputStream raw = BundledData.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("the bundled dataset io/parley/internal/" + RESOURCE
            + " is missing from the jar; the build compiles it from src/main/data");
      }
      BinaryForm.Contents contents = BinaryForm.read(new BufferedInputStream(raw, 1 << 16));
      List<Issue> issues = new ArrayList<>();
      Dataset d = DatasetTrees.read(contents.files, issues)
          .orElseThrow(() -> new IllegalStateException("the bundled dataset has no manifest"));
      if (!issues.isEmpty()) {
        throw new IllegalStateException("the bundled dataset does not map: " + issues);
      }
      if (!d.manifest().dataVersion().equals(contents.dataVersion)) {
        throw new IllegalStateException("the bundled dataset's header says " + contents.dataVersion
            + " but its manifest says " + d.manifest().dataVersion());
      }
      return d;
    } catch (IOException e) {
      throw new IllegalStateException("the bundled dataset io/parley/internal/" + RESOURCE
          + " cannot be read: " + e.getMessage(), e);
    }
  }
}
