package io.parley.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.parley.internal.AtomicFiles;
import io.parley.internal.RecordKind;
import io.parley.internal.json.CanonicalJson;
import io.parley.internal.json.DatasetTrees;
import io.parley.internal.json.RecordWriter;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
   * dataset's files in it; every kind gets its file, empty kinds an empty array. Each file is
   * written to a temporary file first and then moved into place, so no file is ever left half
   * written, and the manifest goes last: it lists each file with the number of records written
   * to it ({@code "records"}), so that a reader can tell a file that went missing or was cut
   * short later from one that was never there. The files get the permissions any new file of
   * yours gets.
   *
   * <p>The directory must not hold other {@code .json} files: a dataset directory holds only the
   * format's files, and a reader refuses any other, so writing beside one would make a dataset
   * that does not load back.
   *
   * @param dataset the dataset
   * @param directory the directory
   * @throws IOException if a file cannot be written, or the directory holds a {@code .json} file
   *     that is not one of the format's
   * @since 0.1.0
   */
  public static void write(Dataset dataset, Path directory) throws IOException {
    checkNotNull(dataset, "dataset");
    checkNotNull(directory, "directory");
    Files.createDirectories(directory);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
      for (Path f : files) {
        if (RecordKind.ofFile(f.getFileName().toString()).isEmpty()) {
          throw new IOException(f + ": not a file of the dataset format, and a reader refuses a"
              + " dataset directory that holds one; move it, or save into another directory");
        }
      }
    }
    // One record's tree at a time, straight to the file: writing 2.8 GB of JSON once held every
    // file's trees together, some 10 GB of heap.
    for (RecordKind kind : RecordKind.records()) {
      List<? extends Entity> records = kind.records(dataset);
      AtomicFiles.write(directory, kind.file(),
          out -> CanonicalJson.writeArray(records.size(), i -> RecordWriter.record(records.get(i)), out));
    }
    AtomicFiles.write(directory, RecordKind.MANIFEST.file(),
        CanonicalJson.write(DatasetTrees.manifest(dataset)).getBytes(StandardCharsets.UTF_8));
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
    return CanonicalJson.write(DatasetTrees.of(dataset, kind));
  }
}
