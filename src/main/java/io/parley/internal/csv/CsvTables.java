package io.parley.internal.csv;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.parley.internal.RecordKind;
import io.parley.model.Administration;
import io.parley.model.Agreement;
import io.parley.model.Citation;
import io.parley.model.ClaimStatus;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.DateSpan;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Name;
import io.parley.model.Note;
import io.parley.model.Office;
import io.parley.model.Outcome;
import io.parley.model.PartialDate;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Proposition;
import io.parley.model.Provision;
import io.parley.model.Series;
import io.parley.model.Side;
import io.parley.model.Source;
import io.parley.model.SourceKind;
import io.parley.model.StateSystem;
import io.parley.model.SystemMembership;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The tables of the CSV export of a dataset: one per kind of record, one per kind of part of a
 * record (tenures, sessions, provisions, ...), and link tables for the many-to-many relations
 * (meeting participants, the countries that use a name, the sources that state a fact, ...).
 * The one definition of the export's files, their columns (name, meaning, type, constraints) and
 * keys; the data dictionary and the Table Schemas of {@code datapackage.json} are written from it.
 *
 * <p>Dates are written as the first day the date can mean ({@code YYYY-MM-DD}), with its
 * precision ({@code day}, {@code month} or {@code year}) in the column after it, so that nothing
 * of what is known is lost; their Table Schema type is {@code string}, since a date known to the
 * year is not the day it is written as. Sequence numbers ({@code seq}) count from 1 in the order
 * the dataset gives.
 */
public final class CsvTables {
  private CsvTables() {}

  /** A part of a record, with its place among its siblings (from 1). */
  record Part<P, C>(P parent, int seq, C child) {}

  /** One participant of one session of a meeting. */
  record Attendance(Meeting meeting, int session, Participant participant) {}

  /** A name of a record of some kind, with its place among the record's names. */
  record NameRow(String kind, String id, int seq, Name name) {}

  /** A country that uses a name. */
  record NameUser(String kind, String id, int seq, String country) {}

  /** A citation of a record, or of one of its parts ({@code part} empty for the record itself). */
  record CitationRow(String kind, String id, String part, int partSeq, int seq,
      Citation citation) {}

  /** A note on a record. */
  record NoteRow(String kind, String id, int seq, Note note) {}

  /** A link between a record and another record's id. */
  record Link(String id, String other) {}

  static final String DATE = "the first day of the date: the day itself, or the first day"
      + " of the month or year when only those are known (YYYY-MM-DD)";
  static final String PRECISION = "how much of the date before is known: day, month or year";

  /** A record's id, as the dataset format allows it. */
  static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

  /** What is cited, named or noted: the singular names of the record kinds and of features. */
  static final ImmutableList<String> KINDS = kinds();

  static ImmutableList<String> kinds() {
    ImmutableList.Builder<String> k = ImmutableList.builder();
    for (RecordKind kind : RecordKind.records()) {
      k.add(kind.singular());
    }
    return k.add("feature").build();
  }

  /** The id column of a kind of record: never empty, unique. */
  static Column id(String name, String meaning) {
    return Column.text(name, meaning).unique().pattern(ID);
  }

  /** A column that holds the id of a row of {@code file}, empty where the record has none. */
  static Column ref(String name, String meaning, String file) {
    return Column.text(name, meaning).pattern(ID).references(file);
  }

  /** A column that always holds the id of a row of {@code file}. */
  static Column refRequired(String name, String meaning, String file) {
    return ref(name, meaning, file).required();
  }

  /** A place in a list, from 1. */
  static Column seqColumn(String name, String meaning) {
    return Column.integer(name, meaning).required().minimum(1);
  }

  /** One of the ids of an enumeration of the model. */
  static Column oneOf(String name, String meaning, List<String> ids) {
    return Column.text(name, meaning).required().values(ids);
  }

  static Column date(String name, String meaning) {
    return Column.date(name, meaning);
  }

  static Column precision(String of) {
    return Column.precision(of, PRECISION);
  }

  /** The file names, in order; the same for every dataset. */
  public static ImmutableList<String> fileNames() {
    return FileNames.NAMES;
  }

  private static final class FileNames {
    static final ImmutableList<String> NAMES = names();

