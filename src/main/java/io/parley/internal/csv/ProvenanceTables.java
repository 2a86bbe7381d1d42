package io.parley.internal.csv;

import static io.parley.internal.csv.CsvTables.ID;
import static io.parley.internal.csv.CsvTables.KINDS;
import static io.parley.internal.csv.CsvTables.agreements;
import static io.parley.internal.csv.CsvTables.countries;
import static io.parley.internal.csv.CsvTables.entities;
import static io.parley.internal.csv.CsvTables.features;
import static io.parley.internal.csv.CsvTables.id;
import static io.parley.internal.csv.CsvTables.kind;
import static io.parley.internal.csv.CsvTables.oneOf;
import static io.parley.internal.csv.CsvTables.parts;
import static io.parley.internal.csv.CsvTables.people;
import static io.parley.internal.csv.CsvTables.refRequired;
import static io.parley.internal.csv.CsvTables.seq;
import static io.parley.internal.csv.CsvTables.seqColumn;
import static io.parley.internal.csv.CsvTables.territories;
import static io.parley.internal.csv.CsvTables.text;

import io.parley.internal.csv.CsvTables.CitationRow;
import io.parley.internal.csv.CsvTables.NameRow;
import io.parley.internal.csv.CsvTables.NameUser;
import io.parley.internal.csv.CsvTables.NoteRow;
import io.parley.model.Agreement;
import io.parley.model.Citation;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import io.parley.model.Feature;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Person;
import io.parley.model.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The CSV tables that run across every kind of record: names and who uses them, citations
 * and notes.
 */
final class ProvenanceTables {
  private ProvenanceTables() {}

  /** Every name, of countries, people, territories with their features, and agreements. */
  static List<NameRow> allNames(Dataset d) {
    List<NameRow> rows = new ArrayList<>();
    addNames(rows, "country", d.countries(), Country::id, Country::names);
    addNames(rows, "person", d.people(), Person::id, Person::names);
    for (Territory t : d.territories()) {
      addNames(rows, "territory", List.of(t), Territory::id, Territory::names);
      addNames(rows, "feature", t.features(), Feature::id, Feature::names);
    }
    addNames(rows, "agreement", d.agreements(), Agreement::id, Agreement::names);
    return rows;
  }

  /** What a name in names.csv and name_users.csv may name: the kind column's values. */
  private static final List<String> NAMED_KINDS =
      List.of("country", "person", "territory", "feature", "agreement");

  static CsvTable names(Dataset d) {
    List<NameRow> rows = allNames(d);
    return new CsvTable.Spec<NameRow>("names.csv", "One row per name of a country, person,"
            + " territory, feature or agreement, in every language and script recorded.")
        .col(oneOf("kind", "what is named: country, person, territory, feature or agreement",
            NAMED_KINDS), NameRow::kind)
        .col(Column.text("id", "the id of what is named (in the file of its kind)").required()
            .pattern(ID), NameRow::id)
        .col(seqColumn("seq", "the name's place in the record's list, from 1"),
            n -> seq(n.seq()))
        .col(Column.text("text", "the name as written").required(), n -> n.name().text())
        .col(Column.text("language", "the BCP 47 language tag, such as en, ja, ru or zh-Hans")
            .required(), n -> n.name().language())
        .col("romanization", "the name in Latin script, where recorded",
            n -> text(n.name().romanization()))
        .primaryKey("kind", "id", "seq")
        .rows(rows);
  }

  static CsvTable nameUsers(Dataset d) {
    List<NameUser> rows = new ArrayList<>();
    for (NameRow n : allNames(d)) {
      for (String c : n.name().usedBy()) {
        rows.add(new NameUser(n.kind(), n.id(), n.seq(), c));
      }
    }
    return new CsvTable.Spec<NameUser>("name_users.csv", "One row per country that uses a name"
            + " (a name may be used by several countries, a country uses several names).")
        .col(oneOf("kind", "what is named, as in names.csv",
            NAMED_KINDS), NameUser::kind)
        .col(Column.text("id", "the id of what is named, as in names.csv").required()
            .pattern(ID), NameUser::id)
        .col(seqColumn("seq", "the name's seq in names.csv"), u -> seq(u.seq()))
        .col(refRequired("country", "the id of the country that uses the name (countries.csv)",
            "countries.csv"), NameUser::country)
        .primaryKey("kind", "id", "seq", "country")
        .foreignKey(List.of("kind", "id", "seq"), "names.csv", List.of("kind", "id", "seq"))
        .rows(rows);
  }

