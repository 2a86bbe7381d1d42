package io.parley.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.internal.AtomicFiles;
import io.parley.internal.csv.CsvDictionary;
import io.parley.internal.csv.CsvTable;
import io.parley.internal.csv.CsvTables;
import io.parley.internal.csv.DataPackage;
import io.parley.model.Dataset;
import io.parley.model.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exports a dataset as CSV files that R, pandas, SQL engines and spreadsheets read as they are:
 * one file per kind of record, one per kind of part of a record (sessions, tenures, provisions,
 * ...), link tables for the many-to-many relations (meeting participants, the sources that state
 * each fact, the countries that use each name, ...), the meetings as CAMEO events, a {@code
 * datapackage.json} that describes them as a Frictionless Tabular Data Package (each column's type
 * and constraints, each file's primary and foreign keys, the licence, the data version and the
 * citation), and a {@code README.md} data dictionary that describes every column and how to load
 * the files with their types.
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
 * <p>In the data package, ids and codes are text ({@code string}, with a pattern where the code has
 * one: {@code [0-9]{3}} for the ISO numeric code, so that {@code 036} stays {@code 036}), state
 * numbers and sequence numbers {@code integer}, and dates text with a pattern, since a date known
 * only to the year is written as its first day and read with its {@code _precision} column. Every
 * file has a primary key except {@code citations.csv} (whose rows for a record itself have no
 * part), and every column that holds an id is a foreign key to the file of that kind.
 *
 * <p>The files, in order: {@code sources.csv}, {@code countries.csv} (with ISO 3166-1 alpha-2,
 * alpha-3 and numeric, Correlates of War, Gleditsch-Ward and Wikidata codes, under the names R's
 * countrycode and peacesciencer packages use: {@code iso2c}, {@code iso3c}, {@code iso3n}, {@code
 * ccode}, {@code cowc}, {@code gwcode}), {@code system_membership.csv} (the spells during which the
 * COW and Gleditsch-Ward lists count a state, where the dataset records them), {@code
 * people.csv}, {@code person_variants.csv}, {@code tenures.csv}, {@code topics.csv}, {@code
 * propositions.csv}, {@code proposition_exclusions.csv}, {@code territories.csv}, {@code
 * features.csv}, {@code administration.csv}, {@code claims.csv}, {@code agreements.csv}, {@code
 * agreement_parties.csv}, {@code agreement_topics.csv}, {@code provisions.csv}, {@code
 * events.csv}, {@code event_countries.csv}, {@code series.csv}, {@code meetings.csv}, {@code
 * sessions.csv}, {@code meeting_participants.csv}, {@code meeting_topics.csv}, {@code
 * outcomes.csv}, {@code positions.csv}, {@code names.csv}, {@code name_users.csv}, {@code
 * citations.csv}, {@code notes.csv} and {@code cameo.csv} (see {@link EventExport}); the README
 * lists every column of each.
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

  /**
   * The name of the Frictionless Data Package descriptor written beside the CSV files.
   *
   * @since 0.1.0
   */
  public static final String DATA_PACKAGE = DataPackage.FILE;

  private CsvExport() {}

  /**
   * The names of the CSV files an export writes, in order; the data package, {@link
   * #DATA_PACKAGE}, and the data dictionary, {@link #DATA_DICTIONARY}, are written beside them.
   *
   * @return the file names, such as {@code meetings.csv}
   * @since 0.1.0
   */
  public static ImmutableList<String> files() {
    return ImmutableList.<String>builder().addAll(CsvTables.fileNames())
        .add(EventExport.CAMEO_FILE).build();
  }

  /** Every table of the export, in file order: the dataset's, then the CAMEO events. */
  private static ImmutableList<CsvTable> tables(Dataset dataset) {
    return ImmutableList.<CsvTable>builder().addAll(CsvTables.of(dataset))
        .add(EventExport.cameoTable(EventExport.cameo(dataset))).build();
  }

  /**
   * Writes every CSV file, the data package and the data dictionary into the directory, creating
   * it if needed and replacing files of the same names. Each file is written to a temporary file
   * first and then moved into place, so none is ever left half written; the files get the
   * permissions any new file of yours gets. Other files in the directory are left alone.
   *
   * @param dataset the dataset
   * @param directory the directory
   * @return the files written: the CSV files in the order of {@link #files()}, then the data
   *     package and the data dictionary
   * @throws IOException if a file cannot be written
   * @since 0.1.0
   */
  public static ImmutableList<Path> write(Dataset dataset, Path directory) throws IOException {
    checkNotNull(dataset, "dataset");
    checkNotNull(directory, "directory");
    Files.createDirectories(directory);
    ImmutableList<CsvTable> tables = tables(dataset);
    ImmutableList.Builder<Path> written = ImmutableList.builder();
    for (CsvTable t : tables) {
      written.add(replace(directory, t.file(), t.text()));
    }
    written.add(replace(directory, DATA_PACKAGE, DataPackage.write(dataset.manifest(), tables)));
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
    for (CsvTable t : tables(dataset)) {
      if (t.file().equals(file)) {
        return t.text();
      }
    }
    checkArgument(false, "%s is not a file of the CSV export; the files are %s", file, files());
    throw new AssertionError();
  }

  /**
   * The text of the data dictionary, {@code README.md}: what the dataset is and how to cite it,
   * the conventions of the files, the country codes and state-system spells to join on, how to
   * load the files with their types in R, pandas, DuckDB and Spark, and what every column of every
   * file holds.
   *
   * @param dataset the dataset
   * @return the Markdown text
   * @since 0.1.0
   */
  public static String dataDictionary(Dataset dataset) {
    checkNotNull(dataset, "dataset");
    Manifest manifest = dataset.manifest();
    return CsvDictionary.write(manifest, tables(dataset));
  }

  /**
   * The text of the data package, {@code datapackage.json}: a Frictionless Tabular Data Package
   * (version 1 of the specifications) with a resource for each CSV file of {@link #files()} and
   * its Table Schema (each column's type, description and constraints, the primary key, the
   * foreign keys into the other files), and the dataset's title, version ({@code version}),
   * licence ({@code licenses}) and citation ({@code citation}).
   *
   * @param dataset the dataset
   * @return the JSON text, ending with a line feed
   * @since 0.1.0
   */
  public static String dataPackage(Dataset dataset) {
    checkNotNull(dataset, "dataset");
    return DataPackage.write(dataset.manifest(), tables(dataset));
  }

  private static Path replace(Path directory, String name, String text) throws IOException {
    return AtomicFiles.write(directory, name, text.getBytes(StandardCharsets.UTF_8));
  }
}
