package io.parley.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time between two {@link PartialDate}s, or from one onward with no end yet: a
 * two-day visit, a minister's tenure, a claim that still stands.
 *
 * <pre>{@code
 * DateSpan visit = DateSpan.of(PartialDate.parse("2013-11-01"), PartialDate.parse("2013-11-02"));
 * DateSpan tenure = DateSpan.from(PartialDate.parse("2004-03-09"));   // still open
 * tenure.contains(LocalDate.parse("2017-03-20"));                      // true
 * DateSpan.parse("2013-11-01/2013-11-02").equals(visit);               // true
 * }</pre>
 *
 * <p>The end is never before the start: an end whose last day precedes the start's first day is
 * refused. A span over one date, {@link #of(PartialDate)}, is closed and covers that date's days.
 * Spans are ordered by start, then closed before open, then by end.
 *
 * @since 0.1.0
 */
public final class DateSpan implements Comparable<DateSpan> {

  private final PartialDate start;
  private final Optional<PartialDate> end;

  private DateSpan(PartialDate start, Optional<PartialDate> end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The closed span of one date.
   *
   * @param date the date
   * @return a span starting and ending at {@code date}
   * @since 0.1.0
   */
  public static DateSpan of(PartialDate date) {
    checkNotNull(date, "date");
    return new DateSpan(date, Optional.of(date));
  }

  /**
   * The closed span from {@code start} to {@code end}.
   *
   * @param start the first date
   * @param end the last date
   * @return the span
   * @throws IllegalArgumentException if {@code end} lies wholly before {@code start}
   * @since 0.1.0
   */
  public static DateSpan of(PartialDate start, PartialDate end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(
        !end.lastDay().isBefore(start.firstDay()), "end %s is before start %s", end, start);
    return new DateSpan(start, Optional.of(end));
  }

  /**
   * The open span from {@code start} onward, with no end yet.
   *
   * @param start the first date
   * @return the open span
   * @since 0.1.0
   */
  public static DateSpan from(PartialDate start) {
    checkNotNull(start, "start");
    return new DateSpan(start, Optional.empty());
  }

  /**
   * Parses the form {@link #toString()} writes: {@code 2013-11-01} (one date), {@code
   * 2013-11-01/2013-11-02} (closed) or {@code 2004-03-09/..} (open).
   *
   * @param text the text
   * @return the span
   * @throws DateTimeParseException if a date is malformed or the end is before the start
   * @since 0.1.0
   */
  public static DateSpan parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      return of(PartialDate.parse(s));
    }
    PartialDate start = PartialDate.parse(s.substring(0, slash));
    String rest = s.substring(slash + 1);
    if (rest.equals("..")) {
      return from(start);
    }
    PartialDate end = PartialDate.parse(rest);
    try {
      return of(start, end);
    } catch (IllegalArgumentException e) {
      throw new DateTimeParseException(e.getMessage(), s, slash + 1, e);
    }
  }

  /**
   * The first date.
   *
   * @return the start
   * @since 0.1.0
   */
  public PartialDate start() {
    return start;
  }

  /**
   * The last date, or empty while the span is open.
   *
   * @return the end
   * @since 0.1.0
   */
  public Optional<PartialDate> end() {
    return end;
  }

  /**
   * Whether the span has no end yet.
   *
   * @return true for an open span
   * @since 0.1.0
   */
  public boolean isOpen() {
    return end.isEmpty();
  }

  /**
   * The first day the span can cover.
   *
   * @return {@code start().firstDay()}
   * @since 0.1.0
   */
  public LocalDate firstDay() {
    return start.firstDay();
  }

  /**
   * The last day the span can cover, or empty while open.
   *
   * @return the end's last day
   * @since 0.1.0
   */
  public Optional<LocalDate> lastDay() {
    return end.isPresent() ? Optional.of(end.get().lastDay()) : Optional.empty();
  }

  /**
   * Whether the day may lie within the span: on or after the start's first day, and on or before
   * the end's last day (any day onward, for an open span).
   *
   * @param date a day
   * @return whether the span covers it
   * @since 0.1.0
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(start.firstDay())
        && (end.isEmpty() || !date.isAfter(end.get().lastDay()));
  }

  /**
   * Whether every day of the date lies within the span.
   *
   * @param date a partial date
   * @return whether the span covers all of it
   * @since 0.1.0
   */
  public boolean contains(PartialDate date) {
    checkNotNull(date, "date");
    return contains(date.firstDay()) && contains(date.lastDay());
  }

  /**
   * Whether the span shares at least one day with the closed range {@code [from, to]}.
   *
   * @param from the first day of the range
   * @param to the last day of the range, not before {@code from}
   * @return whether they overlap
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @since 0.1.0
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "to %s is before from %s", to, from);
    return !to.isBefore(start.firstDay())
        && (end.isEmpty() || !from.isAfter(end.get().lastDay()));
  }

  /**
   * Orders by start, then closed before open, then by end.
   *
   * @param other the span to compare with
   * @return negative, zero or positive
   * @since 0.1.0
   */
  @Override
  public int compareTo(DateSpan other) {
    int c = start.compareTo(other.start);
    if (c != 0) {
      return c;
    }
    if (end.isEmpty() || other.end.isEmpty()) {
      return Boolean.compare(end.isEmpty(), other.end.isEmpty());
    }
    return end.get().compareTo(other.end.get());
  }

  /**
   * Equal when start and end are equal.
   *
   * @param o another object
   * @return whether it is an equal span
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DateSpan
        && ((DateSpan) o).start.equals(start)
        && ((DateSpan) o).end.equals(end);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * The ISO 8601 interval form: {@code 2013-11-01} when start and end are the same date, {@code
   * 2013-11-01/2013-11-02}, or {@code 2004-03-09/..} when open.
   *
   * @return the text form, which {@link #parse} reads back
   * @since 0.1.0
   */
  @Override
  public String toString() {
    if (end.isEmpty()) {
      return start + "/..";
    }
    return end.get().equals(start) ? start.toString() : start + "/" + end.get();
  }
}