  static <T> void addNames(List<NameRow> rows, String kind, Iterable<T> records,
      Function<T, String> id, Function<T, List<Name>> names) {
    for (T r : records) {
      List<Name> list = names.apply(r);
      for (int i = 0; i < list.size(); i++) {
        rows.add(new NameRow(kind, id.apply(r), i + 1, list.get(i)));
      }
    }
  }

  static CsvTable citations(Dataset d) {
    List<CitationRow> rows = new ArrayList<>();
    for (Entity e : entities(d)) {
      String kind = kind(e);
      if (e instanceof io.parley.model.Cited) {
        cite(rows, kind, e.id(), "", 0, ((io.parley.model.Cited) e).citations());
      }
      if (e instanceof Country) {
        citeParts(rows, kind, e.id(), "membership", ((Country) e).memberships());
      } else if (e instanceof Person) {
        citeParts(rows, kind, e.id(), "tenure", ((Person) e).tenures());
      } else if (e instanceof Territory) {
        citeParts(rows, kind, e.id(), "feature", ((Territory) e).features());
        citeParts(rows, kind, e.id(), "administration", ((Territory) e).administration());
      } else if (e instanceof Agreement) {
        citeParts(rows, kind, e.id(), "provision", ((Agreement) e).provisions());
      } else if (e instanceof Meeting) {
        citeParts(rows, kind, e.id(), "side", ((Meeting) e).sides());
        citeParts(rows, kind, e.id(), "session", ((Meeting) e).sessions());
        citeParts(rows, kind, e.id(), "outcome", ((Meeting) e).outcomes());
      }
      citeParts(rows, kind, e.id(), "note", e.notes());
    }
    return new CsvTable.Spec<CitationRow>("citations.csv", "One row per citation: a source that"
            + " states a record, or a part of a record (a session, a tenure, a note, ...), with"
            + " the supporting excerpt.")
        .col(oneOf("kind", "the kind of record cited for: source, country, person, topic,"
            + " proposition, territory, claim, agreement, event, series, meeting or position",
            KINDS), CitationRow::kind)
        .col(Column.text("id", "the record's id (in the file of its kind)").required()
            .pattern(ID), CitationRow::id)
        .col(Column.text("part", "empty when the citation is for the record itself; else the"
            + " part: membership, tenure, feature, administration, provision, side, session,"
            + " outcome or note").values(List.of("membership", "tenure", "feature",
            "administration", "provision", "side", "session", "outcome", "note")),
            CitationRow::part)
        .col(Column.integer("part_seq", "the part's seq (in system_membership.csv, counted per"
            + " country; tenures.csv, features.csv, administration.csv, provisions.csv,"
            + " meeting_sides.csv, sessions.csv, outcomes.csv or notes.csv); empty for the record"
            + " itself")
            .minimum(1), c -> c.partSeq() == 0 ? "" : seq(c.partSeq()))
        .col(seqColumn("seq", "the citation's place in the list of the record or part, from 1"),
            c -> seq(c.seq()))
        .col(refRequired("source", "the source's id (sources.csv)", "sources.csv"),
            c -> c.citation().source())
        .col("excerpt", "the source's own words that support the fact, where recorded",
            c -> text(c.citation().excerpt()))
        .rows(rows);
  }

  static void cite(List<CitationRow> rows, String kind, String id, String part, int seq,
      List<Citation> citations) {
    for (int i = 0; i < citations.size(); i++) {
      rows.add(new CitationRow(kind, id, part, seq, i + 1, citations.get(i)));
    }
  }

  static void citeParts(List<CitationRow> rows, String kind, String id, String part,
      List<? extends io.parley.model.Cited> parts) {
    for (int i = 0; i < parts.size(); i++) {
      cite(rows, kind, id, part, i + 1, parts.get(i).citations());
    }
  }

  static CsvTable notes(Dataset d) {
    List<NoteRow> rows = new ArrayList<>();
    for (Entity e : entities(d)) {
      for (int i = 0; i < e.notes().size(); i++) {
        rows.add(new NoteRow(kind(e), e.id(), i + 1, e.notes().get(i)));
      }
    }
    return new CsvTable.Spec<NoteRow>("notes.csv", "One row per note on a record: where sources"
            + " disagree or one is wrong, which says what. Its sources are in citations.csv with"
            + " part note.")
        .col(oneOf("kind", "the kind of record, as in citations.csv", KINDS), NoteRow::kind)
        .col(Column.text("id", "the record's id (in the file of its kind)").required()
            .pattern(ID), NoteRow::id)
        .col(seqColumn("seq", "the note's place in the record's list, from 1"),
            n -> seq(n.seq()))
        .col(Column.text("text", "the note").required(), n -> n.note().text())
        .primaryKey("kind", "id", "seq")
        .rows(rows);
  }
}
