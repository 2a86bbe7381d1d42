package io.parley.internal.bundle;

import io.parley.internal.RecordKind;
import io.parley.model.Administration;
import io.parley.model.Agreement;
import io.parley.model.ClaimStatus;
import io.parley.model.Coordinate;
import io.parley.model.Country;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Holder;
import io.parley.model.HolderKind;
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.MeetingMode;
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
import java.io.IOException;

/**
 * How one kind of record is laid out in its section: its fields in a fixed order, written and read
 * side by side (the way ThreeTen-Backport's {@code Ser} keeps {@code writeExternal} and
 * {@code readExternal} together), so a field added to one side is seen missing from the other.
 * {@link #of} is the one place a {@link RecordKind} meets its codec; the compiler checks that it
 * covers every kind.
 *
 * @param <T> the record type
 */
abstract class RecordCodec<T extends Entity> {
  abstract void write(BundleOutput out, T record) throws IOException;

  abstract T read(BundleInput in);

  /**
   * The codec of a kind of record. Each kind's codec is a class of its own, loaded when its kind
   * is first decoded: a program that asks about meetings loads neither the codecs of the other
   * kinds nor the model classes they name (at start, each class costs some 0.1-0.3 ms).
   */
  @SuppressWarnings("unchecked")
  static <T extends Entity> RecordCodec<T> of(RecordKind kind) {
    RecordCodec<?> codec = switch (kind) {
      case MANIFEST -> throw new IllegalArgumentException("the manifest is not a record");
      case SOURCES -> new SourceCodec();
      case COUNTRIES -> new CountryCodec();
      case PEOPLE -> new PersonCodec();
      case TOPICS -> new TopicCodec();
      case PROPOSITIONS -> new PropositionCodec();
      case TERRITORIES -> new TerritoryCodec();
      case CLAIMS -> new ClaimCodec();
      case AGREEMENTS -> new AgreementCodec();
      case EVENTS -> new EventCodec();
      case SERIES -> new SeriesCodec();
      case MEETINGS -> new MeetingCodec();
      case POSITIONS -> new PositionCodec();
    };
    return (RecordCodec<T>) codec;
  }

  static final class SourceCodec extends RecordCodec<Source> {
    @Override
    void write(BundleOutput out, Source s) throws IOException {
      out.str(s.id());
      out.str(s.publisher());
      out.opt(s.via());
      out.opt(s.headline());
      out.opt(s.author());
      out.optDate(s.published());
      out.opt(s.url());
      out.str(s.language());
      out.e(s.kind());
      out.notes(s.notes());
    }

    @Override
    Source read(BundleInput in) {
      Source.Builder s = Source.builder().id(in.str()).publisher(in.str());
      String via = in.opt();
      String headline = in.opt();
      String author = in.opt();
      PartialDate published = in.optDate();
      String url = in.opt();
      if (via != null) {
        s.via(via);
      }
      if (headline != null) {
        s.headline(headline);
      }
      if (author != null) {
        s.author(author);
      }
      if (published != null) {
        s.published(published);
      }
      if (url != null) {
        s.url(url);
      }
      return s.language(in.str()).kind(in.e(SourceKind.values())).addAllNotes(in.notes()).build();
    }
  }

  static final class CountryCodec extends RecordCodec<Country> {
    @Override
    void write(BundleOutput out, Country c) throws IOException {
      out.str(c.id());
      out.str(c.alpha2());
      out.str(c.alpha3());
      out.opt(c.numeric());
      out.opt(c.iso3166Part3());
      out.optInt(c.cowCode());
      out.opt(c.cowAbbreviation());
      out.optInt(c.gwCode());
      out.opt(c.wikidata());
      out.names(c.names());
      out.bool(c.existence().isPresent());
      if (c.existence().isPresent()) {
        out.span(c.existence().get());
      }
      out.opt(c.predecessor());
      out.opt(c.successor());
      out.u(c.memberships().size());
      for (SystemMembership m : c.memberships()) {
        out.e(m.system());
        out.u(m.code());
        out.span(m.span());
        out.citations(m.citations());
      }
      out.citations(c.citations());
      out.notes(c.notes());
    }

