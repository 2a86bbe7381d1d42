package io.parley.internal.json;

import com.google.common.collect.ImmutableList;
import io.parley.internal.Issue;
import io.parley.internal.RecordKind;
import io.parley.model.Administration;
import io.parley.model.Agreement;
import io.parley.model.Citation;
import io.parley.model.ClaimStatus;
import io.parley.model.Coordinate;
import io.parley.model.Country;
import io.parley.model.DateSpan;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Holder;
import io.parley.model.HolderKind;
import io.parley.model.InvalidValueException;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Maps the JSON form of each kind of record (as {@link Node}s) to model values, reporting every
 * problem as an {@link Issue} with its place. The one definition of the format's field names on
 * the reading side; {@link RecordWriter} is its mirror.
 */
public final class RecordMapper {
  private RecordMapper() {}

  /** Maps one record; empty (with issues reported) if it cannot be built. */
  public static Optional<Object> read(
      RecordKind kind, int index, Node node, List<Issue> issues, Dedup dedup) {
    Reading reading = new Reading(kind, index, issues, dedup);
    Optional<Fields> fields = Fields.of(reading, node);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Supplier<?> builder;
    switch (kind) {
      case MANIFEST:
        builder = manifest(f);
        break;
      case SOURCES:
        builder = source(f);
        break;
      case COUNTRIES:
        builder = country(f);
        break;
      case PEOPLE:
        builder = person(f);
        break;
      case TOPICS:
        builder = topic(f);
        break;
      case PROPOSITIONS:
        builder = proposition(f);
        break;
      case SERIES:
        builder = series(f);
        break;
      case TERRITORIES:
        builder = territory(f);
        break;
      case CLAIMS:
        builder = claim(f);
        break;
      case AGREEMENTS:
        builder = agreement(f);
        break;
      case EVENTS:
        builder = event(f);
        break;
      case MEETINGS:
        builder = meeting(f);
        break;
      case POSITIONS:
        builder = position(f);
        break;
      default:
        throw new AssertionError(kind);
    }
    f.end();
    if (reading.failed()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (InvalidValueException e) {
      Node at = Locate.node(node, e.field());
      reading.report(at, e.field(), e.reason());
      return Optional.empty();
    }
  }

  private static Supplier<Manifest> manifest(Fields f) {
    Manifest.Builder b = Manifest.builder();
    // Any whole number maps; the manifest's own check says which versions this library reads.
    b.format(f.integer("format", Integer.MIN_VALUE, Integer.MAX_VALUE));
    b.dataVersion(f.string("dataVersion"));
    b.title(f.string("title"));
    b.license(f.string("license"));
    b.citation(f.string("citation"));
    f.optObject(DatasetTrees.RECORDS); // checked against the files by the reader, not a model field
    return b::build;
  }

  private static Supplier<Source> source(Fields f) {
    Source.Builder b = Source.builder().id(f.recordId());
    b.publisher(f.string("publisher"));
    f.optString("via").ifPresent(b::via);
    f.optString("headline").ifPresent(b::headline);
    f.optString("author").ifPresent(b::author);
    f.optDate("published").ifPresent(b::published);
    f.optString("url").ifPresent(b::url);
    b.language(f.string("language"));
    b.kind(f.enumValue("kind", SourceKind::fromId, SourceKind.ids(), SourceKind.GOVERNMENT));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Country> country(Fields f) {
    Country.Builder b = Country.builder().id(f.recordId());
    b.alpha2(f.string("alpha2"));
    b.alpha3(f.string("alpha3"));
    f.optString("numeric").ifPresent(b::numeric);
    f.optString("iso3166Part3").ifPresent(b::iso3166Part3);
    f.optInt("cowCode", 1, 999).ifPresent(b::cowCode);
    f.optString("cowAbbreviation").ifPresent(b::cowAbbreviation);
    f.optInt("gwCode", 1, 999).ifPresent(b::gwCode);
    f.optString("wikidata").ifPresent(b::wikidata);
    b.addAllNames(names(f, "names", true));
    if (f.has("start") || f.has("end")) {
      b.existence(openSpan(f));
    }
    f.optId("predecessor").ifPresent(b::predecessor);
    f.optId("successor").ifPresent(b::successor);
    for (Fields m : f.objects("memberships")) {
      SystemMembership.Builder mb = SystemMembership.builder();
      mb.system(m.enumValue("system", StateSystem::fromId, StateSystem.ids(), StateSystem.COW));
      mb.code(m.integer("code", 1, 999));
      mb.span(openSpan(m));
      mb.addAllCitations(citations(m));
      m.end();
      add(m, mb::build, b::addMemberships);
    }
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Person> person(Fields f) {
    Person.Builder b = Person.builder().id(f.recordId());
    b.addAllNames(names(f, "names", true));
    b.addAllVariants(f.strings("variants"));
    f.optString("wikidata").ifPresent(b::wikidata);
    for (Fields t : f.objects("tenures")) {
      Tenure.Builder tb = Tenure.builder();
      tb.office(t.enumValue("office", Office::fromId, Office.ids(), Office.OTHER));
      tb.country(t.id("country"));
      tb.span(openSpan(t));
      t.optString("title").ifPresent(tb::title);
      tb.addAllCitations(citations(t));
      t.end();
      add(t, tb::build, b::addTenures);
    }
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Topic> topic(Fields f) {
    Topic.Builder b = Topic.builder().id(f.recordId());
    b.label(f.string("label"));
    f.optId("territory").ifPresent(b::territory);
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Proposition> proposition(Fields f) {
    Proposition.Builder b = Proposition.builder().id(f.recordId());
    b.topic(f.id("topic"));
    b.text(f.string("text"));
    b.addAllTranslations(names(f, "translations", false));
    b.addAllExcludes(f.ids("excludes"));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Series> series(Fields f) {
    Series.Builder b = Series.builder().id(f.recordId());
    b.addAllParties(f.requiredIds("parties"));
    b.format(f.enumValue("format", MeetingFormat::fromId, MeetingFormat.ids(), MeetingFormat.OTHER));
    b.addAllNames(names(f, "names", true));
    b.coverage(f.string("coverage"));
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Territory> territory(Fields f) {
    Territory.Builder b = Territory.builder().id(f.recordId());
    b.neutralName(f.string("neutralName"));
    f.optString("wikidata").ifPresent(b::wikidata);
    b.addAllNames(names(f, "names", false));
    for (Fields ft : f.objects("features")) {
      Feature.Builder fb = Feature.builder().id(ft.id("id"));
      fb.addAllNames(names(ft, "names", true));
      ft.optObject("coordinate").flatMap(RecordMapper::coordinate).ifPresent(fb::coordinate);
      fb.addAllCitations(citations(ft));
      ft.end();
      add(ft, fb::build, b::addFeatures);
    }
    for (Fields a : f.objects("administration")) {
      Administration.Builder ab = Administration.builder().country(a.id("country"));
      ab.span(openSpan(a));
      ab.addAllCitations(citations(a));
      a.end();
      add(a, ab::build, b::addAdministration);
    }
    f.optObject("coordinate").flatMap(RecordMapper::coordinate).ifPresent(b::coordinate);
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<TerritorialClaim> claim(Fields f) {
    TerritorialClaim.Builder b = TerritorialClaim.builder().id(f.recordId());
    b.claimant(f.id("claimant"));
    b.territory(f.id("territory"));
    b.span(openSpan(f));
    b.basis(f.string("basis"));
    b.status(f.enumValue("status", ClaimStatus::fromId, ClaimStatus.ids(), ClaimStatus.ACTIVE));
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Agreement> agreement(Fields f) {
    Agreement.Builder b = Agreement.builder().id(f.recordId());
    b.title(f.string("title"));
    f.optString("wikidata").ifPresent(b::wikidata);
    b.addAllNames(names(f, "names", false));
    b.addAllParties(f.requiredIds("parties"));
    b.signed(f.date("signed"));
    f.optObject("place").flatMap(RecordMapper::place).ifPresent(b::place);
    f.optDate("inForce").ifPresent(b::inForce);
    for (Fields p : f.objects("provisions")) {
      Provision.Builder pb = Provision.builder().text(p.string("text"));
      pb.addAllCitations(citations(p));
      p.end();
      add(p, pb::build, b::addProvisions);
    }
    b.addAllTopics(f.ids("topics"));
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Event> event(Fields f) {
    Event.Builder b = Event.builder().id(f.recordId());
    b.span(closedSpan(f));
    b.title(f.string("title"));
    f.optString("summary").ifPresent(b::summary);
    b.addAllCountries(f.ids("countries"));
    f.optId("territory").ifPresent(b::territory);
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Meeting> meeting(Fields f) {
    Meeting.Builder b = Meeting.builder().id(f.recordId());
    b.addAllParties(f.requiredIds("parties"));
    b.format(f.enumValue("format", MeetingFormat::fromId, MeetingFormat.ids(), MeetingFormat.OTHER));
    b.span(closedSpan(f));
    MeetingMode mode = f.optEnumValue("mode", MeetingMode::fromId, MeetingMode.ids(),
        MeetingMode.IN_PERSON);
    b.mode(mode);
    // In person, the place is required; remote, the model's check refuses one, with its reason.
    (mode.isRemote() ? f.optObject("place") : f.object("place"))
        .flatMap(RecordMapper::place).ifPresent(b::place);
    for (Fields s : f.objects("sides")) {
      Side.Builder side = Side.builder().party(s.id("party"));
      s.optObject("place").flatMap(RecordMapper::place).ifPresent(side::place);
      side.addAllCitations(citations(s));
      s.end();
      add(s, side::build, b::addSides);
    }
    f.optId("host").ifPresent(b::host);
    f.optString("occasion").ifPresent(b::occasion);
    f.optId("series").ifPresent(b::series);
    f.optInt("number", 1, 100_000).ifPresent(b::number);
    for (Fields s : f.objects("sessions")) {
      Session.Builder sb = Session.builder();
      sb.kind(s.enumValue("kind", SessionKind::fromId, SessionKind.ids(), SessionKind.OTHER));
      sb.date(s.date("date"));
      s.optObject("place").flatMap(RecordMapper::place).ifPresent(sb::place);
      for (Fields p : s.objects("participants")) {
        String person = p.id("person");
        Office office = p.enumValue("office", Office::fromId, Office.ids(), Office.OTHER);
        String country = p.id("country");
        p.end();
        if (!p.reading().failed()) {
          addShared(p, () -> Participant.of(person, office, country), sb::addParticipants);
        }
      }
      sb.addAllCitations(citations(s));
      s.end();
      add(s, sb::build, b::addSessions);
    }
    b.addAllTopics(f.ids("topics"));
    for (Fields o : f.objects("outcomes")) {
      Outcome.Builder ob = Outcome.builder().text(o.string("text"));
      ob.addAllCitations(citations(o));
      o.end();
      add(o, ob::build, b::addOutcomes);
    }
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  private static Supplier<Position> position(Fields f) {
    Position.Builder b = Position.builder().id(f.recordId());
    f.object("holder").ifPresent(h -> {
      Holder.Builder hb = Holder.builder();
      hb.kind(h.enumValue("kind", HolderKind::fromId, HolderKind.ids(), HolderKind.GOVERNMENT));
      h.optId("country").ifPresent(hb::country);
      h.optId("person").ifPresent(hb::person);
      h.optString("description").ifPresent(hb::description);
      h.end();
      addShared(h, hb::build, b::holder);
    });
    b.topic(f.id("topic"));
    b.stance(f.enumValue("stance", Stance::fromId, Stance.ids(), Stance.ASSERTS));
    b.summary(f.string("summary"));
    f.optString("quote").ifPresent(b::quote);
    b.date(f.date("date"));
    f.optId("meeting").ifPresent(b::meeting);
    f.optId("proposition").ifPresent(b::proposition);
    f.optBoolean("agrees").ifPresent(b::agrees);
    b.addAllCitations(citations(f));
    b.addAllNotes(notes(f));
    return b::build;
  }

  /** Names: an array of {text, language, romanization?, usedBy?} objects. */
  private static ImmutableList<Name> names(Fields f, String field, boolean required) {
    ImmutableList<Fields> items = required ? f.requiredObjects(field) : f.objects(field);
    ImmutableList.Builder<Name> out = ImmutableList.builder();
    for (Fields n : items) {
      Name.Builder b = Name.builder().text(n.string("text"));
      b.language(f.reading().dedup.string(n.string("language")));
      n.optString("romanization").ifPresent(b::romanization);
      b.addAllUsedBy(n.ids("usedBy"));
      n.end();
      add(n, b::build, out::add);
    }
    return out.build();
  }

  private static Optional<Place> place(Fields f) {
    Place.Builder b = Place.builder();
    f.optString("city").ifPresent(b::city);
    b.country(f.id("country"));
    f.optString("venue").ifPresent(b::venue);
    f.end();
    return build(f, b::build, true);
  }

  private static Optional<Coordinate> coordinate(Fields f) {
    double latitude = f.decimal("latitude", -90, 90);
    double longitude = f.decimal("longitude", -180, 180);
    f.end();
    return build(f, () -> Coordinate.of(latitude, longitude), true);
  }

  private static ImmutableList<Citation> citations(Fields f) {
    ImmutableList.Builder<Citation> out = ImmutableList.builder();
    for (Fields c : f.objects("citations")) {
      Citation.Builder b = Citation.builder().source(c.id("source"));
      c.optString("excerpt").ifPresent(b::excerpt);
      c.end();
      addShared(c, b::build, out::add);
    }
    return out.build();
  }

  private static ImmutableList<Note> notes(Fields f) {
    ImmutableList.Builder<Note> out = ImmutableList.builder();
    for (Fields n : f.objects("notes")) {
      Note.Builder b = Note.builder().text(n.string("text"));
      b.addAllCitations(citations(n));
      n.end();
      add(n, b::build, out::add);
    }
    return out.build();
  }

  /** {@code start} and optional {@code end}; no end means the span is still open. */
  private static DateSpan openSpan(Fields f) {
    PartialDate start = f.date("start");
    Optional<PartialDate> end = f.optDate("end");
    return f.reading().dedup.value(span(f, start, end));
  }

  /**
   * {@code date} for one day, or {@code start} and {@code end}; never open. Shared: the meetings
   * of a large dataset fall on a few thousand distinct spans, and a span with its end costs 40
   * bytes.
   */
  private static DateSpan closedSpan(Fields f) {
    return f.reading().dedup.value(unsharedClosedSpan(f));
  }

  private static DateSpan unsharedClosedSpan(Fields f) {
    boolean range = f.has("start") || f.has("end");
    if (f.has("date") && range) {
      PartialDate date = f.date("date");
      f.optDate("start");
      f.optDate("end");
      String extra = f.has("start") ? "start" : "end";
      f.reading().report(Locate.node(f.node(), extra), Locate.path(f, extra),
          "give either date, or start and end, not both");
      return DateSpan.of(date);
    }
    if (!range) {
      DateSpan one = DateSpan.of(f.date("date"));
      f.optDate("start"); // absent: named among the allowed fields in messages
      f.optDate("end");
      return one;
    }
    f.optDate("date");
    PartialDate start = f.date("start");
    PartialDate end = f.date("end");
    return span(f, start, Optional.of(end));
  }

  private static DateSpan span(Fields f, PartialDate start, Optional<PartialDate> end) {
    if (end.isEmpty()) {
      return DateSpan.from(start);
    }
    if (end.get().lastDay().isBefore(start.firstDay())) {
      f.reading().report(Locate.node(f.node(), "end"), Locate.path(f, "end"),
          "end " + end.get() + " is before start " + start);
      return DateSpan.of(start);
    }
    return DateSpan.of(start, end.get());
  }

  /**
   * Builds a nested value, reporting its own inconsistency at the nested object's place. Values
   * that repeat across records (participants, holders, places, coordinates, citations: a meeting
   * and its sessions often cite the same excerpt) are shared: equal values become one instance.
   * The others (outcomes, sessions, tenures, notes...) are nearly always unique, and hashing each
   * whole into the shared table cost load time for nothing.
   */
  private static <T> Optional<T> build(Fields f, Supplier<T> builder, boolean share) {
    if (f.reading().failed()) {
      return Optional.empty();
    }
    try {
      T value = builder.get();
      return Optional.of(share ? f.reading().dedup.value(value) : value);
    } catch (InvalidValueException e) {
      f.reading().report(Locate.node(f.node(), e.field()), Locate.path(f, e.field()), e.reason());
      return Optional.empty();
    }
  }

  private static <T> void addShared(Fields f, Supplier<T> builder, java.util.function.Consumer<T> sink) {
    build(f, builder, true).ifPresent(sink);
  }

  private static <T> void add(Fields f, Supplier<T> builder, java.util.function.Consumer<T> sink) {
    build(f, builder, false).ifPresent(sink);
  }
}
