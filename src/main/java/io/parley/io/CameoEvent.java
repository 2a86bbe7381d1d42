package io.parley.io;

import io.parley.model.PartialDate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One CAMEO-coded event: on a date, a source actor did what the code says to a target actor.
 * {@link EventExport#cameo(io.parley.model.Dataset)} makes them from meetings, in both directions
 * and for each pair of agents that met; the class documentation of {@link EventExport} gives the
 * mapping.
 *
 * <pre>{@code
 * CameoEvent e = EventExport.cameo(dataset).get(0);
 * e.id();              // "jp-ru-2plus2-2013:1"
 * e.source();          // "RUSGOV": the visitor, its government
 * e.code();            // MAKE_A_VISIT, "042", Goldstein 1.9
 * e.target();          // "JPNGOV": the host
 * e.toString();        // "2013-11-01\tRUSGOV\tJPNGOV\t042\tjp-ru-2plus2-2013:1"
 * }</pre>
 *
 * <p>Actor codes are CAMEO's: a state's three-letter code (its ISO 3166-1 alpha-3 code, which
 * CAMEO's state codes follow) and an agent, {@code GOV} for a government or {@code GOVMIL} for its
 * defence ministry ({@code JPNGOV}, {@code JPNGOVMIL}). {@link #sourceCountry()} and {@link
 * #targetCountry()} give the dataset's ids, to join on. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class CameoEvent {
  private final String id;
  private final String meeting;
  private final LocalDate date;
  private final PartialDate.Precision precision;
  private final LocalDate endDate;
  private final PartialDate.Precision endPrecision;
  private final String source;
  private final String target;
  private final String sourceCountry;
  private final String targetCountry;
  private final CameoCode code;

  CameoEvent(String id, String meeting, LocalDate date, PartialDate.Precision precision,
      LocalDate endDate, PartialDate.Precision endPrecision, String source, String target,
      String sourceCountry, String targetCountry, CameoCode code) {
    this.id = id;
    this.meeting = meeting;
    this.date = date;
    this.precision = precision;
    this.endDate = endDate;
    this.endPrecision = endPrecision;
    this.source = source;
    this.target = target;
    this.sourceCountry = sourceCountry;
    this.targetCountry = targetCountry;
    this.code = code;
  }

  /**
   * The event's id: the meeting's id, a colon and the event's place among the meeting's events,
   * from 1. Unique within an export, and the same for the same meeting data.
   *
   * @return an id such as {@code jp-ru-2plus2-2013:1}
   * @since 0.1.0
   */
  public String id() {
    return id;
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
   * How much of the meeting's first date is known.
   *
   * @return the precision
   * @since 0.1.0
   */
  public PartialDate.Precision precision() {
    return precision;
  }

  /**
   * The meeting's last day: the same as {@link #date()} for a one-day meeting; the last day of
   * the month or year for a meeting known only to those (see {@link #endPrecision()}).
   *
   * @return the last day
   * @since 0.1.0
   */
  public LocalDate endDate() {
    return endDate;
  }

  /**
   * How much of the meeting's last date is known.
   *
   * @return the precision
   * @since 0.1.0
   */
  public PartialDate.Precision endPrecision() {
    return endPrecision;
  }

  /**
   * The source actor's CAMEO code: the state's code and the agent.
   *
   * @return a code such as {@code JPNGOV} or {@code JPNGOVMIL}
   * @since 0.1.0
   */
  public String source() {
    return source;
  }

  /**
   * The source actor's state: the first three letters of {@link #source()}, its ISO 3166-1
   * alpha-3 code (for a former state, the code it had).
   *
   * @return a code such as {@code JPN}
   * @since 0.1.0
   */
  public String sourceCountryCode() {
    return source.substring(0, 3);
  }

  /**
   * The source actor's agent: the rest of {@link #source()}.
   *
   * @return {@code GOV} or {@code GOVMIL}
   * @since 0.1.0
   */
  public String sourceAgent() {
    return source.substring(3);
  }

  /**
   * The target actor's CAMEO code: the state's code and the agent.
   *
   * @return a code such as {@code RUSGOV}
   * @since 0.1.0
   */
  public String target() {
    return target;
  }

  /**
   * The target actor's state: the first three letters of {@link #target()}.
   *
   * @return a code such as {@code RUS}
   * @since 0.1.0
   */
  public String targetCountryCode() {
    return target.substring(0, 3);
  }

  /**
   * The target actor's agent: the rest of {@link #target()}.
   *
   * @return {@code GOV} or {@code GOVMIL}
   * @since 0.1.0
   */
  public String targetAgent() {
    return target.substring(3);
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
   * The CAMEO event code, with its root code, quad class and Goldstein score.
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
    return id.equals(e.id) && meeting.equals(e.meeting) && date.equals(e.date)
        && precision == e.precision && endDate.equals(e.endDate) && endPrecision == e.endPrecision
        && source.equals(e.source) && target.equals(e.target)
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
    return Objects.hash(id, date, source, target, code);
  }

  /**
   * The event as a classic tab-separated event-data line: date, source, target, code, then the
   * event's id.
   *
   * @return the line, such as {@code 2013-11-01\tRUSGOV\tJPNGOV\t042\tjp-ru-2plus2-2013:1}
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return date + "\t" + source + "\t" + target + "\t" + code.code() + "\t" + id;
  }
}
