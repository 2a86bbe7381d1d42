package io.parley.internal.json;

import io.parley.internal.RecordKind;
import io.parley.model.Administration;
import io.parley.model.Agreement;
import io.parley.model.Citation;
import io.parley.model.Coordinate;
import io.parley.model.Country;
import io.parley.model.DateSpan;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Holder;
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Note;
import io.parley.model.Outcome;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Provision;
import io.parley.model.Series;
import io.parley.model.Session;
import io.parley.model.Side;
import io.parley.model.Source;
import io.parley.model.SystemMembership;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Maps model values to their canonical JSON form as {@link Node}s: fields in one fixed order per
 * kind, absent values and empty arrays left out, a one-day span written as {@code date}. The
 * mirror of {@link RecordMapper}.
 */
public final class RecordWriter {
  private RecordWriter() {}

  /** One object under construction, in field order. */
  private static final class Obj {
    private final Map<String, Node> fields = new LinkedHashMap<>();

    Obj put(String name, String value) {
      fields.put(name, Node.string(value, 0, 0));
      return this;
    }

    Obj put(String name, Optional<String> value) {
      value.ifPresent(v -> put(name, v));
      return this;
    }

    Obj putNumber(String name, OptionalInt value) {
      value.ifPresent(v -> fields.put(name, Node.number(Integer.toString(v), 0, 0)));
      return this;
    }

    Obj putNumber(String name, double value) {
      BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
      String text = exact.toPlainString();
      // Plain digits, unless a tiny or huge value would spell out hundreds of zeros, past what a
      // reader accepts in a number: then the exponent form (4.9E-324), which is JSON too.
      if (text.length() > 24) {
        text = exact.toString();
      }
      fields.put(name, Node.number(text, 0, 0));
      return this;
    }

    Obj putBool(String name, Optional<Boolean> value) {
      value.ifPresent(v -> fields.put(name, Node.bool(v, 0, 0)));
      return this;
    }

    Obj putNode(String name, Node value) {
      fields.put(name, value);
      return this;
    }

    Obj strings(String name, Iterable<String> values) {
      List<Node> items = new ArrayList<>();
      for (String v : values) {
        items.add(Node.string(v, 0, 0));
      }
      if (!items.isEmpty()) {
        fields.put(name, Node.array(items, 0, 0));
      }
      return this;
    }

    <T> Obj objects(String name, Iterable<T> values, Function<T, Node> write) {
      List<Node> items = new ArrayList<>();
      for (T v : values) {
        items.add(write.apply(v));
      }
      if (!items.isEmpty()) {
        fields.put(name, Node.array(items, 0, 0));
      }
      return this;
    }

    /** {@code start} and, unless open, {@code end}. */
    Obj openSpan(DateSpan span) {
      put("start", span.start().toString());
      span.end().ifPresent(e -> put("end", e.toString()));
      return this;
    }

    /** {@code date} for a one-date span, else {@code start} and {@code end}. */
    Obj closedSpan(DateSpan span) {
      if (span.end().isPresent() && span.end().get().equals(span.start())) {
        return put("date", span.start().toString());
      }
      return openSpan(span);
    }

    Obj cited(List<Citation> citations) {
      return objects("citations", citations, RecordWriter::citation);
    }

    Obj noted(List<Note> notes) {
      return objects("notes", notes, RecordWriter::note);
    }

    Node build() {
      return Node.object(fields, 0, 0);
    }
  }

  public static Node manifest(Manifest m) {
    Obj o = new Obj();
    o.fields.put("format", Node.number(Integer.toString(m.format()), 0, 0));
    return o.put("dataVersion", m.dataVersion())
        .put("title", m.title())
        .put("license", m.license())
        .put("citation", m.citation())
        .build();
  }

  public static Node source(Source s) {
    return new Obj()
        .put("id", s.id())
        .put("publisher", s.publisher())
        .put("via", s.via())
        .put("headline", s.headline())
        .put("author", s.author())
        .put("published", s.published().map(Object::toString))
        .put("url", s.url())
        .put("language", s.language())
        .put("kind", s.kind().id())
        .noted(s.notes())
        .build();
  }

