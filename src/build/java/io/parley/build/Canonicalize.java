package io.parley.build;

import io.parley.io.DatasetException;
import io.parley.io.DatasetReader;
import io.parley.io.DatasetWriter;
import io.parley.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Rewrites a dataset directory in the format's canonical form, after reading it with every rule
 * checked: what a curator runs after editing {@code src/main/data} by hand or by script, so that
 * the diff shows only the change. Nothing is written unless the whole directory loads.
 *
 * <p>{@code java -cp target/classes:target/build-classes:<runtime deps> io.parley.build.Canonicalize
 * src/main/data}; {@code curation/canonicalize.sh} runs it.
 */
public final class Canonicalize {
  private Canonicalize() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Canonicalize <data dir>");
    }
    Path dir = Paths.get(args[0]);
    Dataset d;
    try {
      d = DatasetReader.create().ignoringRecordCounts().read(dir); // the curator edited the files
    } catch (DatasetException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    DatasetWriter.write(d, dir);
    System.out.println("Wrote " + d.size() + " records of " + dir + " in canonical form");
  }
}