    @Override
    Country read(BundleInput in) {
      Country.Builder c = Country.builder().id(in.str()).alpha2(in.str()).alpha3(in.str());
      String numeric = in.opt();
      String part3 = in.opt();
      int cow = in.optInt();
      String cowAbbreviation = in.opt();
      int gw = in.optInt();
      String wikidata = in.opt();
      if (numeric != null) {
        c.numeric(numeric);
      }
      if (part3 != null) {
        c.iso3166Part3(part3);
      }
      if (cow >= 0) {
        c.cowCode(cow);
      }
      if (cowAbbreviation != null) {
        c.cowAbbreviation(cowAbbreviation);
      }
      if (gw >= 0) {
        c.gwCode(gw);
      }
      if (wikidata != null) {
        c.wikidata(wikidata);
      }
      c.addAllNames(in.names());
      if (in.bool()) {
        c.existence(in.span());
      }
      String predecessor = in.opt();
      String successor = in.opt();
      if (predecessor != null) {
        c.predecessor(predecessor);
      }
      if (successor != null) {
        c.successor(successor);
      }
      int memberships = in.u();
      for (int i = 0; i < memberships; i++) {
        c.addMemberships(SystemMembership.builder().system(in.e(StateSystem.values())).code(in.u())
            .span(in.span()).addAllCitations(in.citations()).build());
      }
      return c.addAllCitations(in.citations()).addAllNotes(in.notes()).build();
    }
  }

  static final class PersonCodec extends RecordCodec<Person> {
    @Override
    void write(BundleOutput out, Person p) throws IOException {
      out.str(p.id());
      out.names(p.names());
      out.strs(p.variants());
      out.opt(p.wikidata());
      out.u(p.tenures().size());
      for (Tenure t : p.tenures()) {
        out.e(t.office());
        out.str(t.country());
        out.span(t.span());
        out.opt(t.title());
        out.citations(t.citations());
      }
      out.citations(p.citations());
      out.notes(p.notes());
    }

    @Override
    Person read(BundleInput in) {
      Person.Builder p = Person.builder().id(in.str()).addAllNames(in.names())
          .addVariants(in.strs());
      String wikidata = in.opt();
      if (wikidata != null) {
        p.wikidata(wikidata);
      }
      int n = in.u();
      for (int i = 0; i < n; i++) {
        Tenure.Builder t = Tenure.builder().office(in.e(Office.values())).country(in.str())
            .span(in.span());
        String title = in.opt();
        if (title != null) {
          t.title(title);
        }
        p.addTenures(t.addAllCitations(in.citations()).build());
      }
      return p.addAllCitations(in.citations()).addAllNotes(in.notes()).build();
    }
  }

  static final class TopicCodec extends RecordCodec<Topic> {
    @Override
    void write(BundleOutput out, Topic t) throws IOException {
      out.str(t.id());
      out.str(t.label());
      out.opt(t.territory());
      out.notes(t.notes());
    }

    @Override
    Topic read(BundleInput in) {
      Topic.Builder t = Topic.builder().id(in.str()).label(in.str());
      String territory = in.opt();
      if (territory != null) {
        t.territory(territory);
      }
      return t.addAllNotes(in.notes()).build();
    }
  }

  static final class PropositionCodec extends RecordCodec<Proposition> {
    @Override
    void write(BundleOutput out, Proposition p) throws IOException {
      out.str(p.id());
      out.str(p.topic());
      out.str(p.text());
      out.names(p.translations());
      out.strs(p.excludes());
      out.notes(p.notes());
    }

    @Override
    Proposition read(BundleInput in) {
      return Proposition.builder().id(in.str()).topic(in.str()).text(in.str())
          .addAllTranslations(in.names()).addExcludes(in.strs()).addAllNotes(in.notes()).build();
    }
  }

  static final class TerritoryCodec extends RecordCodec<Territory> {
    @Override
    void write(BundleOutput out, Territory t) throws IOException {
      out.str(t.id());
      out.str(t.neutralName());
      out.opt(t.wikidata());
      out.names(t.names());
      out.u(t.features().size());
      for (Feature f : t.features()) {
        out.str(f.id());
        out.names(f.names());
        out.coordinate(f.coordinate());
        out.citations(f.citations());
      }
      out.u(t.administration().size());
      for (Administration a : t.administration()) {
        out.str(a.country());
        out.span(a.span());
        out.citations(a.citations());
      }
      out.coordinate(t.coordinate());
      out.citations(t.citations());
      out.notes(t.notes());
    }

