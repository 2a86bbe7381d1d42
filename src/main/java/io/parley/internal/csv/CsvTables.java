package io.parley.internal.csv;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.parley.internal.RecordKind;
import io.parley.internal.discourse.Questions;
import io.parley.model.Administration;
import io.parley.model.Agreement;
import io.parley.model.Citation;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.DateSpan;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Note;
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
import io.parley.model.Side;
import io.parley.model.Source;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The tables of the CSV export of a dataset: one per kind of record, one per kind of part of a
 * record (tenures, sessions, provisions, ...), and link tables for the many-to-many relations
 * (meeting participants, the countries that use a name, the sources that state a fact, ...).
 * The one definition of the export's files, columns and their meanings; the data dictionary is
 * written from it.
 *
 * <p>Dates are written as the first day the date can mean ({@code YYYY-MM-DD}), with its
 * precision ({@code day}, {@code month} or {@code year}) in the column after it, so that R and
 * pandas read the column as dates and nothing of what is known is lost. Sequence numbers ({@code
 * seq}) count from 1 in the order the dataset gives.
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
  private record CitationRow(String kind, String id, String part, int partSeq, Citation citation) {}

  /** A note on a record. */
  private record NoteRow(String kind, String id, int seq, Note note) {}

  /** A link between a record and another record's id. */
  private record Link(String id, String other) {}

  private static final String DATE = "the first day of the date: the day itself, or the first day"
      + " of the month or year when only those are known (YYYY-MM-DD)";
  private static final String PRECISION = "how much of the date before is known: day, month or year";

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
    t.add(people(d));
    t.add(new CsvTable.Spec<Link>("person_variants.csv",
            "One row per other spelling of a person's name that sources use.")
        .col("person", "the person's id (people.csv)", Link::id)
        .col("variant", "the spelling, such as Sergei Lavrov", Link::other)
        .rows(links(d.people(), Person::id, Person::variants)));
    t.add(tenures(d));
    t.add(new CsvTable.Spec<Topic>("topics.csv", "One row per topic of positions and agendas.")
        .col("id", "the topic's id", Topic::id)
        .col("label", "a short English label", Topic::label)
        .col("territory", "the id of the territory the topic is about (territories.csv), if any",
            x -> text(x.territory()))
        .rows(d.topics()));
    t.add(new CsvTable.Spec<Proposition>("propositions.csv", "One row per proposition: a neutral"
            + " statement on a topic that positions agree or disagree with.")
        .col("id", "the proposition's id", Proposition::id)
        .col("topic", "the topic's id (topics.csv)", Proposition::topic)
        .col("text", "the statement, one neutral line in English", Proposition::text)
        .rows(d.propositions()));
    t.add(new CsvTable.Spec<Link>("proposition_exclusions.csv", "One row per pair of propositions"
            + " that cannot both be true, each pair listed both ways.")
        .col("proposition", "the proposition's id (propositions.csv)", Link::id)
        .col("excludes", "the id of a proposition it excludes (propositions.csv)", Link::other)
        .rows(links(d.propositions(), Proposition::id, Proposition::excludes)));
    t.add(territories(d));
    t.add(features(d));
    t.add(administration(d));
    t.add(claims(d));
    t.add(agreements(d));
    t.add(new CsvTable.Spec<Link>("agreement_parties.csv", "One row per party to an agreement.")
        .col("agreement", "the agreement's id (agreements.csv)", Link::id)
        .col("country", "the party's id (countries.csv)", Link::other)
        .rows(links(d.agreements(), Agreement::id, Agreement::parties)));
    t.add(new CsvTable.Spec<Link>("agreement_topics.csv",
            "One row per topic an agreement bears on.")
        .col("agreement", "the agreement's id (agreements.csv)", Link::id)
        .col("topic", "the topic's id (topics.csv)", Link::other)
        .rows(links(d.agreements(), Agreement::id, Agreement::topics)));
    t.add(new CsvTable.Spec<Part<Agreement, Provision>>("provisions.csv",
            "One row per provision of an agreement that matters for the dataset.")
        .col("agreement", "the agreement's id (agreements.csv)", p -> p.parent().id())
        .col("seq", "the provision's place in the agreement's list, from 1", p -> seq(p.seq()))
        .col("text", "what was agreed or decided, in a sentence", p -> p.child().text())
        .rows(parts(d.agreements(), Agreement::provisions)));
    t.add(events(d));
    t.add(new CsvTable.Spec<Link>("event_countries.csv", "One row per country an event involved.")
        .col("event", "the event's id (events.csv)", Link::id)
        .col("country", "the country's id (countries.csv)", Link::other)
        .rows(links(d.events(), Event::id, Event::countries)));
    t.add(new CsvTable.Spec<Series>("series.csv", "One row per series of recurring meetings between"
            + " two parties, with how complete the data is.")
        .col("id", "the series' id", Series::id)
        .col("party_a", "the first party's id (countries.csv)", x -> x.parties().get(0))
        .col("party_b", "the second party's id (countries.csv)", x -> x.parties().get(1))
        .col("format", "the format of its meetings, such as two-plus-two", x -> x.format().id())
        .col("name", "its English name", x -> x.names().get(0).text())
        .col("coverage", "which rounds the dataset holds, in the curator's words", Series::coverage)
        .rows(d.series()));
    t.add(meetings(d));
    t.add(new CsvTable.Spec<Part<Meeting, Side>>("meeting_sides.csv", "One row per side of a"
            + " meeting held by video or telephone: where that party sat, as far as sources say.")
        .col("meeting", "the meeting's id (meetings.csv)", p -> p.parent().id())
        .col("seq", "the side's place in the meeting's list, from 1", p -> seq(p.seq()))
        .col("party", "the party's id (countries.csv)", p -> p.child().party())
        .col("city", "the city it sat in, where a source states it",
            p -> text(p.child().place().flatMap(Place::city)))
        .col("country", "the id of the country it sat in (countries.csv), where a source states"
            + " it", p -> p.child().place().map(Place::country).orElse(""))
        .col("venue", "the venue, where a source names one",
            p -> text(p.child().place().flatMap(Place::venue)))
        .rows(parts(d.meetings(), Meeting::sides)));
    t.add(sessions(d));
    t.add(participants(d));
    t.add(new CsvTable.Spec<Link>("meeting_topics.csv", "One row per topic on a meeting's agenda.")
        .col("meeting", "the meeting's id (meetings.csv)", Link::id)
        .col("topic", "the topic's id (topics.csv)", Link::other)
        .rows(links(d.meetings(), Meeting::id, Meeting::topics)));
    t.add(new CsvTable.Spec<Part<Meeting, Outcome>>("outcomes.csv",
            "One row per outcome of a meeting.")
        .col("meeting", "the meeting's id (meetings.csv)", p -> p.parent().id())
        .col("seq", "the outcome's place in the meeting's list, from 1", p -> seq(p.seq()))
        .col("text", "what came of the meeting, in a sentence", p -> p.child().text())
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
        .col("id", "the source's id", Source::id)
        .col("publisher", "who published it", Source::publisher)
        .col("via", "the publication that carried it, when not the publisher", s -> text(s.via()))
        .col("headline", "the headline or title, where recorded", s -> text(s.headline()))
        .col("author", "the author, where named", s -> text(s.author()))
        .col("published", DATE.replace("the date", "the publication date"),
            s -> date(s.published()))
        .col("published_precision", PRECISION, s -> precision(s.published()))
        .col("url", "its public address, where located", s -> text(s.url()))
        .col("language", "the BCP 47 language tag of its text", Source::language)
        .col("kind", "government, news-agency, newspaper, analysis, reference or treaty-text",
            s -> s.kind().id())
        .col("reference", "a one-line reference to it", Source::reference)
        .rows(d.sources());
  }

  private static CsvTable countries(Dataset d) {
    return new CsvTable.Spec<Country>("countries.csv", "One row per state, present or former, with"
            + " the codes other datasets join on.")
        .col("id", "the country's id: its ISO 3166-1 alpha-2 code in lower case", Country::id)
        .col("name", "its English name", Country::name)
        .col("native_name", "its name in its own language and script, where recorded",
            c -> c.nativeName().map(Name::text).orElse(""))
        .col("native_name_language", "the BCP 47 tag of native_name",
            c -> c.nativeName().map(Name::language).orElse(""))
        .col("native_name_romanization", "native_name in Latin script, where recorded",
            c -> c.nativeName().flatMap(Name::romanization).orElse(""))
        .col("alpha2", "ISO 3166-1 alpha-2 code (for a former state, its code while it existed)",
            Country::alpha2)
        .col("alpha3", "ISO 3166-1 alpha-3 code (for a former state, its code while it existed)",
            Country::alpha3)
        .col("numeric", "ISO 3166-1 numeric code, three digits (read it as text to keep leading"
            + " zeros)", c -> text(c.numeric()))
        .col("iso3166_part3", "ISO 3166-3 code of a former state, such as SUHH",
            c -> text(c.iso3166Part3()))
        .col("cow_code", "Correlates of War state number, where the state has one",
            c -> number(c.cowCode()))
        .col("cow_abbreviation", "Correlates of War state abbreviation",
            c -> text(c.cowAbbreviation()))
        .col("gw_code", "Gleditsch-Ward state number, where the state has one",
            c -> number(c.gwCode()))
        .col("wikidata", "Wikidata item id, such as Q17", c -> text(c.wikidata()))
        .col("start", DATE.replace("the date", "the date the state began") + "; empty if not"
            + " recorded", c -> date(c.existence().map(DateSpan::start)))
        .col("start_precision", PRECISION, c -> precision(c.existence().map(DateSpan::start)))
        .col("end", DATE.replace("the date", "the date the state ended") + "; empty while it"
            + " exists", c -> date(c.existence().flatMap(DateSpan::end)))
        .col("end_precision", PRECISION, c -> precision(c.existence().flatMap(DateSpan::end)))
        .col("predecessor", "the id of the state it succeeded", c -> text(c.predecessor()))
        .col("successor", "the id of the state that succeeded it", c -> text(c.successor()))
        .rows(d.countries());
  }

  private static CsvTable people(Dataset d) {
    return new CsvTable.Spec<Person>("people.csv", "One row per person: ministers, leaders,"
            + " officials, analysts.")
        .col("id", "the person's id", Person::id)
        .col("name", "the English name", Person::name)
        .col("native_name", "the first name in a language other than English, usually in native"
            + " script", p -> nativeName(p).map(Name::text).orElse(""))
        .col("native_name_language", "the BCP 47 tag of native_name",
            p -> nativeName(p).map(Name::language).orElse(""))
        .col("native_name_romanization", "native_name in Latin script, where recorded",
            p -> nativeName(p).flatMap(Name::romanization).orElse(""))
        .col("wikidata", "Wikidata item id, where a source gives it", p -> text(p.wikidata()))
        .rows(d.people());
  }

  private static CsvTable tenures(Dataset d) {
    return new CsvTable.Spec<Part<Person, Tenure>>("tenures.csv", "One row per spell in office.")
        .col("person", "the person's id (people.csv)", p -> p.parent().id())
        .col("seq", "the tenure's place in the person's list, from 1", p -> seq(p.seq()))
        .col("office", "head-of-state, head-of-government, foreign-minister, defence-minister,"
            + " deputy-foreign-minister, deputy-defence-minister, chief-cabinet-secretary,"
            + " ambassador, spokesperson, official or other", p -> p.child().office().id())
        .col("title", "the office's own title, where it matters", p -> text(p.child().title()))
        .col("country", "the id of the country whose office it is (countries.csv)",
            p -> p.child().country())
        .col("start", DATE.replace("the date", "the date the tenure began"),
            p -> date(p.child().span().start()))
        .col("start_precision", PRECISION, p -> precision(p.child().span().start()))
        .col("end", DATE.replace("the date", "the date the tenure ended") + "; empty while open",
            p -> date(p.child().span().end()))
        .col("end_precision", PRECISION, p -> precision(p.child().span().end()))
        .rows(parts(d.people(), Person::tenures));
  }

  private static CsvTable territories(Dataset d) {
    return new CsvTable.Spec<Territory>("territories.csv", "One row per territory in dispute, or"
            + " that matters to a dispute.")
        .col("id", "the territory's id", Territory::id)
        .col("neutral_name", "a name no party objects to, in English", Territory::neutralName)
        .col("wikidata", "Wikidata item id, where a source gives it", t -> text(t.wikidata()))
        .col("latitude", "latitude of a representative point, WGS 84 decimal degrees",
            t -> decimal(t.coordinate().isPresent()
                ? OptionalDouble.of(t.coordinate().get().latitude()) : OptionalDouble.empty()))
        .col("longitude", "longitude of a representative point, WGS 84 decimal degrees",
            t -> decimal(t.coordinate().isPresent()
                ? OptionalDouble.of(t.coordinate().get().longitude()) : OptionalDouble.empty()))
        .rows(d.territories());
  }

  private static CsvTable features(Dataset d) {
    return new CsvTable.Spec<Part<Territory, Feature>>("features.csv", "One row per component"
            + " feature of a territory, such as an island of a group.")
        .col("territory", "the territory's id (territories.csv)", p -> p.parent().id())
        .col("seq", "the feature's place in the territory's list, from 1", p -> seq(p.seq()))
        .col("id", "the feature's id", p -> p.child().id())
        .col("name", "its first name (its names are in names.csv)",
            p -> p.child().neutralName())
        .col("latitude", "latitude of a representative point, WGS 84 decimal degrees",
            p -> decimal(p.child().coordinate().isPresent()
                ? OptionalDouble.of(p.child().coordinate().get().latitude())
                : OptionalDouble.empty()))
        .col("longitude", "longitude of a representative point, WGS 84 decimal degrees",
            p -> decimal(p.child().coordinate().isPresent()
                ? OptionalDouble.of(p.child().coordinate().get().longitude())
                : OptionalDouble.empty()))
        .rows(parts(d.territories(), Territory::features));
  }

  private static CsvTable administration(Dataset d) {
    return new CsvTable.Spec<Part<Territory, Administration>>("administration.csv", "One row per"
            + " spell of a country's administration of a territory.")
        .col("territory", "the territory's id (territories.csv)", p -> p.parent().id())
        .col("seq", "the spell's place in the territory's list, from 1", p -> seq(p.seq()))
        .col("country", "the administering country's id (countries.csv)",
            p -> p.child().country())
        .col("start", DATE.replace("the date", "the date the spell began"),
            p -> date(p.child().span().start()))
        .col("start_precision", PRECISION, p -> precision(p.child().span().start()))
        .col("end", DATE.replace("the date", "the date the spell ended") + "; empty while open",
            p -> date(p.child().span().end()))
        .col("end_precision", PRECISION, p -> precision(p.child().span().end()))
        .rows(parts(d.territories(), Territory::administration));
  }

  private static CsvTable claims(Dataset d) {
    return new CsvTable.Spec<TerritorialClaim>("claims.csv", "One row per state's claim to a"
            + " territory.")
        .col("id", "the claim's id", TerritorialClaim::id)
        .col("claimant", "the claimant's id (countries.csv)", TerritorialClaim::claimant)
        .col("territory", "the territory's id (territories.csv)", TerritorialClaim::territory)
        .col("start", DATE.replace("the date", "the date the claim was first made"),
            c -> date(c.span().start()))
        .col("start_precision", PRECISION, c -> precision(c.span().start()))
        .col("end", DATE.replace("the date", "the date the claim ended") + "; empty while it"
            + " stands", c -> date(c.span().end()))
        .col("end_precision", PRECISION, c -> precision(c.span().end()))
        .col("basis", "the basis the claimant gives, in a sentence", TerritorialClaim::basis)
        .col("status", "active, dormant, relinquished or superseded", c -> c.status().id())
        .rows(d.claims());
  }

  private static CsvTable agreements(Dataset d) {
    return new CsvTable.Spec<Agreement>("agreements.csv", "One row per treaty, declaration or other"
            + " agreement.")
        .col("id", "the agreement's id", Agreement::id)
        .col("title", "the English title", Agreement::title)
        .col("wikidata", "Wikidata item id, where a source gives it", a -> text(a.wikidata()))
        .col("signed", DATE.replace("the date", "the date it was signed"),
            a -> date(a.signed()))
        .col("signed_precision", PRECISION, a -> precision(a.signed()))
        .col("city", "the city where it was signed, where known",
            a -> text(a.place().flatMap(Place::city)))
        .col("country", "the id of the country where it was signed (countries.csv)",
            a -> a.place().map(Place::country).orElse(""))
        .col("venue", "the venue where it was signed, where known",
            a -> text(a.place().flatMap(Place::venue)))
        .col("in_force", DATE.replace("the date", "the date it entered into force") + "; empty if"
            + " unknown or never", a -> date(a.inForce()))
        .col("in_force_precision", PRECISION, a -> precision(a.inForce()))
        .rows(d.agreements());
  }

  private static CsvTable events(Dataset d) {
    return new CsvTable.Spec<Event>("events.csv", "One row per event other than a meeting or an"
            + " agreement.")
        .col("id", "the event's id", Event::id)
        .col("title", "what happened, as a title", Event::title)
        .col("summary", "a summary, where written", e -> text(e.summary()))
        .col("start", DATE.replace("the date", "the date it began"), e -> date(e.span().start()))
        .col("start_precision", PRECISION, e -> precision(e.span().start()))
        .col("end", DATE.replace("the date", "the date it ended") + " (the same as start for one"
            + " date)", e -> date(e.span().end()))
        .col("end_precision", PRECISION, e -> precision(e.span().end()))
        .col("territory", "the id of the territory it concerns (territories.csv), if any",
            e -> text(e.territory()))
        .rows(d.events());
  }

  private static CsvTable meetings(Dataset d) {
    return new CsvTable.Spec<Meeting>("meetings.csv", "One row per bilateral meeting.")
        .col("id", "the meeting's id", Meeting::id)
        .col("party_a", "the id of the first party (countries.csv)", m -> m.parties().get(0))
        .col("party_b", "the id of the second party (countries.csv)", m -> m.parties().get(1))
        .col("format", "summit, two-plus-two, foreign-ministers, defence-ministers,"
            + " vice-ministerial, working-level, phone-call or other", m -> m.format().id())
        .col("mode", "in-person, video or telephone; for video and telephone, where each side sat"
            + " is in meeting_sides.csv", m -> m.mode().id())
        .col("start", DATE.replace("the date", "the meeting's first date"),
            m -> date(m.span().start()))
        .col("start_precision", PRECISION, m -> precision(m.span().start()))
        .col("end", DATE.replace("the date", "the meeting's last date") + " (the same as start for"
            + " a one-day meeting)", m -> date(m.span().end()))
        .col("end_precision", PRECISION, m -> precision(m.span().end()))
        .col("city", "the city, in English, where known; empty for a meeting by video or"
            + " telephone", m -> text(m.place().flatMap(Place::city)))
        .col("country", "the id of the country it took place in (countries.csv); empty for a"
            + " meeting by video or telephone", m -> m.place().map(Place::country).orElse(""))
        .col("venue", "the venue, where a source names one",
            m -> text(m.place().flatMap(Place::venue)))
        .col("host", "the id of the party that hosted; empty for a meeting at a third location",
            m -> text(m.host()))
        .col("occasion", "the occasion, such as a summit on whose sidelines it took place",
            m -> text(m.occasion()))
        .col("series", "the id of the series it belongs to, such as jp-ru-2plus2",
            m -> text(m.series()))
        .col("number", "its round in the series, where a source gives it", m -> number(m.number()))
        .rows(d.meetings());
  }

  private static CsvTable sessions(Dataset d) {
    return new CsvTable.Spec<Part<Meeting, Session>>("sessions.csv", "One row per session of a"
            + " meeting.")
        .col("meeting", "the meeting's id (meetings.csv)", p -> p.parent().id())
        .col("seq", "the session's place in the meeting's list, from 1", p -> seq(p.seq()))
        .col("kind", "plenary, joint, foreign-ministers, defence-ministers, leaders, tete-a-tete,"
            + " working-meal, press-conference, signing or other", p -> p.child().kind().id())
        .col("date", DATE.replace("the date", "the session's date"),
            p -> date(p.child().date()))
        .col("date_precision", PRECISION, p -> precision(p.child().date()))
        .col("city", "the session's city, where it differs from the meeting's",
            p -> text(p.child().place().flatMap(Place::city)))
        .col("country", "the id of the session's country, where its place differs from the"
            + " meeting's", p -> p.child().place().map(Place::country).orElse(""))
        .col("venue", "the session's venue, where it differs from the meeting's",
            p -> text(p.child().place().flatMap(Place::venue)))
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
        .col("meeting", "the meeting's id (meetings.csv)", a -> a.meeting().id())
        .col("session", "the session's seq (sessions.csv)", a -> seq(a.session()))
        .col("person", "the person's id (people.csv)", a -> a.participant().person())
        .col("office", "the office in which they took part (as in tenures.csv)",
            a -> a.participant().office().id())
        .col("country", "the id of the country they spoke for (countries.csv)",
            a -> a.participant().country())
        .rows(rows);
  }

  private static CsvTable positions(Dataset d) {
    return new CsvTable.Spec<Position>("positions.csv", "One row per position: what someone said on"
            + " a topic, and when.")
        .col("id", "the position's id", Position::id)
        .col("holder_kind", "government, official, unnamed-official or analyst",
            p -> p.holder().kind().id())
        .col("holder_country", "the id of the state it is attributed to; empty for an analyst",
            p -> text(p.holder().country()))
        .col("holder_person", "the id of the person who stated it (people.csv), if named",
            p -> text(p.holder().person()))
        .col("holder_description", "how the source describes an unnamed official, or an"
            + " analyst's affiliation", p -> text(p.holder().description()))
        .col("topic", "the topic's id (topics.csv)", Position::topic)
        .col("stance", "the stance taken, such as asserts, supports or rejects",
            p -> p.stance().id())
        .col("summary", "what was said, in a sentence of the dataset's own", Position::summary)
        .col("quote", "the exact words, as the source quotes them", p -> text(p.quote()))
        .col("date", DATE.replace("the date", "the date it was said"), p -> date(p.date()))
        .col("date_precision", PRECISION, p -> precision(p.date()))
        .col("meeting", "the id of the meeting it was stated at (meetings.csv), if any",
            p -> text(p.meeting()))
        .col("proposition", "the id of the proposition it takes a side on (propositions.csv), if"
            + " coded", p -> text(p.proposition()))
        .col("agrees", "true if the holder agrees with the proposition, false if not; empty if"
            + " not coded", p -> p.agrees().map(String::valueOf).orElse(""))
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
        .col("kind", "what is named: country, person, territory, feature or agreement",
            NameRow::kind)
        .col("id", "the id of what is named (in the file of its kind)", NameRow::id)
        .col("seq", "the name's place in the record's list, from 1", n -> seq(n.seq()))
        .col("text", "the name as written", n -> n.name().text())
        .col("language", "the BCP 47 language tag, such as en, ja, ru or zh-Hans",
            n -> n.name().language())
        .col("romanization", "the name in Latin script, where recorded",
            n -> text(n.name().romanization()))
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
        .col("kind", "what is named, as in names.csv", NameUser::kind)
        .col("id", "the id of what is named, as in names.csv", NameUser::id)
        .col("seq", "the name's seq in names.csv", u -> seq(u.seq()))
        .col("country", "the id of the country that uses the name (countries.csv)",
            NameUser::country)
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
        .col("country_a", "one country's id (countries.csv); the first of the two by id",
            EdgeRow::a)
        .col("country_b", "the other country's id (countries.csv)", EdgeRow::b)
        .col("relation", "conflict or congruence", e -> e.row().relation().id())
        .col("topic", "the topic's id (topics.csv)", e -> e.row().topic())
        .col("question", "the question's first proposition id (propositions.csv); the question is"
            + " it and the propositions it excludes (proposition_exclusions.csv)",
            e -> e.row().question())
        .col("position_a", "country_a's latest statement on the question (positions.csv)",
            e -> e.row().first().id())
        .col("position_b", "country_b's latest statement on the question (positions.csv)",
            e -> e.row().second().id())
        .col("gap_days", "days between the first possible days of the two statements' dates",
            e -> Long.toString(Math.abs(e.row().first().date().firstDay().toEpochDay()
                - e.row().second().date().firstDay().toEpochDay())))
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
      if (e instanceof Person) {
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
        .col("kind", "the kind of record cited for: source, country, person, topic, territory,"
            + " claim, agreement, event, meeting or position", CitationRow::kind)
        .col("id", "the record's id (in the file of its kind)", CitationRow::id)
        .col("part", "empty when the citation is for the record itself; else the part: tenure,"
            + " feature, administration, provision, side, session, outcome or note", CitationRow::part)
        .col("part_seq", "the part's seq (in tenures.csv, features.csv, administration.csv,"
            + " provisions.csv, meeting_sides.csv, sessions.csv, outcomes.csv or notes.csv); empty for the record"
            + " itself", c -> c.partSeq() == 0 ? "" : seq(c.partSeq()))
        .col("source", "the source's id (sources.csv)", c -> c.citation().source())
        .col("excerpt", "the source's own words that support the fact, where recorded",
            c -> text(c.citation().excerpt()))
        .rows(rows);
  }

  private static void cite(List<CitationRow> rows, String kind, String id, String part, int seq,
      List<Citation> citations) {
    for (Citation c : citations) {
      rows.add(new CitationRow(kind, id, part, seq, c));
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
        .col("kind", "the kind of record, as in citations.csv", NoteRow::kind)
        .col("id", "the record's id (in the file of its kind)", NoteRow::id)
        .col("seq", "the note's place in the record's list, from 1", n -> seq(n.seq()))
        .col("text", "the note", n -> n.note().text())
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

  private static <P> List<Link> links(List<P> parents, Function<P, String> id,
      Function<P, ? extends Iterable<String>> others) {
    List<Link> out = new ArrayList<>();
    for (P p : parents) {
      for (String o : others.apply(p)) {
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
