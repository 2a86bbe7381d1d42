package io.parley.io;

import io.parley.model.PartialDate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One CAMEO-coded event: on a date, a source actor did what the code says to a target actor.
 * {@link EventExport#cameo(io.parley.model.Dataset)} makes two for each meeting, one in each
 * direction, as CAMEO codes a meeting; the class documentation of {@link EventExport} gives the
 * mapping.
 *
 * <pre>{@code
 * CameoEvent e = EventExport.cameo(dataset).get(0);
 * e.source();          // "RUS": the visitor
 * e.code();            // MAKE_A_VISIT, "042"
 * e.target();          // "JPN": the host
 * e.toString();        // "2013-11-01\tRUS\tJPN\t042\tjp-ru-2plus2-2013"
 * }</pre>
 *
 * <p>Actors are ISO 3166-1 alpha-3 codes, which CAMEO's state actor codes follow; {@link
 * #sourceCountry()} and {@link #targetCountry()} give the dataset's ids, to join on. Instances
 * are immutable.
 *
 * @since 0.1.0
 */
public final class CameoEvent {
  private final String meeting;
  private final LocalDate date;
  private final LocalDate endDate;
  private final PartialDate.Precision precision;
  private final String source;
  private final String target;
  private final String sourceCountry;
  private final String targetCountry;
  private final CameoCode code;

  CameoEvent(String meeting, LocalDate date, LocalDate endDate, PartialDate.Precision precision,
      String source, String target, String sourceCountry, String targetCountry, CameoCode code) {
    this.meeting = meeting;
    this.date = date;
    this.endDate = endDate;
    this.precision = precision;
    this.source = source;
    this.target = target;
    this.sourceCountry = sourceCountry;
    this.targetCountry = targetCountry;
    this.code = code;
  }

  /**
   * The id of the meeting the event codes.
   *
   * @return a meeting id
   * @since 0.1.0
   */
  public String meeting() {
    return meeting;
  }

  /**
   * The event's date: the meeting's first day (for a meeting known only to the month or year,
   * the first day of that month or year; see {@link #precision()}).
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The meeting's last day: the same as {@link #date()} for a one-day meeting.
   *
   * @return the last day
   * @since 0.1.0
   */
  public LocalDate endDate() {
    return endDate;
  }

  /**
   * How much of the meeting's first date is known.
   *
   * @return the precision
   * @since 0.1.0
   */
  public PartialDate.Precision precision() {
    return precision;
  }

  /**
   * The source actor: the ISO 3166-1 alpha-3 code of the state that acted.
   *
   * @return a code such as {@code JPN}
   * @since 0.1.0
   */
  public String source() {
    return source;
  }

  /**
   * The target actor: the ISO 3166-1 alpha-3 code of the state acted upon.
   *
   * @return a code such as {@code RUS}
   * @since 0.1.0
   */
  public String target() {
    return target;
  }

  /**
   * The dataset's id of the source actor's country.
   *
   * @return a country id such as {@code jp}
   * @since 0.1.0
   */
  public String sourceCountry() {
    return sourceCountry;
  }

  /**
   * The dataset's id of the target actor's country.
   *
   * @return a country id such as {@code ru}
   * @since 0.1.0
   */
  public String targetCountry() {
    return targetCountry;
  }

  /**
   * The CAMEO event code.
   *
   * @return the code
   * @since 0.1.0
   */
  public CameoCode code() {
    return code;
  }

  /**
   * Equal when every attribute is equal.
   *
   * @param o another object
   * @return whether it is an equal event
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CameoEvent)) {
      return false;
    }
    CameoEvent e = (CameoEvent) o;
    return meeting.equals(e.meeting) && date.equals(e.date) && endDate.equals(e.endDate)
        && precision == e.precision && source.equals(e.source) && target.equals(e.target)
        && sourceCountry.equals(e.sourceCountry) && targetCountry.equals(e.targetCountry)
        && code == e.code;
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(meeting, date, endDate, precision, source, target, code);
  }

  /**
   * The event as a classic tab-separated event-data line: date, source, target, code, then the
   * meeting's id.
   *
   * @return the line, such as {@code 2013-11-01\tRUS\tJPN\t042\tjp-ru-2plus2-2013}
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return date + "\t" + source + "\t" + target + "\t" + code.code() + "\t" + meeting;
  }
}
