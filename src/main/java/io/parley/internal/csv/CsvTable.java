package io.parley.internal.csv;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One table of a CSV export: its file name, what one row is, its columns with what each means
 * (for the export's data dictionary), and its rows as text.
 */
public final class CsvTable {
  private final String file;
  private final String about;
  private final ImmutableList<String> columns;
  private final ImmutableList<String> meanings;
  private final ImmutableList<ImmutableList<String>> rows;

  private CsvTable(String file, String about, ImmutableList<String> columns,
      ImmutableList<String> meanings, ImmutableList<ImmutableList<String>> rows) {
    this.file = file;
    this.about = about;
    this.columns = columns;
    this.meanings = meanings;
    this.rows = rows;
  }

  public String file() {
    return file;
  }

  /** What one row is, as a sentence. */
  public String about() {
    return about;
  }

  public ImmutableList<String> columns() {
    return columns;
  }

  /** What each column holds, in column order. */
  public ImmutableList<String> meanings() {
    return meanings;
  }

  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** The file's text: a header record, then one record per row. */
  public String text() {
    StringBuilder b = new StringBuilder(256 + rows.size() * 64);
    Csv.record(b, columns);
    for (List<String> row : rows) {
      Csv.record(b, row);
    }
    return b.toString();
  }

  /** Declares a table's columns, each with how to read it off a row object, then takes the rows. */
  static final class Spec<R> {
    private final String file;
    private final String about;
    private final List<String> names = new ArrayList<>();
    private final List<String> meanings = new ArrayList<>();
    private final List<Function<R, String>> getters = new ArrayList<>();

    Spec(String file, String about) {
      this.file = file;
      this.about = about;
    }

    Spec<R> col(String name, String meaning, Function<R, String> getter) {
      names.add(name);
      meanings.add(meaning);
      getters.add(getter);
      return this;
    }

    CsvTable rows(Iterable<? extends R> records) {
      ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
      for (R r : records) {
        ImmutableList.Builder<String> row = ImmutableList.builderWithExpectedSize(getters.size());
        for (Function<R, String> g : getters) {
          row.add(g.apply(r));
        }
        rows.add(row.build());
      }
      return new CsvTable(file, about, ImmutableList.copyOf(names), ImmutableList.copyOf(meanings),
          rows.build());
    }
  }
}
