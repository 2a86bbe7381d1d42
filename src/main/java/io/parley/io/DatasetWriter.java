package io.parley.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.parley.internal.RecordKind;
import io.parley.internal.json.CanonicalJson;
import io.parley.internal.json.DatasetTrees;
import io.parley.internal.json.Node;
import io.parley.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a dataset in the one canonical form of the format: every file, in a fixed order of
 * fields per kind, records in the dataset's order, two-space indentation, UTF-8 with native
 * scripts unescaped, absent values and empty lists left out, and a final newline. Reading a
 * canonical dataset and writing it again gives the same bytes.
 *
 * <pre>{@code
 * DatasetWriter.write(dataset, Path.of("out"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DatasetWriter {
  private DatasetWriter() {}

  /**
   * Writes every file of the dataset into the directory, creating it if needed and replacing the
   * dataset's files in it. Each file is written to a temporary file first and then moved into
   * place, so no file is ever left half written.
   *
   * @param dataset the dataset
   * @param directory the directory
   * @throws IOException if a file cannot be written
   * @since 0.1.0
   */
  public static void write(Dataset dataset, Path directory) throws IOException {
    checkNotNull(dataset, "dataset");
    checkNotNull(directory, "directory");
    Files.createDirectories(directory);
    for (Map.Entry<RecordKind, Node> e : DatasetTrees.of(dataset).entrySet()) {
      Path target = directory.resolve(e.getKey().file());
      Path temp = Files.createTempFile(directory, e.getKey().file(), ".tmp");
      try {
        Files.write(temp, CanonicalJson.write(e.getValue()).getBytes(StandardCharsets.UTF_8));
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * The canonical text of one file of the dataset.
   *
   * @param dataset the dataset
   * @param file a file name of the format, such as {@code meetings.json}
   * @return the file's text
   * @throws IllegalArgumentException if the name is not one of the format's files
   * @since 0.1.0
   */
  public static String toJson(Dataset dataset, String file) {
    RecordKind kind = RecordKind.ofFile(file)
        .orElseThrow(() -> new IllegalArgumentException("not a file of the format: " + file));
    return CanonicalJson.write(DatasetTrees.of(dataset).get(kind));
  }
}
