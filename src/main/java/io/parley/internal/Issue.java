package io.parley.internal;

import java.util.Optional;

/**
 * One problem found while mapping or validating records, before it is given a file name and
 * turned into a public {@code Problem}: the kind and index of the record, its id where known, the
 * field path, the place (0 where not yet known) and the reason.
 */
public final class Issue {
  private final RecordKind kind;
  private final int index;
  private final Optional<String> record;
  private final Optional<String> field;
  private final int line;
  private final int column;
  private final String reason;

  public Issue(
      RecordKind kind,
      int index,
      Optional<String> record,
      Optional<String> field,
      int line,
      int column,
      String reason) {
    this.kind = kind;
    this.index = index;
    this.record = record;
    this.field = field;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public RecordKind kind() {
    return kind;
  }

  /** The record's index in its file (0-based), or -1 for a problem with the file as a whole. */
  public int index() {
    return index;
  }

  public Optional<String> record() {
    return record;
  }

  public Optional<String> field() {
    return field;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }

  /** The same issue at a place found later. */
  /** The same issue with another reason. */
  public Issue because(String reason) {
    return new Issue(kind, index, record, field, line, column, reason);
  }

  public Issue at(int line, int column) {
    return new Issue(kind, index, record, field, line, column, reason);
  }

  @Override
  public String toString() {
    return kind.file() + ":" + line + ":" + column + " " + kind.singular() + " " + record.orElse("")
        + " " + field.orElse("") + ": " + reason;
  }
}
