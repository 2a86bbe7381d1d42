package io.parley.internal.csv;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One column of a CSV table: its name, what it holds, and what a reader may rely on (its Table
 * Schema type, whether it is always filled, a pattern or list of values, the table it refers to).
 * Immutable; each {@code with} method returns a new column.
 */
public final class Column {
  /** The Table Schema types the export uses. */
  public enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN;

    /** The type's name in a Table Schema, such as {@code string}. */
    public String schemaName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A date written as the first day it can mean, YYYY-MM-DD; its precision follows it. */
  public static final String DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

  private final String name;
  private final String meaning;
  private final Type type;
  private final boolean required;
  private final boolean unique;
  private final Optional<String> pattern;
  private final ImmutableList<String> values;
  private final OptionalInt minimum;
  private final OptionalInt maximum;
  private final Optional<String> references;
  private final Optional<String> precisionOf;
  private final boolean lastDay;

  private Column(String name, String meaning, Type type, boolean required, boolean unique,
      Optional<String> pattern, ImmutableList<String> values, OptionalInt minimum,
      OptionalInt maximum, Optional<String> references, Optional<String> precisionOf) {
    this(name, meaning, type, required, unique, pattern, values, minimum, maximum, references,
        precisionOf, false);
  }

  private Column(String name, String meaning, Type type, boolean required, boolean unique,
      Optional<String> pattern, ImmutableList<String> values, OptionalInt minimum,
      OptionalInt maximum, Optional<String> references, Optional<String> precisionOf,
      boolean lastDay) {
    this.name = name;
    this.meaning = meaning;
    this.type = type;
    this.required = required;
    this.unique = unique;
    this.pattern = pattern;
    this.values = values;
    this.minimum = minimum;
    this.maximum = maximum;
    this.references = references;
    this.precisionOf = precisionOf;
    this.lastDay = lastDay;
  }

  /** Free text, possibly empty. */
  public static Column text(String name, String meaning) {
    return new Column(name, meaning, Type.STRING, false, false, Optional.empty(),
        ImmutableList.of(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
        Optional.empty());
  }

  /** A whole number, possibly empty. */
  public static Column integer(String name, String meaning) {
    return text(name, meaning).type(Type.INTEGER);
  }

  /** A decimal number, possibly empty. */
  public static Column number(String name, String meaning) {
    return text(name, meaning).type(Type.NUMBER);
  }

  /** {@code true} or {@code false}, possibly empty. */
  public static Column bool(String name, String meaning) {
    return text(name, meaning).type(Type.BOOLEAN);
  }

  /**
   * A partial date written as its first day ({@code YYYY-MM-DD}), typed as text: a reader must
   * take its precision, in the column named {@code name + "_precision"}, with it.
   */
  public static Column date(String name, String meaning) {
    return text(name, meaning).pattern(DATE_PATTERN);
  }

  /**
   * A partial date written as its last day ({@code YYYY-MM-DD}), as event data dates the end of
   * an event; typed as text, with its precision in the column named {@code name + "_precision"}.
   */
  public static Column lastDay(String name, String meaning) {
    Column c = date(name, meaning);
    return new Column(c.name, c.meaning, c.type, c.required, c.unique, c.pattern, c.values,
        c.minimum, c.maximum, c.references, c.precisionOf, true);
  }

  /** The precision column of the date column {@code of}: {@code day}, {@code month} or {@code year}. */
  public static Column precision(String of, String meaning) {
    Column c = text(of + "_precision", meaning).values(List.of("day", "month", "year"));
    return new Column(c.name, c.meaning, c.type, c.required, c.unique, c.pattern, c.values,
        c.minimum, c.maximum, c.references, Optional.of(of));
  }

  private Column type(Type t) {
    return new Column(name, meaning, t, required, unique, pattern, values, minimum, maximum,
        references, precisionOf, lastDay);
  }

  /** Never empty. */
  public Column required() {
    return new Column(name, meaning, type, true, unique, pattern, values, minimum, maximum,
        references, precisionOf, lastDay);
  }

  /** Never empty, and no two rows share a value. */
  public Column unique() {
    return new Column(name, meaning, type, true, true, pattern, values, minimum, maximum,
        references, precisionOf, lastDay);
  }

  /**
   * Every value matches the regular expression as a whole. Table Schema patterns follow XML
   * Schema's syntax, in which a pattern always matches the whole value and {@code ^} and {@code $}
   * are not anchors: write {@code [0-9]{3}}, not {@code ^[0-9]{3}$}.
   */
  public Column pattern(String regex) {
    return new Column(name, meaning, type, required, unique, Optional.of(regex), values, minimum,
        maximum, references, precisionOf, lastDay);
  }

  /** Every value is one of these. */
  public Column values(List<String> allowed) {
    return new Column(name, meaning, type, required, unique, pattern,
        ImmutableList.copyOf(allowed), minimum, maximum, references, precisionOf, lastDay);
  }

  /** Every value lies from {@code min} to {@code max}. */
  public Column range(int min, int max) {
    return new Column(name, meaning, type, required, unique, pattern, values, OptionalInt.of(min),
        OptionalInt.of(max), references, precisionOf, lastDay);
  }

  /** Every value lies at or above {@code min}. */
  public Column minimum(int min) {
    return new Column(name, meaning, type, required, unique, pattern, values, OptionalInt.of(min),
        maximum, references, precisionOf, lastDay);
  }

  /** Every value is the {@code id} of a row of table {@code file}. */
  public Column references(String file) {
    return new Column(name, meaning, type, required, unique, pattern, values, minimum, maximum,
        Optional.of(file), precisionOf, lastDay);
  }

  public String name() {
    return name;
  }

  public String meaning() {
    return meaning;
  }

  public Type type() {
    return type;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isUnique() {
    return unique;
  }

  public Optional<String> pattern() {
    return pattern;
  }

  public ImmutableList<String> values() {
    return values;
  }

  public OptionalInt minimum() {
    return minimum;
  }

  public OptionalInt maximum() {
    return maximum;
  }

  /** The file whose {@code id} column this column's values are, if it refers to one. */
  public Optional<String> references() {
    return references;
  }

  /** Whether this column holds partial dates written as their first day. */
  public boolean isDate() {
    return pattern.isPresent() && pattern.get().equals(DATE_PATTERN);
  }

  /** Whether a date column holds the last day a date can mean rather than the first. */
  public boolean isLastDay() {
    return lastDay;
  }

  /** For a precision column, the name of its date column. */
  public Optional<String> precisionOf() {
    return precisionOf;
  }
}
