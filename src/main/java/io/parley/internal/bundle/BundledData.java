package io.parley.internal.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/** Opens the compiled bundled dataset in the jar. Touches no JSON library. */
public final class BundledData {
  /** The resource's name beside this class. */
  public static final String RESOURCE = "bundled.bin";
  private static final String ENTRY = "io/parley/internal/bundle/" + RESOURCE;

  private BundledData() {}

  /**
   * Opens the bundled dataset: reads the resource, checks the header and checksum, and reads the
   * string table. Records are decoded later, kind by kind, on request.
   *
   * @throws IllegalStateException if the resource is missing or corrupt: a broken jar, not a
   *     data error a caller can act on
   */
  public static Contents open() {
    try {
      byte[] bytes = fromCodeSource();
      if (bytes == null) {
        try (InputStream in = BundledData.class.getResourceAsStream(RESOURCE)) {
          if (in == null) {
            throw new IllegalStateException("the bundled dataset io/parley/internal/" + RESOURCE
                + " is missing from the jar; the build compiles it from src/main/data");
          }
          bytes = in.readAllBytes();
        }
      }
      return BundleCodec.open(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("the bundled dataset io/parley/internal/" + RESOURCE
          + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The resource's bytes read straight from the jar file (or class directory) this class came
   * from, or null where that is not a plain file (a jlink image, a jar inside a jar, a class loader
   * of its own): then {@code getResourceAsStream} reads it. The class loader already has the jar
   * open, and the JDK shares an open zip file, so this costs no second reading of the jar's
   * directory; what it saves is the jar URL machinery that {@code getResourceAsStream} goes
   * through (some 40 classes of the JDK's loaded at start, 5-10 ms on the machine of
   * BENCHMARKS.md).
   */
  private static byte @Nullable [] fromCodeSource() {
    try {
      CodeSource source = BundledData.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return null;
      }
      Path path = Path.of(location.toURI());
      if (Files.isDirectory(path)) {
        Path file = path.resolve(ENTRY);
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      }
      if (!Files.isRegularFile(path)) {
        return null;
      }
      try (ZipFile jar = new ZipFile(path.toFile())) {
        ZipEntry entry = jar.getEntry(ENTRY);
        if (entry == null) {
          return null;
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return in.readAllBytes();
        }
      }
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return null; // SecurityException, a location that is no path: the resource way
    }
  }
}