    private static ImmutableList<String> names() {
      Dataset empty = Dataset.builder()
          .manifest(Manifest.builder().format(Manifest.CURRENT_FORMAT).dataVersion("2000.1")
              .title("none").license("none").citation("none").build())
          .build();
      ImmutableList.Builder<String> names = ImmutableList.builder();
      for (CsvTable t : of(empty)) {
        names.add(t.file());
      }
      return names.build();
    }
  }

  /** Every table, in a fixed order. */
  public static ImmutableList<CsvTable> of(Dataset d) {
    ImmutableList.Builder<CsvTable> t = ImmutableList.builder();
    t.add(sources(d));
    t.add(countries(d));
    t.add(memberships(d));
    t.add(people(d));
    t.add(new CsvTable.Spec<Link>("person_variants.csv",
            "One row per other spelling of a person's name that sources use.")
        .col(refRequired("person", "the person's id (people.csv)", "people.csv"), Link::id)
        .col(Column.text("variant", "the spelling, such as Sergei Lavrov").required(), Link::other)
        .primaryKey("person", "variant")
        .rows(links(d.people(), Person::id, Person::variants)));
    t.add(tenures(d));
    t.add(new CsvTable.Spec<Topic>("topics.csv", "One row per topic of positions and agendas.")
        .col(id("id", "the topic's id"), Topic::id)
        .col(Column.text("label", "a short English label").required(), Topic::label)
        .col(ref("territory", "the id of the territory the topic is about (territories.csv), if"
            + " any", "territories.csv"), x -> text(x.territory()))
        .primaryKey("id")
        .rows(d.topics()));
    t.add(new CsvTable.Spec<Proposition>("propositions.csv", "One row per proposition: a neutral"
            + " statement on a topic that positions agree or disagree with.")
        .col(id("id", "the proposition's id"), Proposition::id)
        .col(refRequired("topic", "the topic's id (topics.csv)", "topics.csv"), Proposition::topic)
        .col(Column.text("text", "the statement, one neutral line in English").required(),
            Proposition::text)
        .primaryKey("id")
        .rows(d.propositions()));
    t.add(new CsvTable.Spec<Link>("proposition_exclusions.csv", "One row per pair of propositions"
            + " that cannot both be true, each pair listed both ways.")
        .col(refRequired("proposition", "the proposition's id (propositions.csv)",
            "propositions.csv"), Link::id)
        .col(refRequired("excludes", "the id of a proposition it excludes (propositions.csv)",
            "propositions.csv"), Link::other)
        .primaryKey("proposition", "excludes")
        .rows(links(d.propositions(), Proposition::id, Proposition::excludes)));
    t.add(territories(d));
    t.add(features(d));
    t.add(administration(d));
    t.add(claims(d));
    t.add(agreements(d));
    t.add(new CsvTable.Spec<Link>("agreement_parties.csv", "One row per party to an agreement.")
        .col(refRequired("agreement", "the agreement's id (agreements.csv)", "agreements.csv"),
            Link::id)
        .col(refRequired("country", "the party's id (countries.csv)", "countries.csv"),
            Link::other)
        .primaryKey("agreement", "country")
        .rows(links(d.agreements(), Agreement::id, Agreement::parties)));
    t.add(new CsvTable.Spec<Link>("agreement_topics.csv",
            "One row per topic an agreement bears on.")
        .col(refRequired("agreement", "the agreement's id (agreements.csv)", "agreements.csv"),
            Link::id)
        .col(refRequired("topic", "the topic's id (topics.csv)", "topics.csv"), Link::other)
        .primaryKey("agreement", "topic")
        .rows(links(d.agreements(), Agreement::id, Agreement::topics)));
    t.add(new CsvTable.Spec<Part<Agreement, Provision>>("provisions.csv",
            "One row per provision of an agreement that matters for the dataset.")
        .col(refRequired("agreement", "the agreement's id (agreements.csv)", "agreements.csv"),
            p -> p.parent().id())
        .col(seqColumn("seq", "the provision's place in the agreement's list, from 1"),
            p -> seq(p.seq()))
        .col(Column.text("text", "what was agreed or decided, in a sentence").required(),
            p -> p.child().text())
        .primaryKey("agreement", "seq")
        .rows(parts(d.agreements(), Agreement::provisions)));
    t.add(events(d));
    t.add(new CsvTable.Spec<Link>("event_countries.csv", "One row per country an event involved.")
        .col(refRequired("event", "the event's id (events.csv)", "events.csv"), Link::id)
        .col(refRequired("country", "the country's id (countries.csv)", "countries.csv"),
            Link::other)
        .primaryKey("event", "country")
        .rows(links(d.events(), Event::id, Event::countries)));
    t.add(new CsvTable.Spec<Series>("series.csv", "One row per series of recurring meetings between"
            + " two parties, with how complete the data is.")
        .col(id("id", "the series' id"), Series::id)
        .col(refRequired("party_a", "the first party's id (countries.csv)", "countries.csv"),
            x -> x.parties().get(0))
        .col(refRequired("party_b", "the second party's id (countries.csv)", "countries.csv"),
            x -> x.parties().get(1))
        .col(oneOf("format", "the format of its meetings, such as two-plus-two",
            MeetingFormat.ids()), x -> x.format().id())
        .col(Column.text("name", "its English name").required(), x -> x.names().get(0).text())
        .col(Column.text("coverage", "which rounds the dataset holds, in the curator's words")
            .required(), Series::coverage)
        .primaryKey("id")
        .rows(d.series()));
    t.add(MeetingTables.meetings(d));
    t.add(new CsvTable.Spec<Part<Meeting, Side>>("meeting_sides.csv", "One row per side of a"
            + " meeting held by video or telephone: where that party sat, as far as sources say.")
        .col(refRequired("meeting", "the meeting's id (meetings.csv)", "meetings.csv"),
            p -> p.parent().id())
        .col(seqColumn("seq", "the side's place in the meeting's list, from 1"),
            p -> seq(p.seq()))
        .col(refRequired("party", "the party's id (countries.csv)", "countries.csv"),
            p -> p.child().party())
        .col("city", "the city it sat in, where a source states it",
            p -> text(p.child().place().flatMap(Place::city)))
        .col(ref("country", "the id of the country it sat in (countries.csv), where a source"
            + " states it", "countries.csv"), p -> p.child().place().map(Place::country).orElse(""))
        .col("venue", "the venue, where a source names one",
            p -> text(p.child().place().flatMap(Place::venue)))
        .primaryKey("meeting", "seq")
        .rows(parts(d.meetings(), Meeting::sides)));
    t.add(MeetingTables.sessions(d));
    t.add(MeetingTables.participants(d));
    t.add(new CsvTable.Spec<Link>("meeting_topics.csv", "One row per topic on a meeting's agenda.")
        .col(refRequired("meeting", "the meeting's id (meetings.csv)", "meetings.csv"), Link::id)
        .col(refRequired("topic", "the topic's id (topics.csv)", "topics.csv"), Link::other)
        .primaryKey("meeting", "topic")
        .rows(links(d.meetings(), Meeting::id, Meeting::topics)));
    t.add(new CsvTable.Spec<Part<Meeting, Outcome>>("outcomes.csv",
            "One row per outcome of a meeting.")
        .col(refRequired("meeting", "the meeting's id (meetings.csv)", "meetings.csv"),
            p -> p.parent().id())
        .col(seqColumn("seq", "the outcome's place in the meeting's list, from 1"),
            p -> seq(p.seq()))
        .col(Column.text("text", "what came of the meeting, in a sentence").required(),
            p -> p.child().text())
        .primaryKey("meeting", "seq")
        .rows(parts(d.meetings(), Meeting::outcomes)));
    t.add(MeetingTables.positions(d));
    t.add(MeetingTables.discourseEdges(d));
    t.add(ProvenanceTables.names(d));
    t.add(ProvenanceTables.nameUsers(d));
    t.add(ProvenanceTables.citations(d));
    t.add(ProvenanceTables.notes(d));
    return t.build();
  }

