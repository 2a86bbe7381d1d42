package io.parley.internal.csv;

import static io.parley.internal.csv.CsvTables.DATE;
import static io.parley.internal.csv.CsvTables.date;
import static io.parley.internal.csv.CsvTables.id;
import static io.parley.internal.csv.CsvTables.number;
import static io.parley.internal.csv.CsvTables.oneOf;
import static io.parley.internal.csv.CsvTables.parts;
import static io.parley.internal.csv.CsvTables.precision;
import static io.parley.internal.csv.CsvTables.ref;
import static io.parley.internal.csv.CsvTables.refRequired;
import static io.parley.internal.csv.CsvTables.seq;
import static io.parley.internal.csv.CsvTables.seqColumn;
import static io.parley.internal.csv.CsvTables.text;

import io.parley.internal.csv.CsvTables.Attendance;
import io.parley.internal.csv.CsvTables.Part;
import io.parley.internal.discourse.Questions;
import io.parley.model.Dataset;
import io.parley.model.HolderKind;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.MeetingMode;
import io.parley.model.Office;
import io.parley.model.Participant;
import io.parley.model.Place;
import io.parley.model.Position;
import io.parley.model.Relation;
import io.parley.model.Session;
import io.parley.model.SessionKind;
import io.parley.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV tables of meetings and of what was said at and between them: meetings, their
 * sessions and participants, positions, and the congruence and conflict edges.
 */
final class MeetingTables {
  private MeetingTables() {}

  static CsvTable meetings(Dataset d) {
    return new CsvTable.Spec<Meeting>("meetings.csv", "One row per bilateral meeting.")
        .col(id("id", "the meeting's id"), Meeting::id)
        .col(refRequired("party_a", "the id of the first party (countries.csv)", "countries.csv"),
            m -> m.parties().get(0))
        .col(refRequired("party_b", "the id of the second party (countries.csv)",
            "countries.csv"), m -> m.parties().get(1))
        .col(oneOf("format", "summit, two-plus-two, foreign-ministers, defence-ministers,"
            + " vice-ministerial, working-level, phone-call or other", MeetingFormat.ids()),
            m -> m.format().id())
        .col(oneOf("mode", "in-person, video or telephone; for video and telephone, where each"
            + " side sat is in meeting_sides.csv", MeetingMode.ids()), m -> m.mode().id())
        .col(date("start", DATE.replace("the date", "the meeting's first date")).required(),
            m -> date(m.span().start()))
        .col(precision("start").required(), m -> precision(m.span().start()))
        .col(date("end", DATE.replace("the date", "the meeting's last date") + " (the same as"
            + " start for a one-day meeting)").required(), m -> date(m.span().end()))
        .col(precision("end").required(), m -> precision(m.span().end()))
        .col("city", "the city, in English, where known; empty for a meeting by video or"
            + " telephone", m -> text(m.place().flatMap(Place::city)))
        .col(ref("country", "the id of the country it took place in (countries.csv); empty for a"
            + " meeting by video or telephone", "countries.csv"),
            m -> m.place().map(Place::country).orElse(""))
        .col("venue", "the venue, where a source names one",
            m -> text(m.place().flatMap(Place::venue)))
        .col(ref("host", "the id of the party that hosted; empty for a meeting at a third"
            + " location", "countries.csv"), m -> text(m.host()))
        .col("occasion", "the occasion, such as a summit on whose sidelines it took place",
            m -> text(m.occasion()))
        .col(ref("series", "the id of the series it belongs to, such as jp-ru-2plus2"
            + " (series.csv)", "series.csv"), m -> text(m.series()))
        .col(Column.integer("number", "its round in the series, where a source gives it")
            .minimum(1), m -> number(m.number()))
        .primaryKey("id")
        .rows(d.meetings());
  }

  static CsvTable sessions(Dataset d) {
    return new CsvTable.Spec<Part<Meeting, Session>>("sessions.csv", "One row per session of a"
            + " meeting.")
        .col(refRequired("meeting", "the meeting's id (meetings.csv)", "meetings.csv"),
            p -> p.parent().id())
        .col(seqColumn("seq", "the session's place in the meeting's list, from 1"),
            p -> seq(p.seq()))
        .col(oneOf("kind", "plenary, joint, foreign-ministers, defence-ministers, leaders,"
            + " tete-a-tete, working-meal, press-conference, signing or other",
            SessionKind.ids()), p -> p.child().kind().id())
        .col(date("date", DATE.replace("the date", "the session's date")).required(),
            p -> date(p.child().date()))
        .col(precision("date").required(), p -> precision(p.child().date()))
        .col("city", "the session's city, where it differs from the meeting's",
            p -> text(p.child().place().flatMap(Place::city)))
        .col(ref("country", "the id of the session's country, where its place differs from the"
            + " meeting's", "countries.csv"), p -> p.child().place().map(Place::country).orElse(""))
        .col("venue", "the session's venue, where it differs from the meeting's",
            p -> text(p.child().place().flatMap(Place::venue)))
        .primaryKey("meeting", "seq")
        .rows(parts(d.meetings(), Meeting::sessions));
  }

  static CsvTable participants(Dataset d) {
    List<Attendance> rows = new ArrayList<>();
    for (Meeting m : d.meetings()) {
      for (int s = 0; s < m.sessions().size(); s++) {
        for (Participant p : m.sessions().get(s).participants()) {
          rows.add(new Attendance(m, s + 1, p));
        }
      }
    }
    return new CsvTable.Spec<Attendance>("meeting_participants.csv", "One row per person who took"
            + " part in a session of a meeting.")
        .col(refRequired("meeting", "the meeting's id (meetings.csv)", "meetings.csv"),
            a -> a.meeting().id())
        .col(seqColumn("session", "the session's seq (sessions.csv)"), a -> seq(a.session()))
        .col(refRequired("person", "the person's id (people.csv)", "people.csv"),
            a -> a.participant().person())
        .col(oneOf("office", "the office in which they took part (as in tenures.csv)",
            Office.ids()), a -> a.participant().office().id())
        .col(refRequired("country", "the id of the country they spoke for (countries.csv)",
            "countries.csv"), a -> a.participant().country())
        .primaryKey("meeting", "session", "person")
        .foreignKey(List.of("meeting", "session"), "sessions.csv", List.of("meeting", "seq"))
        .rows(rows);
  }