  public static Node country(Country c) {
    Obj o = new Obj()
        .put("id", c.id())
        .put("alpha2", c.alpha2())
        .put("alpha3", c.alpha3())
        .put("numeric", c.numeric())
        .put("iso3166Part3", c.iso3166Part3())
        .putNumber("cowCode", c.cowCode())
        .put("cowAbbreviation", c.cowAbbreviation())
        .putNumber("gwCode", c.gwCode())
        .put("wikidata", c.wikidata())
        .objects("names", c.names(), RecordWriter::name);
    c.existence().ifPresent(o::openSpan);
    return o.put("predecessor", c.predecessor())
        .put("successor", c.successor())
        .objects("memberships", c.memberships(), RecordWriter::membership)
        .cited(c.citations())
        .noted(c.notes())
        .build();
  }

  private static Node membership(SystemMembership m) {
    return new Obj()
        .put("system", m.system().id())
        .putNumber("code", OptionalInt.of(m.code()))
        .openSpan(m.span())
        .cited(m.citations())
        .build();
  }

  public static Node person(Person p) {
    return new Obj()
        .put("id", p.id())
        .objects("names", p.names(), RecordWriter::name)
        .strings("variants", p.variants())
        .put("wikidata", p.wikidata())
        .objects("tenures", p.tenures(), RecordWriter::tenure)
        .cited(p.citations())
        .noted(p.notes())
        .build();
  }

  private static Node tenure(Tenure t) {
    return new Obj()
        .put("office", t.office().id())
        .put("country", t.country())
        .openSpan(t.span())
        .put("title", t.title())
        .cited(t.citations())
        .build();
  }

  /** A record of any kind, by its kind's writer. */
  public static Node record(Entity e) {
    return switch (RecordKind.of(e)) {
      case MANIFEST -> throw new AssertionError("the manifest is not a record");
      case SOURCES -> source((Source) e);
      case COUNTRIES -> country((Country) e);
      case PEOPLE -> person((Person) e);
      case TOPICS -> topic((Topic) e);
      case PROPOSITIONS -> proposition((Proposition) e);
      case TERRITORIES -> territory((Territory) e);
      case CLAIMS -> claim((TerritorialClaim) e);
      case AGREEMENTS -> agreement((Agreement) e);
      case EVENTS -> event((Event) e);
      case SERIES -> series((Series) e);
      case MEETINGS -> meeting((Meeting) e);
      case POSITIONS -> position((Position) e);
    };
  }

  public static Node proposition(Proposition p) {
    Obj o = new Obj()
        .put("id", p.id())
        .put("topic", p.topic())
        .put("text", p.text());
    return o.objects("translations", p.translations(), RecordWriter::name)
        .strings("excludes", p.excludes()).noted(p.notes()).build();
  }

  public static Node series(Series x) {
    Obj o = new Obj()
        .put("id", x.id())
        .strings("parties", x.parties())
        .put("format", x.format().id());
    return o.objects("names", x.names(), RecordWriter::name).put("coverage", x.coverage()).cited(x.citations()).noted(x.notes()).build();
  }

  public static Node topic(Topic t) {
    return new Obj()
        .put("id", t.id())
        .put("label", t.label())
        .put("territory", t.territory())
        .noted(t.notes())
        .build();
  }

  public static Node territory(Territory t) {
    Obj o = new Obj()
        .put("id", t.id())
        .put("neutralName", t.neutralName())
        .put("wikidata", t.wikidata())
        .objects("names", t.names(), RecordWriter::name)
        .objects("features", t.features(), RecordWriter::feature)
        .objects("administration", t.administration(), RecordWriter::administration);
    t.coordinate().ifPresent(c -> o.putNode("coordinate", coordinate(c)));
    return o.cited(t.citations()).noted(t.notes()).build();
  }

  private static Node feature(Feature f) {
    Obj o = new Obj().put("id", f.id()).objects("names", f.names(), RecordWriter::name);
    f.coordinate().ifPresent(c -> o.putNode("coordinate", coordinate(c)));
    return o.cited(f.citations()).build();
  }

  private static Node administration(Administration a) {
    return new Obj().put("country", a.country()).openSpan(a.span()).cited(a.citations()).build();
  }

  private static Node coordinate(Coordinate c) {
    return new Obj().putNumber("latitude", c.latitude()).putNumber("longitude", c.longitude()).build();
  }