  static CsvTable sources(Dataset d) {
    return new CsvTable.Spec<Source>("sources.csv", "One row per source: a publication that states"
            + " facts.")
        .col(id("id", "the source's id"), Source::id)
        .col(Column.text("publisher", "who published it").required(), Source::publisher)
        .col("via", "the publication that carried it, when not the publisher", s -> text(s.via()))
        .col("headline", "the headline or title, where recorded", s -> text(s.headline()))
        .col("author", "the author, where named", s -> text(s.author()))
        .col(date("published", DATE.replace("the date", "the publication date")),
            s -> date(s.published()))
        .col(precision("published"), s -> precision(s.published()))
        .col("url", "its public address, where located", s -> text(s.url()))
        .col(Column.text("language", "the BCP 47 language tag of its text").required(),
            Source::language)
        .col(oneOf("kind", "government, news-agency, newspaper, analysis, reference or"
            + " treaty-text", SourceKind.ids()), s -> s.kind().id())
        .col(Column.text("reference", "a one-line reference to it").required(), Source::reference)
        .primaryKey("id")
        .rows(d.sources());
  }

  static CsvTable countries(Dataset d) {
    return new CsvTable.Spec<Country>("countries.csv", "One row per state, present or former, with"
            + " the codes other datasets join on.")
        .col(id("id", "the country's id: its ISO 3166-1 alpha-2 code in lower case"), Country::id)
        .col(Column.text("name", "its English name").required(), Country::name)
        .col("native_name", "its name in its own language and script, where recorded",
            c -> c.nativeName().map(Name::text).orElse(""))
        .col("native_name_language", "the BCP 47 tag of native_name",
            c -> c.nativeName().map(Name::language).orElse(""))
        .col("native_name_romanization", "native_name in Latin script, where recorded",
            c -> c.nativeName().flatMap(Name::romanization).orElse(""))
        .col(Column.text("iso2c", "ISO 3166-1 alpha-2 code (for a former state, its code while it"
            + " existed); the name R's countrycode package gives it").required()
            .pattern("[A-Z]{2}"), Country::alpha2)
        .col(Column.text("iso3c", "ISO 3166-1 alpha-3 code (for a former state, its code while it"
            + " existed); countrycode's iso3c").required().pattern("[A-Z]{3}"), Country::alpha3)
        .col(Column.text("iso3n", "ISO 3166-1 numeric code, three digits: text, to keep leading"
            + " zeros (036 for Australia); countrycode's iso3n").pattern("[0-9]{3}"),
            c -> text(c.numeric()))
        .col(Column.text("iso3166_part3", "ISO 3166-3 code of a former state, such as SUHH")
            .pattern("[A-Z]{4}"), c -> text(c.iso3166Part3()))
        .col(Column.integer("ccode", "Correlates of War state number, where the state has one"
            + " (ccode in peacesciencer and the COW files, cown in countrycode); where the list"
            + " counts the state under another number or not at all at some time,"
            + " system_membership.csv has the spells").range(1, 999), c -> number(c.cowCode()))
        .col(Column.text("cowc", "Correlates of War state abbreviation (stateabb in the COW files,"
            + " cowc in countrycode)"), c -> text(c.cowAbbreviation()))
        .col(Column.integer("gwcode", "Gleditsch-Ward state number, where the state has one (gwcode"
            + " in peacesciencer, gwn in countrycode); see system_membership.csv for its spells")
            .range(1, 999), c -> number(c.gwCode()))
        .col(Column.text("wikidata", "Wikidata item id, such as Q17").pattern("Q[1-9][0-9]*"),
            c -> text(c.wikidata()))
        .col(date("start", DATE.replace("the date", "the date the state began") + "; empty if not"
            + " recorded"), c -> date(c.existence().map(DateSpan::start)))
        .col(precision("start"), c -> precision(c.existence().map(DateSpan::start)))
        .col(date("end", DATE.replace("the date", "the date the state ended") + "; empty while it"
            + " exists"), c -> date(c.existence().flatMap(DateSpan::end)))
        .col(precision("end"), c -> precision(c.existence().flatMap(DateSpan::end)))
        .col(ref("predecessor", "the id of the state it succeeded", "countries.csv"),
            c -> text(c.predecessor()))
        .col(ref("successor", "the id of the state that succeeded it", "countries.csv"),
            c -> text(c.successor()))
        .primaryKey("id")
        .rows(d.countries());
  }

