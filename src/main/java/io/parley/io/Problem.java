package io.parley.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a dataset: where it is (file, line, column), which record and field, and
 * why, in a message a data editor can act on.
 *
 * <pre>{@code
 * meetings.json:42:17 meeting jp-ru-2plus2-2017 field sessions[1].participants[0].person:
 *     no person with id "sergei-lavrov" (did you mean "sergey-lavrov"?)
 * }</pre>
 *
 * <p>Line and column are 1-based and point at the start of the offending value; the column counts
 * characters (Unicode code points), as an editor does, not bytes. They are 0 where a problem has
 * no place in a file (a missing file, or a dataset built in code).
 *
 * @since 0.1.0
 */
public final class Problem {
  private final String file;
  private final int line;
  private final int column;
  private final Optional<String> kind;
  private final Optional<String> record;
  private final Optional<String> field;
  private final String reason;

  private Problem(
      String file,
      int line,
      int column,
      Optional<String> kind,
      Optional<String> record,
      Optional<String> field,
      String reason) {
    this.file = checkNotNull(file, "file");
    checkArgument(line >= 0 && column >= 0, "line %s and column %s must not be negative", line, column);
    this.line = line;
    this.column = column;
    this.kind = kind;
    this.record = record;
    this.field = field;
    this.reason = checkNotNull(reason, "reason");
  }

  /**
   * A problem with a whole file, such as a missing file or a syntax error.
   *
   * @param file the file name, such as {@code meetings.json}
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @param reason what is wrong
   * @return the problem
   * @since 0.1.0
   */
  public static Problem inFile(String file, int line, int column, String reason) {
    return new Problem(
        file, line, column, Optional.empty(), Optional.empty(), Optional.empty(), reason);
  }

  /**
   * A problem with a field of a record.
   *
   * @param file the file name
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @param kind the kind of record in the singular, such as {@code meeting}
   * @param record the record's id, or empty where it has none yet
   * @param field the field's path in the record, such as {@code sessions[1].date}, or empty for
   *     the record as a whole
   * @param reason what is wrong
   * @return the problem
   * @since 0.1.0
   */
  public static Problem inRecord(
      String file,
      int line,
      int column,
      String kind,
      Optional<String> record,
      Optional<String> field,
      String reason) {
    return new Problem(file, line, column, Optional.of(kind), record, field, reason);
  }

  /**
   * The file's name within the dataset directory, such as {@code meetings.json}.
   *
   * @return the file name
   * @since 0.1.0
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line, or 0 where the problem has no place in a file.
   *
   * @return the line
   * @since 0.1.0
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column, or 0 where the problem has no place in a file.
   *
   * @return the column
   * @since 0.1.0
   */
  public int column() {
    return column;
  }

  /**
   * The kind of record, in the singular, such as {@code meeting}.
   *
   * @return the kind, or empty for a problem with a whole file
   * @since 0.1.0
   */
  public Optional<String> kind() {
    return kind;
  }

  /**
   * The id of the record.
   *
   * @return the id, or empty where the record has none (or no valid one)
   * @since 0.1.0
   */
  public Optional<String> record() {
    return record;
  }

  /**
   * The path of the field within the record, such as {@code sessions[1].participants[0].person}.
   *
   * @return the field path, or empty
   * @since 0.1.0
   */
  public Optional<String> field() {
    return field;
  }

  /**
   * What is wrong.
   *
   * @return the reason
   * @since 0.1.0
   */
  public String reason() {
    return reason;
  }

  /**
   * Equal when every part is equal.
   *
   * @param o another object
   * @return whether it is an equal problem
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return file.equals(p.file)
        && line == p.line
        && column == p.column
        && kind.equals(p.kind)
        && record.equals(p.record)
        && field.equals(p.field)
        && reason.equals(p.reason);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, kind, record, field, reason);
  }

  /**
   * The one-line form: {@code file:line:column kind id field path: reason}.
   *
   * @return the message
   * @since 0.1.0
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line).append(':').append(column);
    }
    kind.ifPresent(k -> b.append(' ').append(k));
    record.ifPresent(r -> b.append(' ').append(r));
    field.ifPresent(f -> b.append(" field ").append(f));
    return b.append(": ").append(reason).toString();
  }
}
