package io.parley.internal.csv;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One table of a CSV export: its file name, what one row is, its columns (each with its name,
 * meaning, type and constraints), its keys, and its rows as text. The one declaration of a table:
 * the file, the data dictionary and the Table Schema in {@code datapackage.json} are all written
 * from it.
 */
public final class CsvTable {
  private final String file;
  private final String about;
  private final ImmutableList<Column> columns;
  private final ImmutableList<String> primaryKey;
  private final ImmutableList<ForeignKey> foreignKeys;
  private final ImmutableList<SourceRef> sources;
  private final ImmutableList<ImmutableList<String>> rows;

  private CsvTable(String file, String about, ImmutableList<Column> columns,
      ImmutableList<String> primaryKey, ImmutableList<ForeignKey> foreignKeys,
      ImmutableList<SourceRef> sources, ImmutableList<ImmutableList<String>> rows) {
    this.file = file;
    this.about = about;
    this.columns = columns;
    this.primaryKey = primaryKey;
    this.foreignKeys = foreignKeys;
    this.sources = sources;
    this.rows = rows;
  }

  public String file() {
    return file;
  }

  /** The resource name in the data package: the file name without {@code .csv}. */
  public String name() {
    return file.substring(0, file.length() - ".csv".length());
  }

  /** What one row is, as a sentence. */
  public String about() {
    return about;
  }

  public ImmutableList<Column> columns() {
    return columns;
  }

  /** The column names, in order. */
  public ImmutableList<String> columnNames() {
    ImmutableList.Builder<String> names = ImmutableList.builderWithExpectedSize(columns.size());
    for (Column c : columns) {
      names.add(c.name());
    }
    return names.build();
  }

  /** The columns whose values together identify a row; empty if the table has no such key. */
  public ImmutableList<String> primaryKey() {
    return primaryKey;
  }

  /**
   * The references to other tables (or to this one): single columns that hold an id, declared with
   * {@link Column#references}, then composite keys declared on the table.
   */
  public ImmutableList<ForeignKey> foreignKeys() {
    ImmutableList.Builder<ForeignKey> all = ImmutableList.builder();
    for (Column c : columns) {
      if (c.references().isPresent()) {
        all.add(new ForeignKey(ImmutableList.of(c.name()), c.references().get(),
            ImmutableList.of("id")));
      }
    }
    return all.addAll(foreignKeys).build();
  }

  /** The publications the table's rows are taken from, where the table is from outside data. */
  public ImmutableList<SourceRef> sources() {
    return sources;
  }

  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** The file's text: a header record, then one record per row. */
  public String text() {
    StringBuilder b = new StringBuilder(256 + rows.size() * 64);
    Csv.record(b, columnNames());
    for (List<String> row : rows) {
      Csv.record(b, row);
    }
    return b.toString();
  }

  /** Columns {@code fields} of a table refer to columns {@code referenced} of table {@code file}. */
  public record ForeignKey(ImmutableList<String> fields, String file, ImmutableList<String> referenced) {}

  /** A publication a table is taken from: its title and address. */
  public record SourceRef(String title, String path) {}

  /**
   * Declares a table's columns, each with how to read it off a row object, and its keys; then
   * takes the rows.
   *
   * @param <R> the row object
   */
  public static final class Spec<R> {
    private final String file;
    private final String about;
    private final List<Column> columns = new ArrayList<>();
    private final List<Function<R, String>> getters = new ArrayList<>();
    private ImmutableList<String> primaryKey = ImmutableList.of();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private ImmutableList<SourceRef> sources = ImmutableList.of();

    public Spec(String file, String about) {
      this.file = file;
      this.about = about;
    }

    /** A column of text, with what it holds. */
    public Spec<R> col(String name, String meaning, Function<R, String> getter) {
      return col(Column.text(name, meaning), getter);
    }

    /** A column as declared. */
    public Spec<R> col(Column column, Function<R, String> getter) {
      columns.add(column);
      getters.add(getter);
      return this;
    }

    /** The columns that identify a row. */
    public Spec<R> primaryKey(String... names) {
      primaryKey = ImmutableList.copyOf(names);
      return this;
    }

    /** Columns that together refer to the primary key of table {@code file}. */
    public Spec<R> foreignKey(List<String> fields, String file, List<String> referenced) {
      foreignKeys.add(new ForeignKey(ImmutableList.copyOf(fields), file,
          ImmutableList.copyOf(referenced)));
      return this;
    }

    /** Where the table's rows come from. */
    public Spec<R> sources(List<SourceRef> from) {
      sources = ImmutableList.copyOf(from);
      return this;
    }

    public CsvTable rows(Iterable<? extends R> records) {
      ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
      for (R r : records) {
        ImmutableList.Builder<String> row = ImmutableList.builderWithExpectedSize(getters.size());
        for (Function<R, String> g : getters) {
          row.add(g.apply(r));
        }
        rows.add(row.build());
      }
      return new CsvTable(file, about, ImmutableList.copyOf(columns), primaryKey,
          ImmutableList.copyOf(foreignKeys), sources, rows.build());
    }
  }
}