  static CsvTable memberships(Dataset d) {
    List<Part<Country, SystemMembership>> rows = parts(d.countries(), Country::memberships);
    // The lists the spells are taken from: the distinct sources their citations name.
    Map<String, Source> byId = new HashMap<>();
    d.sources().forEach(x -> byId.put(x.id(), x));
    Set<String> cited = new LinkedHashSet<>();
    for (Part<Country, SystemMembership> p : rows) {
      p.child().citations().forEach(c -> cited.add(c.source()));
    }
    List<CsvTable.SourceRef> sources = new ArrayList<>();
    for (String id : cited) {
      Source s = byId.get(id);
      if (s != null) {
        sources.add(new CsvTable.SourceRef(s.headline().orElse(s.publisher()) + ", "
            + s.publisher(), s.url().orElse("")));
      }
    }
    return new CsvTable.Spec<Part<Country, SystemMembership>>("system_membership.csv", "One row"
            + " per spell during which a state-system list (Correlates of War or Gleditsch-Ward)"
            + " counts a state as a member under one number, for the states whose spells the"
            + " dataset records. To join data by country and date, keep the rows whose spell"
            + " holds the date; for a state with no rows here, the ccode and gwcode of"
            + " countries.csv apply, without dates. The spells' sources are in citations.csv with"
            + " part membership.")
        .col(refRequired("country", "the country's id (countries.csv)", "countries.csv"),
            p -> p.parent().id())
        .col(oneOf("system", "the list: cow (Correlates of War, whose numbers are ccode) or gw"
            + " (Gleditsch-Ward, whose numbers are gwcode)", StateSystem.ids()),
            p -> p.child().system().id())
        .col(Column.integer("code", "the state number the list gives the state during the spell")
            .required().range(1, 999), p -> seq(p.child().code()))
        .col(date("start", DATE.replace("the date", "the date the spell began")).required(),
            p -> date(p.child().span().start()))
        .col(precision("start").required(), p -> precision(p.child().span().start()))
        .col(date("end", DATE.replace("the date", "the date the spell ended") + "; empty if"
            + " the state was still a member when the list was last updated (the COW list of 2016"
            + " ends on 2016-12-31, the Gleditsch-Ward list cited on 2012-12-31)"),
            p -> date(p.child().span().end()))
        .col(precision("end"), p -> precision(p.child().span().end()))
        .primaryKey("country", "system", "start")
        .sources(sources)
        .rows(rows);
  }

