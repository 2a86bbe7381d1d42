package io.parley.internal.csv;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.parley.internal.RecordKind;
import io.parley.internal.discourse.Questions;
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
import io.parley.model.HolderKind;
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.MeetingMode;
import io.parley.model.Name;
import io.parley.model.Note;
import io.parley.model.Office;
import io.parley.model.Outcome;
import io.parley.model.PartialDate;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Provision;
import io.parley.model.Relation;
import io.parley.model.Series;
import io.parley.model.Session;
import io.parley.model.SessionKind;
import io.parley.model.Side;
import io.parley.model.Source;
import io.parley.model.SourceKind;
import io.parley.model.Stance;
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
  private record Part<P, C>(P parent, int seq, C child) {}

  /** One participant of one session of a meeting. */
  private record Attendance(Meeting meeting, int session, Participant participant) {}

  /** A name of a record of some kind, with its place among the record's names. */
  private record NameRow(String kind, String id, int seq, Name name) {}

  /** A country that uses a name. */
  private record NameUser(String kind, String id, int seq, String country) {}

  /** A citation of a record, or of one of its parts ({@code part} empty for the record itself). */
  private record CitationRow(String kind, String id, String part, int partSeq, int seq,
      Citation citation) {}

  /** A note on a record. */
  private record NoteRow(String kind, String id, int seq, Note note) {}

  /** A link between a record and another record's id. */
  private record Link(String id, String other) {}

  private static final String DATE = "the first day of the date: the day itself, or the first day"
      + " of the month or year when only those are known (YYYY-MM-DD)";
  private static final String PRECISION = "how much of the date before is known: day, month or year";

  /** A record's id, as the dataset format allows it. */
  static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

  /** What is cited, named or noted: the singular names of the record kinds and of features. */
  private static final ImmutableList<String> KINDS = kinds();

  private static ImmutableList<String> kinds() {
    ImmutableList.Builder<String> k = ImmutableList.builder();
    for (RecordKind kind : RecordKind.records()) {
      k.add(kind.singular());
    }
    return k.add("feature").build();
  }

  /** The id column of a kind of record: never empty, unique. */
  private static Column id(String name, String meaning) {
    return Column.text(name, meaning).unique().pattern(ID);
  }

  /** A column that holds the id of a row of {@code file}, empty where the record has none. */
  private static Column ref(String name, String meaning, String file) {
    return Column.text(name, meaning).pattern(ID).references(file);
  }

  /** A column that always holds the id of a row of {@code file}. */
  private static Column refRequired(String name, String meaning, String file) {
    return ref(name, meaning, file).required();
  }

  /** A place in a list, from 1. */
  private static Column seqColumn(String name, String meaning) {
    return Column.integer(name, meaning).required().minimum(1);
  }

  /** One of the ids of an enumeration of the model. */
  private static Column oneOf(String name, String meaning, List<String> ids) {
    return Column.text(name, meaning).required().values(ids);
  }

  private static Column date(String name, String meaning) {
    return Column.date(name, meaning);
  }

  private static Column precision(String of) {
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
    t.add(meetings(d));
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
    t.add(sessions(d));
    t.add(participants(d));
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
    t.add(positions(d));
    t.add(discourseEdges(d));
    t.add(names(d));
    t.add(nameUsers(d));
    t.add(citations(d));
    t.add(notes(d));
    return t.build();
  }

  private static CsvTable sources(Dataset d) {
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

  private static CsvTable countries(Dataset d) {
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

  private static CsvTable memberships(Dataset d) {
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

  private static CsvTable people(Dataset d) {
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

  private static CsvTable tenures(Dataset d) {
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

  private static CsvTable territories(Dataset d) {
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

  private static CsvTable features(Dataset d) {
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

  private static CsvTable administration(Dataset d) {
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

  private static CsvTable claims(Dataset d) {
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

  private static CsvTable agreements(Dataset d) {
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

  private static CsvTable events(Dataset d) {
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

  private static CsvTable meetings(Dataset d) {
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

  private static CsvTable sessions(Dataset d) {
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

  private static CsvTable participants(Dataset d) {
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

  private static CsvTable positions(Dataset d) {
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

  /** Every name, of countries, people, territories with their features, and agreements. */
  private static List<NameRow> allNames(Dataset d) {
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

  private static CsvTable names(Dataset d) {
    List<NameRow> rows = allNames(d);
    return new CsvTable.Spec<NameRow>("names.csv", "One row per name of a country, person,"
            + " territory, feature or agreement, in every language and script recorded.")
        .col(oneOf("kind", "what is named: country, person, territory, feature or agreement",
            List.of("country", "person", "territory", "feature", "agreement")), NameRow::kind)
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

  private static CsvTable nameUsers(Dataset d) {
    List<NameUser> rows = new ArrayList<>();
    for (NameRow n : allNames(d)) {
      for (String c : n.name().usedBy()) {
        rows.add(new NameUser(n.kind(), n.id(), n.seq(), c));
      }
    }
    return new CsvTable.Spec<NameUser>("name_users.csv", "One row per country that uses a name"
            + " (a name may be used by several countries, a country uses several names).")
        .col(oneOf("kind", "what is named, as in names.csv",
            List.of("country", "person", "territory", "feature", "agreement")), NameUser::kind)
        .col(Column.text("id", "the id of what is named, as in names.csv").required()
            .pattern(ID), NameUser::id)
        .col(seqColumn("seq", "the name's seq in names.csv"), u -> seq(u.seq()))
        .col(refRequired("country", "the id of the country that uses the name (countries.csv)",
            "countries.csv"), NameUser::country)
        .primaryKey("kind", "id", "seq", "country")
        .foreignKey(List.of("kind", "id", "seq"), "names.csv", List.of("kind", "id", "seq"))
        .rows(rows);
  }

  private static <T> void addNames(List<NameRow> rows, String kind, Iterable<T> records,
      Function<T, String> id, Function<T, List<Name>> names) {
    for (T r : records) {
      List<Name> list = names.apply(r);
      for (int i = 0; i < list.size(); i++) {
        rows.add(new NameRow(kind, id.apply(r), i + 1, list.get(i)));
      }
    }
  }

  /**
   * The congruence and conflict network of discourse network analysis, as an edge list network
   * tools read (igraph's graph_from_data_frame, networkx's from_pandas_edgelist, Gephi): for each
   * pair of countries and each question both have spoken to, their latest statements, where they
   * agree or conflict.
   */
  private static CsvTable discourseEdges(Dataset d) {
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

  private record EdgeRow(String a, String b, Questions.Row row) {}

  private static CsvTable citations(Dataset d) {
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

  private static void cite(List<CitationRow> rows, String kind, String id, String part, int seq,
      List<Citation> citations) {
    for (int i = 0; i < citations.size(); i++) {
      rows.add(new CitationRow(kind, id, part, seq, i + 1, citations.get(i)));
    }
  }

  private static void citeParts(List<CitationRow> rows, String kind, String id, String part,
      List<? extends io.parley.model.Cited> parts) {
    for (int i = 0; i < parts.size(); i++) {
      cite(rows, kind, id, part, i + 1, parts.get(i).citations());
    }
  }

  private static CsvTable notes(Dataset d) {
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

  /** Every record, kind by kind in the order of the format's files, each kind in file order. */
  private static List<Entity> entities(Dataset d) {
    List<Entity> all = new ArrayList<>(d.size());
    for (RecordKind kind : RecordKind.records()) {
      all.addAll(kind.records(d));
    }
    return all;
  }

  private static String kind(Entity e) {
    return RecordKind.of(e).singular();
  }

  private static <P, C> List<Part<P, C>> parts(List<P> parents, Function<P, List<C>> children) {
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
  private static <P> List<Link> links(List<P> parents, Function<P, String> id,
      Function<P, ? extends Iterable<String>> others) {
    List<Link> out = new ArrayList<>();
    for (P p : parents) {
      for (String o : new LinkedHashSet<String>(ImmutableList.copyOf(others.apply(p)))) {
        out.add(new Link(id.apply(p), o));
      }
    }
    return out;
  }

  private static Optional<Name> nativeName(Person p) {
    for (Name n : p.names()) {
      if (!n.language().equals("en")) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String number(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  private static String seq(int value) {
    return Integer.toString(value);
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent()
        ? BigDecimal.valueOf(value.getAsDouble()).stripTrailingZeros().toPlainString()
        : "";
  }

  /** The first day the date can mean, as YYYY-MM-DD. */
  public static String date(PartialDate date) {
    return date.firstDay().toString();
  }

  private static String date(Optional<PartialDate> date) {
    return date.map(CsvTables::date).orElse("");
  }

  /** {@code day}, {@code month} or {@code year}. */
  public static String precision(PartialDate date) {
    return Ascii.toLowerCase(date.precision().name());
  }

  private static String precision(Optional<PartialDate> date) {
    return date.map(CsvTables::precision).orElse("");
  }
}
