package io.parley.internal.bundle;

import java.io.IOException;
import java.io.InputStream;

/** Opens the compiled bundled dataset in the jar. Touches no JSON library. */
public final class BundledData {
  /** The resource's name beside this class. */
  public static final String RESOURCE = "bundled.bin";

  private BundledData() {}

  /**
   * Opens the bundled dataset: reads the resource, checks the header and checksum, and reads the
   * string table. Records are decoded later, kind by kind, on request.
   *
   * @throws IllegalStateException if the resource is missing or corrupt: a broken jar, not a
   *     data error a caller can act on
   */
  public static Contents open() {
    try (InputStream in = BundledData.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled dataset io/parley/internal/" + RESOURCE
            + " is missing from the jar; the build compiles it from src/main/data");
      }
      return BundleCodec.open(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("the bundled dataset io/parley/internal/" + RESOURCE
          + " cannot be read: " + e.getMessage(), e);
    }
  }
}