  static CsvTable people(Dataset d) {
    return new CsvTable.Spec<Person>("people.csv", "One row per person: ministers, leaders,"
            + " officials, analysts.")
        .col(id("id", "the person's id"), Person::id)
        .col(Column.text("name", "the English name").required(), Person::name)
        .col("native_name", "the first name in a language other than English, usually in native"
            + " script", p -> nativeName(p).map(Name::text).orElse(""))
        .col("native_name_language", "the BCP 47 tag of native_name",
            p -> nativeName(p).map(Name::language).orElse(""))
        .col("native_name_romanization", "native_name in Latin script, where recorded",
            p -> nativeName(p).flatMap(Name::romanization).orElse(""))
        .col(Column.text("wikidata", "Wikidata item id, where a source gives it")
            .pattern("Q[1-9][0-9]*"), p -> text(p.wikidata()))
        .primaryKey("id")
        .rows(d.people());
  }

  static CsvTable tenures(Dataset d) {
    return new CsvTable.Spec<Part<Person, Tenure>>("tenures.csv", "One row per spell in office.")
        .col(refRequired("person", "the person's id (people.csv)", "people.csv"),
            p -> p.parent().id())
        .col(seqColumn("seq", "the tenure's place in the person's list, from 1"),
            p -> seq(p.seq()))
        .col(oneOf("office", "head-of-state, head-of-government, foreign-minister,"
            + " defence-minister, deputy-foreign-minister, deputy-defence-minister,"
            + " chief-cabinet-secretary, ambassador, spokesperson, official or other",
            Office.ids()), p -> p.child().office().id())
        .col("title", "the office's own title, where it matters", p -> text(p.child().title()))
        .col(refRequired("country", "the id of the country whose office it is (countries.csv)",
            "countries.csv"), p -> p.child().country())
        .col(date("start", DATE.replace("the date", "the date the tenure began")).required(),
            p -> date(p.child().span().start()))
        .col(precision("start").required(), p -> precision(p.child().span().start()))
        .col(date("end", DATE.replace("the date", "the date the tenure ended") + "; empty while"
            + " open"), p -> date(p.child().span().end()))
        .col(precision("end"), p -> precision(p.child().span().end()))
        .primaryKey("person", "seq")
        .rows(parts(d.people(), Person::tenures));
  }