  static CsvTable positions(Dataset d) {
    return new CsvTable.Spec<Position>("positions.csv", "One row per position: what someone said on"
            + " a topic, and when.")
        .col(id("id", "the position's id"), Position::id)
        .col(oneOf("holder_kind", "government, official, unnamed-official or analyst",
            HolderKind.ids()), p -> p.holder().kind().id())
        .col(ref("holder_country", "the id of the state it is attributed to (countries.csv);"
            + " empty for an analyst", "countries.csv"), p -> text(p.holder().country()))
        .col(ref("holder_person", "the id of the person who stated it (people.csv), if named",
            "people.csv"), p -> text(p.holder().person()))
        .col("holder_description", "how the source describes an unnamed official, or an"
            + " analyst's affiliation", p -> text(p.holder().description()))
        .col(refRequired("topic", "the topic's id (topics.csv)", "topics.csv"), Position::topic)
        .col(oneOf("stance", "the stance taken, such as asserts, supports or rejects",
            Stance.ids()), p -> p.stance().id())
        .col(Column.text("summary", "what was said, in a sentence of the dataset's own")
            .required(), Position::summary)
        .col("quote", "the exact words, as the source quotes them", p -> text(p.quote()))
        .col(date("date", DATE.replace("the date", "the date it was said")).required(),
            p -> date(p.date()))
        .col(precision("date").required(), p -> precision(p.date()))
        .col(ref("meeting", "the id of the meeting it was stated at (meetings.csv), if any",
            "meetings.csv"), p -> text(p.meeting()))
        .col(ref("proposition", "the id of the proposition it takes a side on"
            + " (propositions.csv), if coded", "propositions.csv"), p -> text(p.proposition()))
        .col(Column.bool("agrees", "true if the holder agrees with the proposition, false if"
            + " not; empty if not coded"), p -> p.agrees().map(String::valueOf).orElse(""))
        .primaryKey("id")
        .rows(d.positions());
  }

  /**
   * The congruence and conflict network of discourse network analysis, as an edge list network
   * tools read (igraph's graph_from_data_frame, networkx's from_pandas_edgelist, Gephi): for each
   * pair of countries and each question both have spoken to, their latest statements, where they
   * agree or conflict.
   */
  static CsvTable discourseEdges(Dataset d) {
    Questions questions = new Questions(d.propositions());
    java.util.TreeSet<String> countries = new java.util.TreeSet<>();
    for (Position p : d.positions()) {
      if (p.proposition().isPresent() && p.holder().kind() != io.parley.model.HolderKind.ANALYST) {
        p.holder().country().ifPresent(countries::add);
      }
    }
    List<Position> ordered = new ArrayList<>(d.positions());
    ordered.sort(java.util.Comparator.comparing(Position::date));
    java.util.Map<String, java.util.Map<String, Position>> latest = new java.util.HashMap<>();
    for (String c : countries) {
      latest.put(c, questions.latest(ordered, c, null));
    }
    List<EdgeRow> rows = new ArrayList<>();
    for (String a : countries) {
      for (String b : countries.tailSet(a, false)) {
        for (Questions.Row r : questions.between(latest.get(a), latest.get(b))) {
          if (r.relation() == Relation.CONFLICT || r.relation() == Relation.CONGRUENCE) {
            rows.add(new EdgeRow(a, b, r));
          }
        }
      }
    }
    return new CsvTable.Spec<EdgeRow>("discourse_edges.csv", "One row per pair of countries and"
            + " question (a proposition with those it excludes) on which their latest statements"
            + " agree or conflict: the congruence and conflict network of discourse network"
            + " analysis, an edge list for igraph, networkx or Gephi.")
        .col(refRequired("country_a", "one country's id (countries.csv); the first of the two by"
            + " id", "countries.csv"), EdgeRow::a)
        .col(refRequired("country_b", "the other country's id (countries.csv)", "countries.csv"),
            EdgeRow::b)
        .col(oneOf("relation", "conflict or congruence", List.of(Relation.CONFLICT.id(),
            Relation.CONGRUENCE.id())), e -> e.row().relation().id())
        .col(refRequired("topic", "the topic's id (topics.csv)", "topics.csv"),
            e -> e.row().topic())
        .col(refRequired("question", "the question's first proposition id (propositions.csv); the"
            + " question is it and the propositions it excludes (proposition_exclusions.csv)",
            "propositions.csv"), e -> e.row().question())
        .col(refRequired("position_a", "country_a's latest statement on the question"
            + " (positions.csv)", "positions.csv"), e -> e.row().first().id())
        .col(refRequired("position_b", "country_b's latest statement on the question"
            + " (positions.csv)", "positions.csv"), e -> e.row().second().id())
        .col(Column.integer("gap_days", "days between the first possible days of the two"
            + " statements' dates").minimum(0).required(),
            e -> Long.toString(Math.abs(e.row().first().date().firstDay().toEpochDay()
                - e.row().second().date().firstDay().toEpochDay())))
        .primaryKey("country_a", "country_b", "question")
        .rows(rows);
  }

  record EdgeRow(String a, String b, Questions.Row row) {}
}
