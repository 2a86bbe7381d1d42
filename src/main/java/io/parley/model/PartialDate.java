package io.parley.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A date known to the day, to the month, or only to the year: ISO 8601 reduced precision, as
 * sources give dates ("in 1945", "late April", "on 20 March 2017").
 *
 * <pre>{@code
 * PartialDate d = PartialDate.parse("2017-04");
 * d.precision();                                 // MONTH
 * d.firstDay();                                  // 2017-04-01
 * d.lastDay();                                   // 2017-04-30
 * d.contains(LocalDate.parse("2017-04-27"));     // true
 * d.toString();                                  // "2017-04"
 * }</pre>
 *
 * <p><b>Order.</b> Partial dates are ordered by their first day, and where two share a first day,
 * the coarser precision comes first: {@code 2017 < 2017-01 < 2017-01-01 < 2017-01-02 < 2017-02}.
 * This is a total order consistent with {@link #equals}: two partial dates compare as equal
 * exactly when they have the same precision and the same first day.
 *
 * <p>Instances are immutable and thread-safe. Years run from 1 to 9999, written with four digits.
 *
 * @since 0.1.0
 */
public final class PartialDate implements Comparable<PartialDate> {

  /**
   * How much of a {@link PartialDate} is known.
   *
   * @since 0.1.0
   */
  public enum Precision {
    /** Only the year is known: {@code 1945}. */
    YEAR,
    /** The year and month are known: {@code 2017-04}. */
    MONTH,
    /** The full date is known: {@code 2017-04-27}. */
    DAY
  }

  private final int year;
  private final int month; // 0 when not known
  private final int day; // 0 when not known

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * A date known only to the year.
   *
   * @param year the year, 1 to 9999
   * @return the partial date
   * @throws IllegalArgumentException if the year is out of range
   * @since 0.1.0
   */
  public static PartialDate ofYear(int year) {
    checkArgument(year >= 1 && year <= 9999, "year %s is not in 1..9999", year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * A date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the partial date
   * @throws IllegalArgumentException if the year or month is out of range
   * @since 0.1.0
   */
  public static PartialDate ofMonth(int year, int month) {
    checkArgument(year >= 1 && year <= 9999, "year %s is not in 1..9999", year);
    checkArgument(month >= 1 && month <= 12, "month %s is not in 1..12", month);
    return new PartialDate(year, month, 0);
  }

  /**
   * A date known to the day.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month, valid for that month and year
   * @return the partial date
   * @throws IllegalArgumentException if the date does not exist, such as 2017-02-30
   * @since 0.1.0
   */
  public static PartialDate ofDay(int year, int month, int day) {
    checkArgument(year >= 1 && year <= 9999, "year %s is not in 1..9999", year);
    checkArgument(month >= 1 && month <= 12, "month %s is not in 1..12", month);
    // LocalDate rather than YearMonth: YearMonth's first use builds a formatter and bootstraps
    // lambdas, about 10 ms and 145 classes on a cold start (benchmarks/results/yearmonth-cost.txt).
    int length = LocalDate.of(year, month, 1).lengthOfMonth();
    checkArgument(
        day >= 1 && day <= length,
        "day %s is not in 1..%s for %s",
        day,
        length,
        year + "-" + (month < 10 ? "0" : "") + month);
    return new PartialDate(year, month, day);
  }

  /**
   * The partial date of a full {@link LocalDate}.
   *
   * @param date a date with a year from 1 to 9999
   * @return a partial date of {@link Precision#DAY} precision
   * @since 0.1.0
   */
  public static PartialDate of(LocalDate date) {
    checkNotNull(date, "date");
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, the form {@link #toString()}
   * writes.
   *
   * @param text the text to parse
   * @return the partial date
   * @throws DateTimeParseException if the text is not of one of the three forms, or names a
   *     month or day that does not exist (such as {@code 2017-13} or {@code 2017-02-30})
   * @since 0.1.0
   */
  public static PartialDate parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    int n = s.length();
    if (n != 4 && n != 7 && n != 10) {
      throw new DateTimeParseException(
          "'" + s + "' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD", s, 0);
    }
    int year = digits(s, 0, 4);
    if (n == 4) {
      return checked(s, year, 0, 0);
    }
    if (s.charAt(4) != '-') {
      throw new DateTimeParseException("'" + s + "' is not a partial date: expected '-' at 4", s, 4);
    }
    int month = digits(s, 5, 7);
    if (n == 7) {
      return checked(s, year, month, 0);
    }
    if (s.charAt(7) != '-') {
      throw new DateTimeParseException("'" + s + "' is not a partial date: expected '-' at 7", s, 7);
    }
    return checked(s, year, month, digits(s, 8, 10));
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeParseException(
            "'" + s + "' is not a partial date: expected a digit at " + i, s, i);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static PartialDate checked(String s, int year, int month, int day) {
    // The text's length, not a zero component, decides the precision: "2017-00" is no month.
    try {
      switch (s.length()) {
        case 4:
          return ofYear(year);
        case 7:
          return ofMonth(year, month);
        default:
          return ofDay(year, month, day);
      }
    } catch (IllegalArgumentException e) {
      throw new DateTimeParseException("'" + s + "' is not a date: " + e.getMessage(), s, 0, e);
    }
  }

  /**
   * How much of this date is known.
   *
   * @return the precision
   * @since 0.1.0
   */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * The year.
   *
   * @return the year, 1 to 9999
   * @since 0.1.0
   */
  public int year() {
    return year;
  }

  /**
   * The month, when known.
   *
   * @return the month, 1 to 12, or empty for {@link Precision#YEAR} precision
   * @since 0.1.0
   */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * The day of the month, when known.
   *
   * @return the day of the month, or empty unless the precision is {@link Precision#DAY}
   * @since 0.1.0
   */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * The first day this date can mean: itself, the first of its month, or the first of January.
   *
   * @return the earliest day covered
   * @since 0.1.0
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /**
   * The last day this date can mean: itself, the last of its month, or the 31st of December.
   *
   * @return the latest day covered
   * @since 0.1.0
   */
  public LocalDate lastDay() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      LocalDate first = LocalDate.of(year, month, 1);
      return first.withDayOfMonth(first.lengthOfMonth());
    }
    return LocalDate.of(year, 12, 31);
  }

  /**
   * The closed range of days this date covers.
   *
   * @return {@code [firstDay(), lastDay()]}
   * @since 0.1.0
   */
  public Range<LocalDate> days() {
    return Range.closed(firstDay(), lastDay());
  }

  /**
   * Whether the given day is one this date can mean.
   *
   * @param date a day
   * @return true if {@code firstDay() <= date <= lastDay()}
   * @since 0.1.0
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Whether every day the other date can mean is one this date can mean: {@code 2017} contains
   * {@code 2017-04} and {@code 2017-04-27}.
   *
   * @param other another partial date
   * @return true if the other's days lie within this one's
   * @since 0.1.0
   */
  public boolean contains(PartialDate other) {
    checkNotNull(other, "other");
    return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
  }

  /**
   * Whether this date certainly lies before the other: its last day is before the other's first.
   * {@code 2017-04} is before {@code 2017-05-01}, but {@code 2017} is not before {@code 2017-04}.
   *
   * @param other another partial date
   * @return true if every day of this date precedes every day of the other
   * @since 0.1.0
   */
  public boolean isBefore(PartialDate other) {
    checkNotNull(other, "other");
    return lastDay().isBefore(other.firstDay());
  }

  /**
   * Whether this date certainly lies after the other: its first day is after the other's last.
   *
   * @param other another partial date
   * @return true if every day of this date follows every day of the other
   * @since 0.1.0
   */
  public boolean isAfter(PartialDate other) {
    checkNotNull(other, "other");
    return firstDay().isAfter(other.lastDay());
  }

  /**
   * Compares by first day, then coarser precision first; see the class documentation.
   *
   * @param other the date to compare with
   * @return negative, zero or positive as this date sorts before, with or after the other
   * @since 0.1.0
   */
  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(Math.max(month, 1), Math.max(other.month, 1));
    }
    if (c == 0) {
      c = Integer.compare(Math.max(day, 1), Math.max(other.day, 1));
    }
    return c != 0 ? c : precision().compareTo(other.precision());
  }

  /**
   * Equal when the precision and every known component are equal.
   *
   * @param o another object
   * @return whether it is an equal partial date
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate
        && ((PartialDate) o).year == year
        && ((PartialDate) o).month == month
        && ((PartialDate) o).day == day;
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(year, month, day);
  }

  /**
   * The ISO 8601 form, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, which {@link
   * #parse} reads back.
   *
   * @return the text form
   * @since 0.1.0
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(10);
    pad(b, year, 4);
    if (month != 0) {
      pad(b.append('-'), month, 2);
    }
    if (day != 0) {
      pad(b.append('-'), day, 2);
    }
    return b.toString();
  }

  private static void pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }
}