  static CsvTable territories(Dataset d) {
    return new CsvTable.Spec<Territory>("territories.csv", "One row per territory in dispute, or"
            + " that matters to a dispute.")
        .col(id("id", "the territory's id"), Territory::id)
        .col(Column.text("neutral_name", "a name no party objects to, in English").required(),
            Territory::neutralName)
        .col(Column.text("wikidata", "Wikidata item id, where a source gives it")
            .pattern("Q[1-9][0-9]*"), t -> text(t.wikidata()))
        .col(Column.number("latitude", "latitude of a representative point, WGS 84 decimal"
            + " degrees"), t -> decimal(t.coordinate().isPresent()
                ? OptionalDouble.of(t.coordinate().get().latitude()) : OptionalDouble.empty()))
        .col(Column.number("longitude", "longitude of a representative point, WGS 84 decimal"
            + " degrees"), t -> decimal(t.coordinate().isPresent()
                ? OptionalDouble.of(t.coordinate().get().longitude()) : OptionalDouble.empty()))
        .primaryKey("id")
        .rows(d.territories());
  }

  static CsvTable features(Dataset d) {
    return new CsvTable.Spec<Part<Territory, Feature>>("features.csv", "One row per component"
            + " feature of a territory, such as an island of a group.")
        .col(refRequired("territory", "the territory's id (territories.csv)", "territories.csv"),
            p -> p.parent().id())
        .col(seqColumn("seq", "the feature's place in the territory's list, from 1"),
            p -> seq(p.seq()))
        .col(id("id", "the feature's id, unique among territories and features"),
            p -> p.child().id())
        .col(Column.text("name", "its first name (its names are in names.csv)").required(),
            p -> p.child().neutralName())
        .col(Column.number("latitude", "latitude of a representative point, WGS 84 decimal"
            + " degrees"), p -> decimal(p.child().coordinate().isPresent()
                ? OptionalDouble.of(p.child().coordinate().get().latitude())
                : OptionalDouble.empty()))
        .col(Column.number("longitude", "longitude of a representative point, WGS 84 decimal"
            + " degrees"), p -> decimal(p.child().coordinate().isPresent()
                ? OptionalDouble.of(p.child().coordinate().get().longitude())
                : OptionalDouble.empty()))
        .primaryKey("territory", "seq")
        .rows(parts(d.territories(), Territory::features));
  }

  static CsvTable administration(Dataset d) {
    return new CsvTable.Spec<Part<Territory, Administration>>("administration.csv", "One row per"
            + " spell of a country's administration of a territory.")
        .col(refRequired("territory", "the territory's id (territories.csv)", "territories.csv"),
            p -> p.parent().id())
        .col(seqColumn("seq", "the spell's place in the territory's list, from 1"),
            p -> seq(p.seq()))
        .col(refRequired("country", "the administering country's id (countries.csv)",
            "countries.csv"), p -> p.child().country())
        .col(date("start", DATE.replace("the date", "the date the spell began")).required(),
            p -> date(p.child().span().start()))
        .col(precision("start").required(), p -> precision(p.child().span().start()))
        .col(date("end", DATE.replace("the date", "the date the spell ended") + "; empty while"
            + " open"), p -> date(p.child().span().end()))
        .col(precision("end"), p -> precision(p.child().span().end()))
        .primaryKey("territory", "seq")
        .rows(parts(d.territories(), Territory::administration));
  }

  static CsvTable claims(Dataset d) {
    return new CsvTable.Spec<TerritorialClaim>("claims.csv", "One row per state's claim to a"
            + " territory.")
        .col(id("id", "the claim's id"), TerritorialClaim::id)
        .col(refRequired("claimant", "the claimant's id (countries.csv)", "countries.csv"),
            TerritorialClaim::claimant)
        .col(refRequired("territory", "the territory's id (territories.csv)", "territories.csv"),
            TerritorialClaim::territory)
        .col(date("start", DATE.replace("the date", "the date the claim was first made"))
            .required(), c -> date(c.span().start()))
        .col(precision("start").required(), c -> precision(c.span().start()))
        .col(date("end", DATE.replace("the date", "the date the claim ended") + "; empty while"
            + " it stands"), c -> date(c.span().end()))
        .col(precision("end"), c -> precision(c.span().end()))
        .col(Column.text("basis", "the basis the claimant gives, in a sentence").required(),
            TerritorialClaim::basis)
        .col(oneOf("status", "active, dormant, relinquished or superseded", ClaimStatus.ids()),
            c -> c.status().id())
        .primaryKey("id")
        .rows(d.claims());
  }