    @Override
    Territory read(BundleInput in) {
      Territory.Builder t = Territory.builder().id(in.str()).neutralName(in.str());
      String wikidata = in.opt();
      if (wikidata != null) {
        t.wikidata(wikidata);
      }
      t.addAllNames(in.names());
      int n = in.u();
      for (int i = 0; i < n; i++) {
        Feature.Builder f = Feature.builder().id(in.str()).addAllNames(in.names());
        Coordinate c = in.coordinate();
        if (c != null) {
          f.coordinate(c);
        }
        t.addFeatures(f.addAllCitations(in.citations()).build());
      }
      n = in.u();
      for (int i = 0; i < n; i++) {
        t.addAdministration(Administration.builder().country(in.str()).span(in.span())
            .addAllCitations(in.citations()).build());
      }
      Coordinate c = in.coordinate();
      if (c != null) {
        t.coordinate(c);
      }
      return t.addAllCitations(in.citations()).addAllNotes(in.notes()).build();
    }
  }

  static final class ClaimCodec extends RecordCodec<TerritorialClaim> {
    @Override
    void write(BundleOutput out, TerritorialClaim c) throws IOException {
      out.str(c.id());
      out.str(c.claimant());
      out.str(c.territory());
      out.span(c.span());
      out.str(c.basis());
      out.e(c.status());
      out.citations(c.citations());
      out.notes(c.notes());
    }

    @Override
    TerritorialClaim read(BundleInput in) {
      return TerritorialClaim.builder().id(in.str()).claimant(in.str()).territory(in.str())
          .span(in.span()).basis(in.str()).status(in.e(ClaimStatus.values()))
          .addAllCitations(in.citations()).addAllNotes(in.notes()).build();
    }
  }

  static final class AgreementCodec extends RecordCodec<Agreement> {
    @Override
    void write(BundleOutput out, Agreement a) throws IOException {
      out.str(a.id());
      out.str(a.title());
      out.opt(a.wikidata());
      out.names(a.names());
      out.strs(a.parties());
      out.date(a.signed());
      out.optPlace(a.place());
      out.optDate(a.inForce());
      out.u(a.provisions().size());
      for (Provision p : a.provisions()) {
        out.str(p.text());
        out.citations(p.citations());
      }
      out.strs(a.topics());
      out.citations(a.citations());
      out.notes(a.notes());
    }

    @Override
    Agreement read(BundleInput in) {
      Agreement.Builder a = Agreement.builder().id(in.str()).title(in.str());
      String wikidata = in.opt();
      if (wikidata != null) {
        a.wikidata(wikidata);
      }
      a.addAllNames(in.names()).addParties(in.strs()).signed(in.date());
      Place place = in.optPlace();
      if (place != null) {
        a.place(place);
      }
      PartialDate inForce = in.optDate();
      if (inForce != null) {
        a.inForce(inForce);
      }
      int n = in.u();
      for (int i = 0; i < n; i++) {
        a.addProvisions(Provision.builder().text(in.str()).addAllCitations(in.citations()).build());
      }
      return a.addTopics(in.strs()).addAllCitations(in.citations()).addAllNotes(in.notes())
          .build();
    }
  }

  static final class EventCodec extends RecordCodec<Event> {
    @Override
    void write(BundleOutput out, Event e) throws IOException {
      out.str(e.id());
      out.span(e.span());
      out.str(e.title());
      out.opt(e.summary());
      out.strs(e.countries());
      out.opt(e.territory());
      out.citations(e.citations());
      out.notes(e.notes());
    }

    @Override
    Event read(BundleInput in) {
      Event.Builder e = Event.builder().id(in.str()).span(in.span()).title(in.str());
      String summary = in.opt();
      if (summary != null) {
        e.summary(summary);
      }
      e.addCountries(in.strs());
      String territory = in.opt();
      if (territory != null) {
        e.territory(territory);
      }
      return e.addAllCitations(in.citations()).addAllNotes(in.notes()).build();
    }
  }

  static final class SeriesCodec extends RecordCodec<Series> {
    @Override
    void write(BundleOutput out, Series x) throws IOException {
      out.str(x.id());
      out.strs(x.parties());
      out.e(x.format());
      out.names(x.names());
      out.str(x.coverage());
      out.citations(x.citations());
      out.notes(x.notes());
    }

    @Override
    Series read(BundleInput in) {
      return Series.builder().id(in.str()).addParties(in.strs())
          .format(in.e(MeetingFormat.values())).addAllNames(in.names()).coverage(in.str())
          .addAllCitations(in.citations()).addAllNotes(in.notes()).build();
    }
  }

