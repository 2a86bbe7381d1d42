package io.parley.build;

import io.parley.internal.bundle.BundleCodec;
import io.parley.io.DatasetException;
import io.parley.io.DatasetReader;
import io.parley.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Compiles the bundled dataset at build time, the way the JDK compiles tzdb: reads the JSON
 * sources with the same reader users get (so every rule runs on every build, and a bad record
 * fails the build with its exact place), then writes the binary form into the classes directory.
 *
 * <p>Run by the build as {@code BundleCompiler <data directory> <output file> <expected data
 * version>}. A build-time tool: it is compiled from {@code src/build/java} into {@code
 * target/build-classes} and never ships in the jar. Silent on success, so that a green build
 * prints little; {@code -Dparley.verbose=true} reports what it compiled.
 */
public final class BundleCompiler {
  private BundleCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: BundleCompiler <data dir> <output file> <data version>");
    }
    Path data = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    Dataset dataset;
    try {
      dataset = DatasetReader.create().read(data);
    } catch (DatasetException e) {
      // The message lists every problem with file, line and column; the build fails on it.
      throw new IllegalStateException("the bundled dataset in " + data + " does not load:\n" + e.getMessage(), e);
    }
    if (!dataset.manifest().dataVersion().equals(args[2])) {
      throw new IllegalStateException("manifest.json says dataVersion " + dataset.manifest().dataVersion()
          + " but the build's parley.dataVersion is " + args[2] + "; make them agree");
    }
    Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      BundleCodec.write(dataset, o);
    }
    if (Boolean.getBoolean("parley.verbose")) {
      System.out.println("Compiled " + dataset.size() + " records of dataset "
        + dataset.manifest().dataVersion() + " into " + out + " (" + Files.size(out) + " bytes)");
    }
  }
}
