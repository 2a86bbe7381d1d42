package io.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One PLOVER event record: a meeting as a {@code CONSULT} event, with its mode and context, in the
 * JSON fields of the PLOVER specification. {@link EventExport#plover(io.parley.model.Dataset)}
 * makes one for each meeting; the class documentation of {@link EventExport} gives the mapping.
 *
 * <pre>{@code
 * PloverEvent e = EventExport.plover(dataset).get(0);
 * e.source();      // [RUS]: the visitor
 * e.recipient();   // [JPN]: the host
 * e.mode();        // [visit]
 * e.toJson();      // {"id":"jp-ru-2plus2-2013","date":"2013-11-01","enddate":"2013-11-02",...}
 * }</pre>
 *
 * <p>{@link #toJson()} writes one line of JSON, as the specification suggests for JSON Lines
 * files, with these fields in the order of the specification's table of JSON fields: {@code id},
 * {@code date}, {@code enddate} (only when the meeting lasted more than one day, or its date is
 * not known to the day), {@code source} and {@code recipient} (lists of actor objects, each with
 * the actor {@code code}, an ISO 3166-1 alpha-3 code, and the {@code sector} {@code GOV}; the
 * recipient only where there is one), {@code event} (the list {@code ["CONSULT"]}), {@code
 * event_loc} (a location object with the GeoNames field names the specification adopts: {@code
 * name} for the city, {@code country code} and {@code cc3}), {@code quad_code} ({@code 1}, verbal
 * cooperation, the quad category of CONSULT), {@code mode} (a list, left out when empty), {@code
 * context} (a list), {@code link} (the meeting's series, where it has one), {@code cite_info} (a
 * citation object for the meeting's first source: {@code corpus} and {@code version} name the
 * dataset; {@code citation}, {@code url}, {@code title}, {@code language} and {@code publication}
 * describe the source) and {@code comment} (the meeting's format and occasion). Instances are
 * immutable.
 *
 * <p>Source: Open Event Data Alliance, <i>PLOVER: Political Language Ontology for Verifiable Event
 * Records. Event, Actor and Data Interchange Specification</i>, draft version 0.7b1, {@code
 * https://github.com/openeventdata/PLOVER} ({@code PLOVER_MANUAL.tex}): the sections "CONSULT",
 * "Compound and Reciprocal Actors" and "JSON Data Fields", and its tables of actor, citation and
 * location objects.
 *
 * @since 0.1.0
 */
public final class PloverEvent {
  private static final JsonFactory JSON = new JsonFactory();

  private final String id;
  private final LocalDate date;
  private final Optional<LocalDate> endDate;
  private final ImmutableList<String> source;
  private final ImmutableList<String> recipient;
  private final ImmutableList<String> mode;
  private final ImmutableList<String> context;
  private final ImmutableMap<String, String> location;
  private final Optional<String> link;
  private final ImmutableMap<String, String> citeInfo;
  private final String comment;

  PloverEvent(String id, LocalDate date, Optional<LocalDate> endDate, ImmutableList<String> source,
      ImmutableList<String> recipient, ImmutableList<String> mode, ImmutableList<String> context,
      ImmutableMap<String, String> location, Optional<String> link,
      ImmutableMap<String, String> citeInfo, String comment) {
    this.id = id;
    this.date = date;
    this.endDate = endDate;
    this.source = source;
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
   * meeting is known only to those).
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
    return endDate;
  }

  /**
   * The {@code source} actors, as ISO 3166-1 alpha-3 codes: the visitor of a hosted visit, or
   * both parties where neither hosted.
   *
   * @return one or two codes
   * @since 0.1.0
   */
  public ImmutableList<String> source() {
    return source;
  }

  /**
   * The {@code recipient} actors: the host of a hosted visit; empty otherwise.
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
   * The {@code mode} of the consultation: {@code visit}, {@code third-party} or {@code phone}.
   *
   * @return one mode, or none where the dataset does not say how the parties met
   * @since 0.1.0
   */
  public ImmutableList<String> mode() {
    return mode;
  }

  /**
   * The {@code context} categories: {@code diplomatic}, with {@code military} for a 2+2 or a
   * defence ministers' meeting and {@code resource} (territory) when a topic on the agenda is a
   * territory.
   *
   * @return the contexts
   * @since 0.1.0
   */
  public ImmutableList<String> context() {
    return context;
  }

  /**
   * The {@code event_loc} object: {@code name} (the city, where known), {@code country code}
   * (ISO 3166-1 alpha-2) and {@code cc3} (alpha-3), in that order.
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
   * The {@code cite_info} object, in the specification's order of its fields: {@code corpus},
   * {@code citation}, {@code url}, {@code title}, {@code language}, {@code publication} and {@code
   * version}, each present where known.
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
      if (endDate.isPresent()) {
        g.writeStringField("enddate", endDate.get().toString());
      }
      actors(g, "source", source);
      if (!recipient.isEmpty()) {
        actors(g, "recipient", recipient);
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

  private static void actors(JsonGenerator g, String field, ImmutableList<String> codes)
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
    return id.equals(e.id) && date.equals(e.date) && endDate.equals(e.endDate)
        && source.equals(e.source) && recipient.equals(e.recipient) && mode.equals(e.mode)
        && context.equals(e.context) && location.equals(e.location) && link.equals(e.link)
        && citeInfo.equals(e.citeInfo) && comment.equals(e.comment);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, date, endDate, source, recipient, mode, context, link);
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