  static final class MeetingCodec extends RecordCodec<Meeting> {
    @Override
    void write(BundleOutput out, Meeting m) throws IOException {
      out.str(m.id());
      out.strs(m.parties());
      out.e(m.format());
      out.span(m.span());
      out.e(m.mode());
      out.optPlace(m.place());
      out.u(m.sides().size());
      for (Side s : m.sides()) {
        out.str(s.party());
        out.optPlace(s.place());
        out.citations(s.citations());
      }
      out.opt(m.host());
      out.opt(m.occasion());
      out.opt(m.series());
      out.optInt(m.number());
      out.u(m.sessions().size());
      for (Session s : m.sessions()) {
        out.e(s.kind());
        out.date(s.date());
        out.optPlace(s.place());
        out.u(s.participants().size());
        for (Participant p : s.participants()) {
          out.str(p.person());
          out.e(p.office());
          out.str(p.country());
        }
        out.citations(s.citations());
      }
      out.strs(m.topics());
      out.u(m.outcomes().size());
      for (Outcome o : m.outcomes()) {
        out.str(o.text());
        out.citations(o.citations());
      }
      out.citations(m.citations());
      out.notes(m.notes());
    }

    @Override
    Meeting read(BundleInput in) {
      Meeting.Builder m = Meeting.builder().id(in.str()).addParties(in.strs())
          .format(in.e(MeetingFormat.values())).span(in.span()).mode(in.e(MeetingMode.values()));
      Place place = in.optPlace();
      if (place != null) {
        m.place(place);
      }
      int sides = in.u();
      for (int i = 0; i < sides; i++) {
        Side.Builder side = Side.builder().party(in.str());
        Place at = in.optPlace();
        if (at != null) {
          side.place(at);
        }
        m.addSides(side.addAllCitations(in.citations()).build());
      }
      String host = in.opt();
      String occasion = in.opt();
      String series = in.opt();
      int number = in.optInt();
      if (host != null) {
        m.host(host);
      }
      if (occasion != null) {
        m.occasion(occasion);
      }
      if (series != null) {
        m.series(series);
      }
      if (number >= 0) {
        m.number(number);
      }
      int n = in.u();
      for (int i = 0; i < n; i++) {
        Session.Builder s = Session.builder().kind(in.e(SessionKind.values())).date(in.date());
        Place sessionPlace = in.optPlace();
        if (sessionPlace != null) {
          s.place(sessionPlace);
        }
        int p = in.u();
        for (int j = 0; j < p; j++) {
          s.addParticipants(Participant.of(in.str(), in.e(Office.values()), in.str()));
        }
        m.addSessions(s.addAllCitations(in.citations()).build());
      }
      m.addTopics(in.strs());
      n = in.u();
      for (int i = 0; i < n; i++) {
        m.addOutcomes(Outcome.builder().text(in.str()).addAllCitations(in.citations()).build());
      }
      return m.addAllCitations(in.citations()).addAllNotes(in.notes()).build();
    }
  }

  static final class PositionCodec extends RecordCodec<Position> {
    @Override
    void write(BundleOutput out, Position p) throws IOException {
      out.str(p.id());
      out.e(p.holder().kind());
      out.opt(p.holder().country());
      out.opt(p.holder().person());
      out.opt(p.holder().description());
      out.str(p.topic());
      out.e(p.stance());
      out.str(p.summary());
      out.opt(p.quote());
      out.date(p.date());
      out.opt(p.meeting());
      out.opt(p.proposition());
      out.u(p.agrees().isEmpty() ? 0 : p.agrees().get() ? 2 : 1);
      out.citations(p.citations());
      out.notes(p.notes());
    }

    @Override
    Position read(BundleInput in) {
      String id = in.str();
      Holder.Builder h = Holder.builder().kind(in.e(HolderKind.values()));
      String country = in.opt();
      String person = in.opt();
      String description = in.opt();
      if (country != null) {
        h.country(country);
      }
      if (person != null) {
        h.person(person);
      }
      if (description != null) {
        h.description(description);
      }
      Position.Builder p = Position.builder().id(id).holder(h.build()).topic(in.str())
          .stance(in.e(Stance.values())).summary(in.str());
      String quote = in.opt();
      if (quote != null) {
        p.quote(quote);
      }
      p.date(in.date());
      String meeting = in.opt();
      if (meeting != null) {
        p.meeting(meeting);
      }
      String proposition = in.opt();
      if (proposition != null) {
        p.proposition(proposition);
      }
      int agrees = in.u();
      if (agrees != 0) {
        p.agrees(agrees == 2);
      }
      return p.addAllCitations(in.citations()).addAllNotes(in.notes()).build();
    }
  }
}