  static CsvTable agreements(Dataset d) {
    return new CsvTable.Spec<Agreement>("agreements.csv", "One row per treaty, declaration or other"
            + " agreement.")
        .col(id("id", "the agreement's id"), Agreement::id)
        .col(Column.text("title", "the English title").required(), Agreement::title)
        .col(Column.text("wikidata", "Wikidata item id, where a source gives it")
            .pattern("Q[1-9][0-9]*"), a -> text(a.wikidata()))
        .col(date("signed", DATE.replace("the date", "the date it was signed")).required(),
            a -> date(a.signed()))
        .col(precision("signed").required(), a -> precision(a.signed()))
        .col("city", "the city where it was signed, where known",
            a -> text(a.place().flatMap(Place::city)))
        .col(ref("country", "the id of the country where it was signed (countries.csv)",
            "countries.csv"), a -> a.place().map(Place::country).orElse(""))
        .col("venue", "the venue where it was signed, where known",
            a -> text(a.place().flatMap(Place::venue)))
        .col(date("in_force", DATE.replace("the date", "the date it entered into force")
            + "; empty if unknown or never"), a -> date(a.inForce()))
        .col(precision("in_force"), a -> precision(a.inForce()))
        .primaryKey("id")
        .rows(d.agreements());
  }

  static CsvTable events(Dataset d) {
    return new CsvTable.Spec<Event>("events.csv", "One row per event other than a meeting or an"
            + " agreement.")
        .col(id("id", "the event's id"), Event::id)
        .col(Column.text("title", "what happened, as a title").required(), Event::title)
        .col("summary", "a summary, where written", e -> text(e.summary()))
        .col(date("start", DATE.replace("the date", "the date it began")).required(),
            e -> date(e.span().start()))
        .col(precision("start").required(), e -> precision(e.span().start()))
        .col(date("end", DATE.replace("the date", "the date it ended") + " (the same as start"
            + " for one date)").required(), e -> date(e.span().end()))
        .col(precision("end").required(), e -> precision(e.span().end()))
        .col(ref("territory", "the id of the territory it concerns (territories.csv), if any",
            "territories.csv"), e -> text(e.territory()))
        .primaryKey("id")
        .rows(d.events());
  }

  /** Every record, kind by kind in the order of the format's files, each kind in file order. */
  static List<Entity> entities(Dataset d) {
    List<Entity> all = new ArrayList<>(d.size());
    for (RecordKind kind : RecordKind.records()) {
      all.addAll(kind.records(d));
    }
    return all;
  }

  static String kind(Entity e) {
    return RecordKind.of(e).singular();
  }

  static <P, C> List<Part<P, C>> parts(List<P> parents, Function<P, List<C>> children) {
    List<Part<P, C>> out = new ArrayList<>();
    for (P p : parents) {
      List<C> list = children.apply(p);
      for (int i = 0; i < list.size(); i++) {
        out.add(new Part<>(p, i + 1, list.get(i)));
      }
    }
    return out;
  }

  /** One row per distinct link: a list that names the same id twice says nothing more. */
  static <P> List<Link> links(List<P> parents, Function<P, String> id,
      Function<P, ? extends Iterable<String>> others) {
    List<Link> out = new ArrayList<>();
    for (P p : parents) {
      for (String o : new LinkedHashSet<String>(ImmutableList.copyOf(others.apply(p)))) {
        out.add(new Link(id.apply(p), o));
      }
    }
    return out;
  }

  static Optional<Name> nativeName(Person p) {
    for (Name n : p.names()) {
      if (!n.language().equals("en")) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  static String text(Optional<String> value) {
    return value.orElse("");
  }

  static String number(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  static String seq(int value) {
    return Integer.toString(value);
  }

  static String decimal(OptionalDouble value) {
    return value.isPresent()
        ? BigDecimal.valueOf(value.getAsDouble()).stripTrailingZeros().toPlainString()
        : "";
  }

  /** The first day the date can mean, as YYYY-MM-DD. */
  public static String date(PartialDate date) {
    return date.firstDay().toString();
  }

  static String date(Optional<PartialDate> date) {
    return date.map(CsvTables::date).orElse("");
  }

  /** {@code day}, {@code month} or {@code year}. */
  public static String precision(PartialDate date) {
    return Ascii.toLowerCase(date.precision().name());
  }

  static String precision(Optional<PartialDate> date) {
    return date.map(CsvTables::precision).orElse("");
  }
}
