package io.parley.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.csv.CsvDictionary;
import io.parley.internal.csv.CsvTable;
import io.parley.internal.csv.CsvTables;
import io.parley.model.Dataset;
import io.parley.model.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Exports a dataset as CSV files that R, pandas and spreadsheets read as they are: one file per
 * kind of record, one per kind of part of a record (sessions, tenures, provisions, ...), link
 * tables for the many-to-many relations (meeting participants, the sources that state each fact,
 * the countries that use each name, ...), and a {@code README.md} data dictionary that describes
 * every column.
 *
 * <pre>{@code
 * CsvExport.write(Parley.bundled().dataset(), Path.of("parley-csv"));   // or parley.exportCsv(dir)
 * }</pre>
 *
 * <p>The files follow RFC 4180: UTF-8 without a byte-order mark, a header row, comma-separated
 * fields, CRLF after each record, and a field holding a comma, a double quote or a line break
 * enclosed in double quotes with inner quotes doubled. An empty field is an absent value. Dates
 * are written as the first day they can mean ({@code YYYY-MM-DD}, so that R and pandas read them
 * as dates), each followed by a {@code _precision} column ({@code day}, {@code month} or {@code
 * year}) that keeps how much of the date is known. The files, their columns and the order of rows
 * (the dataset's order) are fixed, so exporting the same data twice gives the same bytes.
 *
 * <p>The files, in order: {@code sources.csv}, {@code countries.csv} (with ISO 3166-1 alpha-2,
 * alpha-3 and numeric, Correlates of War, Gleditsch-Ward and Wikidata codes), {@code people.csv},
 * {@code person_variants.csv}, {@code tenures.csv}, {@code topics.csv}, {@code territories.csv},
 * {@code features.csv}, {@code administration.csv}, {@code claims.csv}, {@code agreements.csv},
 * {@code agreement_parties.csv}, {@code agreement_topics.csv}, {@code provisions.csv}, {@code
 * events.csv}, {@code event_countries.csv}, {@code meetings.csv}, {@code sessions.csv}, {@code
 * meeting_participants.csv}, {@code meeting_topics.csv}, {@code outcomes.csv}, {@code
 * positions.csv}, {@code names.csv}, {@code name_users.csv}, {@code citations.csv} and {@code
 * notes.csv}; the README lists every column of each.
 *
 * @since 0.1.0
 */
public final class CsvExport {
  /**
   * The name of the data dictionary written beside the CSV files.
   *
   * @since 0.1.0
   */
  public static final String DATA_DICTIONARY = CsvDictionary.FILE;

  private CsvExport() {}

  /**
   * The names of the CSV files an export writes, in order; the data dictionary, {@link
   * #DATA_DICTIONARY}, is written beside them.
   *
   * @return the file names, such as {@code meetings.csv}
   * @since 0.1.0
   */
  public static ImmutableList<String> files() {
    return CsvTables.fileNames();
  }

  /**
   * Writes every CSV file and the data dictionary into the directory, creating it if needed and
   * replacing files of the same names. Each file is written to a temporary file first and then
   * moved into place, so none is ever left half written. Other files in the directory are left
   * alone.
   *
   * @param dataset the dataset
   * @param directory the directory
   * @return the files written: the CSV files in the order of {@link #files()}, then the data
   *     dictionary
   * @throws IOException if a file cannot be written
   * @since 0.1.0
   */
  public static ImmutableList<Path> write(Dataset dataset, Path directory) throws IOException {
    checkNotNull(dataset, "dataset");
    checkNotNull(directory, "directory");
    Files.createDirectories(directory);
    ImmutableList<CsvTable> tables = CsvTables.of(dataset);
    ImmutableList.Builder<Path> written = ImmutableList.builder();
    for (CsvTable t : tables) {
      written.add(replace(directory, t.file(), t.text()));
    }
    written.add(replace(directory, DATA_DICTIONARY, CsvDictionary.write(dataset.manifest(), tables)));
    return written.build();
  }

  /**
   * The text of one CSV file of the export.
   *
   * @param dataset the dataset
   * @param file a file name from {@link #files()}, such as {@code meetings.csv}
   * @return the file's text, header row first, each record ended by CRLF
   * @throws IllegalArgumentException if the name is not one of the export's files
   * @since 0.1.0
   */
  public static String toCsv(Dataset dataset, String file) {
    checkNotNull(dataset, "dataset");
    checkNotNull(file, "file");
    for (CsvTable t : CsvTables.of(dataset)) {
      if (t.file().equals(file)) {
        return t.text();
      }
    }
    checkArgument(false, "%s is not a file of the CSV export; the files are %s", file, files());
    throw new AssertionError();
  }

  /**
   * The text of the data dictionary, {@code README.md}: what the dataset is and how to cite it,
   * the conventions of the files, how to load them in R and pandas, and what every column of
   * every file holds.
   *
   * @param dataset the dataset
   * @return the Markdown text
   * @since 0.1.0
   */
  public static String dataDictionary(Dataset dataset) {
    checkNotNull(dataset, "dataset");
    Manifest manifest = dataset.manifest();
    return CsvDictionary.write(manifest, CsvTables.of(dataset));
  }

  private static Path replace(Path directory, String name, String text) throws IOException {
    Path target = directory.resolve(name);
    Path temp = Files.createTempFile(directory, name, ".tmp");
    try {
      Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