  public static Node claim(TerritorialClaim c) {
    return new Obj()
        .put("id", c.id())
        .put("claimant", c.claimant())
        .put("territory", c.territory())
        .openSpan(c.span())
        .put("basis", c.basis())
        .put("status", c.status().id())
        .cited(c.citations())
        .noted(c.notes())
        .build();
  }

  public static Node agreement(Agreement a) {
    Obj o = new Obj()
        .put("id", a.id())
        .put("title", a.title())
        .put("wikidata", a.wikidata())
        .objects("names", a.names(), RecordWriter::name)
        .strings("parties", a.parties())
        .put("signed", a.signed().toString());
    a.place().ifPresent(p -> o.putNode("place", place(p)));
    return o.put("inForce", a.inForce().map(Object::toString))
        .objects("provisions", a.provisions(), RecordWriter::provision)
        .strings("topics", a.topics())
        .cited(a.citations())
        .noted(a.notes())
        .build();
  }

  private static Node provision(Provision p) {
    return new Obj().put("text", p.text()).cited(p.citations()).build();
  }

  public static Node event(Event e) {
    return new Obj()
        .put("id", e.id())
        .closedSpan(e.span())
        .put("title", e.title())
        .put("summary", e.summary())
        .strings("countries", e.countries())
        .put("territory", e.territory())
        .cited(e.citations())
        .noted(e.notes())
        .build();
  }

  public static Node meeting(Meeting m) {
    Obj o = new Obj()
        .put("id", m.id())
        .strings("parties", m.parties())
        .put("format", m.format().id())
        .closedSpan(m.span());
    if (m.mode().isRemote()) {
      o.put("mode", m.mode().id());
    }
    m.place().ifPresent(p -> o.putNode("place", place(p)));
    return o.objects("sides", m.sides(), RecordWriter::side)
        .put("host", m.host())
        .put("occasion", m.occasion())
        .put("series", m.series())
        .putNumber("number", m.number())
        .objects("sessions", m.sessions(), RecordWriter::session)
        .strings("topics", m.topics())
        .objects("outcomes", m.outcomes(), RecordWriter::outcome)
        .cited(m.citations())
        .noted(m.notes())
        .build();
  }

  private static Node side(Side s) {
    Obj o = new Obj().put("party", s.party());
    s.place().ifPresent(p -> o.putNode("place", place(p)));
    return o.cited(s.citations()).build();
  }

  private static Node session(Session s) {
    Obj o = new Obj().put("kind", s.kind().id()).put("date", s.date().toString());
    s.place().ifPresent(p -> o.putNode("place", place(p)));
    return o.objects("participants", s.participants(), RecordWriter::participant)
        .cited(s.citations())
        .build();
  }

  private static Node participant(Participant p) {
    return new Obj()
        .put("person", p.person())
        .put("office", p.office().id())
        .put("country", p.country())
        .build();
  }

  private static Node outcome(Outcome o) {
    return new Obj().put("text", o.text()).cited(o.citations()).build();
  }

  public static Node position(Position p) {
    return new Obj()
        .put("id", p.id())
        .putNode("holder", holder(p.holder()))
        .put("topic", p.topic())
        .put("stance", p.stance().id())
        .put("summary", p.summary())
        .put("quote", p.quote())
        .put("date", p.date().toString())
        .put("meeting", p.meeting())
        .put("proposition", p.proposition())
        .putBool("agrees", p.agrees())
        .cited(p.citations())
        .noted(p.notes())
        .build();
  }

  private static Node holder(Holder h) {
    return new Obj()
        .put("kind", h.kind().id())
        .put("country", h.country())
        .put("person", h.person())
        .put("description", h.description())
        .build();
  }

  private static Node place(Place p) {
    return new Obj().put("city", p.city()).put("country", p.country()).put("venue", p.venue()).build();
  }

  private static Node name(Name n) {
    return new Obj()
        .put("text", n.text())
        .put("language", n.language())
        .put("romanization", n.romanization())
        .strings("usedBy", n.usedBy())
        .build();
  }

  private static Node citation(Citation c) {
    return new Obj().put("source", c.source()).put("excerpt", c.excerpt()).build();
  }

  private static Node note(Note n) {
    return new Obj().put("text", n.text()).cited(n.citations()).build();
  }
}
