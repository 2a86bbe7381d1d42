package io.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.parley.model.PartialDate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One PLOVER event record: a meeting as a {@code CONSULT} event, with its mode and context, in the
 * JSON fields of the PLOVER manual, draft 2.0. {@link EventExport#plover(io.parley.model.Dataset)}
 * makes one for each meeting; the class documentation of {@link EventExport} gives the mapping.
 *
 * <pre>{@code
 * PloverEvent e = EventExport.plover(dataset).get(0);
 * e.actor();       // [RUS]: the visitor
 * e.recipient();   // [JPN]: the host
 * e.mode();        // [visit]
 * e.toJson();      // {"id":"jp-ru-2plus2-2013","date":"2013-11-01","enddate":"2013-11-02",...}
 * }</pre>
 *
 * <p>{@link #toJson()} writes one line of JSON, as the manual suggests for JSON Lines files
 * ("newline-delimited JSON (JSONL)"), with these fields in the order of the manual's table "PLOVER
 * JSON" (chapter "Data Fields"):
 *
 * <ul>
 *   <li>{@code id}, the meeting's id; {@code date}, its first day; {@code enddate}, its last day,
 *       only when it differs;
 *   <li>{@code date_precision} and {@code enddate_precision}, {@code month} or {@code year}, only
 *       when the meeting's first or last date is not known to the day: fields of Parley's own,
 *       since PLOVER dates are full days (its {@code date} and {@code enddate} are then the first
 *       and last days of the month or year);
 *   <li>{@code actor} and {@code recipient}, lists of entity objects, each with the {@code code}
 *       (an ISO 3166-1 alpha-3 code) and the {@code sector} {@code GOV} (table "Information object
 *       for entities"); the recipient only where there is one, the host of a visit ("{@code actor}
 *       and {@code recipient} replace {@code source} and {@code target}");
 *   <li>{@code event}, the list {@code ["CONSULT"]}; {@code event_loc}, a location object with the
 *       fields {@code city} (where known), {@code country} (the English name) and {@code
 *       country_code} (the ISO 3166-1 alpha-3 code, "to match the actor/recipient countries";
 *       table "Location object");
 *   <li>{@code quad_code}, {@code 1}: verbal cooperation, CONSULT's quad category;
 *   <li>{@code mode}, a list left out when empty: {@code visit}, {@code third-party} or {@code
 *       phone}, and {@code multilateral} for a meeting at a summit of a group of states (table
 *       "CONSULT modes");
 *   <li>{@code context}, a list: {@code diplomatic}, with {@code military} and {@code territory}
 *       where they apply (table "General contexts");
 *   <li>{@code link}, the meeting's series, where it has one;
 *   <li>{@code cite_info}, a citation object (table "Information object for citations"): {@code
 *       corpus} names the dataset; {@code citation}, {@code url}, {@code title}, {@code language}
 *       and {@code publication} describe the meeting's first source; {@code codebook} is {@link
 *       #CODEBOOK}, the codebook the record follows; {@code version} is the dataset's version;
 *   <li>{@code comment}, the meeting's format and occasion.
 * </ul>
 *
 * <p>Instances are immutable.
 *
 * <p>Source: Open Event Data Alliance, <i>PLOVER: Political Language Ontology for Verifiable Event
 * Records. Event, Actor and Data Interchange Specification</i>, draft version 2.0, {@code
 * https://github.com/openeventdata/PLOVER} ({@code PLOVER_MANUAL.tex}, last changed 2024-02-04,
 * commit 5e0c24f).
 *
 * @since 0.1.0
 */
public final class PloverEvent {
  /**
   * The codebook every record follows, as its {@code cite_info} names it: the PLOVER manual, draft
   * 2.0 of February 2024.
   *
   * @since 0.1.0
   */
  public static final String CODEBOOK = "plover-2.0-draft-2024-02";

  private static final JsonFactory JSON = new JsonFactory();

  private final String id;
  private final LocalDate date;
  private final LocalDate lastDay;
  private final PartialDate.Precision precision;
  private final PartialDate.Precision endPrecision;
  private final ImmutableList<String> actor;
  private final ImmutableList<String> recipient;
  private final ImmutableList<String> mode;
  private final ImmutableList<String> context;
  private final ImmutableMap<String, String> location;
  private final Optional<String> link;
  private final ImmutableMap<String, String> citeInfo;
  private final String comment;

  PloverEvent(String id, LocalDate date, LocalDate lastDay, PartialDate.Precision precision,
      PartialDate.Precision endPrecision, ImmutableList<String> actor,
      ImmutableList<String> recipient, ImmutableList<String> mode, ImmutableList<String> context,
      ImmutableMap<String, String> location, Optional<String> link,
      ImmutableMap<String, String> citeInfo, String comment) {
    this.id = id;
    this.date = date;
    this.lastDay = lastDay;
    this.precision = precision;
    this.endPrecision = endPrecision;
    this.actor = actor;
    this.recipient = recipient;
    this.mode = mode;
    this.context = context;
    this.location = location;
    this.link = link;
    this.citeInfo = citeInfo;
    this.comment = comment;
  }

  /**
   * The record's identifier: the meeting's id, unique within the dataset.
   *
   * @return the id
   * @since 0.1.0
   */
  public String id() {
    return id;
  }

  /**
   * The {@code date}: the meeting's first day (the first day of the month or year, where the
   * meeting is known only to those; see {@link #datePrecision()}).
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The {@code enddate}: the meeting's last day, when it differs from {@link #date()}.
   *
   * @return the end date, or empty
   * @since 0.1.0
   */
  public Optional<LocalDate> endDate() {
    return lastDay.equals(date) ? Optional.empty() : Optional.of(lastDay);
  }

  /**
   * The {@code date_precision}: how much of the meeting's first date is known, when it is not
   * known to the day.
   *
   * @return {@code MONTH} or {@code YEAR}, or empty for a date known to the day
   * @since 0.1.0
   */
  public Optional<PartialDate.Precision> datePrecision() {
    return precision == PartialDate.Precision.DAY ? Optional.empty() : Optional.of(precision);
  }

  /**
   * The {@code enddate_precision}: how much of the meeting's last date is known, when it is not
   * known to the day.
   *
   * @return {@code MONTH} or {@code YEAR}, or empty for a date known to the day
   * @since 0.1.0
   */
  public Optional<PartialDate.Precision> endDatePrecision() {
    return endPrecision == PartialDate.Precision.DAY ? Optional.empty() : Optional.of(endPrecision);
  }

  /**
   * The {@code actor} entities, as ISO 3166-1 alpha-3 codes: the visitor of a hosted visit, or
   * both parties where neither hosted.
   *
   * @return one or two codes
   * @since 0.1.0
   */
  public ImmutableList<String> actor() {
    return actor;
  }

  /**
   * The {@code recipient} entities: the host of a hosted visit; empty otherwise.
   *
   * @return zero or one code
   * @since 0.1.0
   */
  public ImmutableList<String> recipient() {
    return recipient;
  }

  /**
   * The {@code event} categories: always {@code CONSULT}.
   *
   * @return the list {@code [CONSULT]}
   * @since 0.1.0
   */
  public ImmutableList<String> event() {
    return ImmutableList.of("CONSULT");
  }

  /**
   * The {@code mode} of the consultation: {@code visit}, {@code third-party} or {@code phone},
   * then {@code multilateral} for a meeting at a summit of a group of states.
   *
   * @return the modes, none where the dataset does not say how the parties met
   * @since 0.1.0
   */
  public ImmutableList<String> mode() {
    return mode;
  }

  /**
   * The {@code context} categories: {@code diplomatic}, with {@code military} for a 2+2 or a
   * meeting of or with defence ministers, and {@code territory} when a topic on the agenda is a
   * territory.
   *
   * @return the contexts
   * @since 0.1.0
   */
  public ImmutableList<String> context() {
    return context;
  }

  /**
   * The {@code event_loc} object: {@code city} (where known), {@code country} (its English name)
   * and {@code country_code} (ISO 3166-1 alpha-3), in that order.
   *
   * @return the location's fields
   * @since 0.1.0
   */
  public ImmutableMap<String, String> location() {
    return location;
  }

  /**
   * The {@code link}: the id of the meeting's series, which ties the rounds of a series together.
   *
   * @return the series id, or empty
   * @since 0.1.0
   */
  public Optional<String> link() {
    return link;
  }

  /**
   * The {@code cite_info} object, in the manual's order of its fields: {@code corpus}, {@code
   * citation}, {@code url}, {@code title}, {@code language}, {@code publication}, {@code codebook}
   * and {@code version}, each present where known ({@code corpus}, {@code codebook} and {@code
   * version} always).
   *
   * @return the citation's fields
   * @since 0.1.0
   */
  public ImmutableMap<String, String> citeInfo() {
    return citeInfo;
  }

  /**
   * The {@code comment}: the meeting's format and, where recorded, its occasion.
   *
   * @return the comment
   * @since 0.1.0
   */
  public String comment() {
    return comment;
  }

  /**
   * The record as one line of JSON, without a line break; see the class documentation.
   *
   * @return the JSON text
   * @since 0.1.0
   */
  public String toJson() {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("date", date.toString());
      if (endDate().isPresent()) {
        g.writeStringField("enddate", lastDay.toString());
      }
      if (datePrecision().isPresent()) {
        g.writeStringField("date_precision", precision.name().toLowerCase(Locale.ROOT));
      }
      if (endDatePrecision().isPresent()) {
        g.writeStringField("enddate_precision", endPrecision.name().toLowerCase(Locale.ROOT));
      }
      entities(g, "actor", actor);
      if (!recipient.isEmpty()) {
        entities(g, "recipient", recipient);
      }
      strings(g, "event", event());
      object(g, "event_loc", location);
      g.writeNumberField("quad_code", 1);
      if (!mode.isEmpty()) {
        strings(g, "mode", mode);
      }
      strings(g, "context", context);
      if (link.isPresent()) {
        g.writeStringField("link", link.get());
      }
      object(g, "cite_info", citeInfo);
      g.writeStringField("comment", comment);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void entities(JsonGenerator g, String field, ImmutableList<String> codes)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String code : codes) {
      g.writeStartObject();
      g.writeStringField("code", code);
      g.writeStringField("sector", "GOV");
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String field, ImmutableList<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void object(JsonGenerator g, String field, Map<String, String> values)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, String> e : values.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /**
   * Equal when every field is equal.
   *
   * @param o another object
   * @return whether it is an equal record
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PloverEvent)) {
      return false;
    }
    PloverEvent e = (PloverEvent) o;
    return id.equals(e.id) && date.equals(e.date) && lastDay.equals(e.lastDay)
        && precision == e.precision && endPrecision == e.endPrecision && actor.equals(e.actor)
        && recipient.equals(e.recipient) && mode.equals(e.mode) && context.equals(e.context)
        && location.equals(e.location) && link.equals(e.link) && citeInfo.equals(e.citeInfo)
        && comment.equals(e.comment);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, date, lastDay, actor, recipient, mode, context, link);
  }

  /**
   * The JSON text, {@link #toJson()}.
   *
   * @return the JSON text
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return toJson();
  }
}
