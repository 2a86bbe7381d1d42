package io.parley.testing;

import io.parley.model.Administration;
import io.parley.model.Agreement;
import io.parley.model.Citation;
import io.parley.model.ClaimStatus;
import io.parley.model.Coordinate;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.DateSpan;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Holder;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random datasets that keep every rule of the format, within each record and between records,
 * for property tests: text from many scripts with quotes, backslashes, tabs, line breaks,
 * characters outside the Basic Multilingual Plane and the separators JSON writers trip on; dates
 * of every precision from year 1 to 9999; coordinates from the poles to the smallest double.
 */
public final class RandomDatasets {
  private final Random r;
  private final Set<String> usedIds = new HashSet<>();
  private final List<String> sources = new ArrayList<>();
  private final List<String> countries = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<String> topics = new ArrayList<>();
  private final List<String> territories = new ArrayList<>();

  private RandomDatasets(long seed) {
    this.r = new Random(seed);
  }

  /** A valid dataset made from the seed; the same seed gives the same dataset. */
  public static Dataset dataset(long seed) {
    return new RandomDatasets(seed).dataset();
  }

  private static final String[] LANGUAGES = {"en", "ja", "ru", "ko", "zh-Hans", "zh-Hant", "uk", "fr", "de-CH", "sr-Latn"};
  private static final int[] SPECIALS = {
    '"', '\\', '/', '\t', '\n', 0x2028, 0x2029, 0xfeff, 0x200d, 0x0301, 0x202e, 0xfffd, 0xffff, 0x10ffff, 0xa0, 0x1f1ef
  };

  private Dataset dataset() {
    Dataset.Builder d = Dataset.builder();
    d.manifest(Manifest.builder().format(Manifest.CURRENT_FORMAT)
        .dataVersion((1000 + r.nextInt(9000)) + "." + (1 + r.nextInt(50)))
        .title(text()).license(text()).citation(text()).build());
    int nSources = 1 + r.nextInt(4);
    for (int i = 0; i < nSources; i++) {
      sources.add(id());
    }
    for (String id : sources) {
      d.addSources(source(id));
    }
    int nCountries = 2 + r.nextInt(3);
    while (countries.size() < nCountries) {
      String id = "" + (char) ('a' + r.nextInt(26)) + (char) ('a' + r.nextInt(26));
      if (usedIds.add(id)) {
        countries.add(id);
      }
    }
    for (int i = 0; i < countries.size(); i++) {
      d.addCountries(country(i));
    }
    for (int i = r.nextInt(5); i > 0; i--) {
      Person p = person();
      people.add(p);
      d.addPeople(p);
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      territories.add(id());
    }
    Set<String> featureIds = new HashSet<>(territories);
    for (String t : territories) {
      d.addTerritories(territory(t, featureIds));
    }
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      String id = id();
      topics.add(id);
      Topic.Builder t = Topic.builder().id(id).label(text());
      if (!territories.isEmpty() && r.nextBoolean()) {
        t.territory(pick(territories));
      }
      d.addTopics(t.addAllNotes(notes()).build());
    }
    if (!territories.isEmpty()) {
      for (int i = r.nextInt(4); i > 0; i--) {
        d.addClaims(claim());
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      d.addAgreements(agreement());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      d.addEvents(event());
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      Meeting m = meeting();
      meetings.add(m);
      d.addMeetings(m);
      if (m.series().isPresent()) {
        d.addSeries(Series.builder().id(m.series().get()).addAllParties(m.parties()).format(m.format())
            .addAllNames(names(1)).coverage(text()).addAllCitations(citations(1)).addAllNotes(notes()).build());
      }
    }
    List<Proposition> propositions = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      Proposition p = Proposition.builder().id(id()).topic(pick(topics)).text(text()).addAllNotes(notes()).build();
      propositions.add(p);
      d.addPropositions(p);
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      d.addPositions(position(meetings, propositions));
    }
    return d.build();
  }

  private Source source(String id) {
    Source.Builder s = Source.builder().id(id).publisher(text()).language(pick(LANGUAGES))
        .kind(pick(SourceKind.values()));
    if (r.nextBoolean()) {
      s.via(text());
    }
    if (r.nextBoolean()) {
      s.headline(text());
    }
    if (r.nextBoolean()) {
      s.author(text());
    }
    if (r.nextBoolean()) {
      s.published(date());
    }
    if (r.nextBoolean()) {
      s.url("https://example.org/" + id() + (r.nextBoolean() ? "?q=%E2%9C%93&x=1#part" : ""));
    }
    return s.addAllNotes(notes()).build();
  }

  private Country country(int i) {
    String id = countries.get(i);
    Country.Builder c = Country.builder().id(id).alpha2(id.toUpperCase(java.util.Locale.ROOT))
        .alpha3(upper(3)).addNames(Name.of(text(), "en")).addAllNames(names(r.nextInt(3)));
    if (r.nextBoolean()) {
      c.numeric(String.format("%03d", r.nextInt(1000)));
    }
    if (r.nextBoolean()) {
      c.iso3166Part3(upper(4));
    }
    if (r.nextBoolean()) {
      c.cowCode(1 + r.nextInt(999)).cowAbbreviation(text());
    }
    if (r.nextBoolean()) {
      c.gwCode(1 + r.nextInt(999));
    }
    if (r.nextBoolean()) {
      c.wikidata("Q" + (1 + r.nextInt(9_999_999)));
    }
    // Existence that covers every date used, so that every party, claimant and holder existed.
    switch (r.nextInt(3)) {
      case 0:
        c.existence(DateSpan.from(PartialDate.ofYear(1)));
        break;
      case 1:
        c.existence(DateSpan.of(PartialDate.ofYear(1), PartialDate.ofYear(9999)));
        break;
      default:
        break;
    }
    // Chains that go one way only: a predecessor earlier in the list, a successor later.
    if (i > 0 && r.nextBoolean()) {
      c.predecessor(countries.get(r.nextInt(i)));
    }
    if (i < countries.size() - 1 && r.nextBoolean()) {
      c.successor(countries.get(i + 1 + r.nextInt(countries.size() - i - 1)));
    }
    // Spells in order, the later one open: a list that counted the state, then not, then again.
    if (r.nextBoolean()) {
      StateSystem system = pick(StateSystem.values());
      int end = 1800 + r.nextInt(100);
      c.addMemberships(SystemMembership.builder().system(system).code(1 + r.nextInt(999))
          .span(DateSpan.of(PartialDate.ofYear(end - r.nextInt(50)), PartialDate.ofYear(end)))
          .addAllCitations(citations(1)).build());
      if (r.nextBoolean()) {
        c.addMemberships(SystemMembership.builder().system(system).code(1 + r.nextInt(999))
            .span(DateSpan.from(PartialDate.ofYear(1900 + r.nextInt(120))))
            .addAllCitations(citations(1)).build());
      }
    }
    return c.addAllCitations(citations(1)).addAllNotes(notes()).build();
  }

  private Person person() {
    Person.Builder p = Person.builder().id(id()).addNames(Name.of(text(), "en")).addAllNames(names(r.nextInt(2)));
    for (int i = r.nextInt(3); i > 0; i--) {
      p.addVariants(text());
    }
    if (r.nextBoolean()) {
      p.wikidata("Q" + (1 + r.nextInt(9_999_999)));
    }
    if (r.nextBoolean()) {
      // Open from year 1: whichever session lists the person falls within it.
      for (int i = 1 + r.nextInt(2); i > 0; i--) {
        Tenure.Builder t = Tenure.builder().office(pick(Office.values())).country(pick(countries))
            .span(DateSpan.from(PartialDate.ofYear(1))).addAllCitations(citations(1));
        if (r.nextBoolean()) {
          t.title(text());
        }
        p.addTenures(t.build());
      }
    }
    return p.addAllCitations(citations(1)).addAllNotes(notes()).build();
  }

  private Territory territory(String id, Set<String> featureIds) {
    Territory.Builder t = Territory.builder().id(id).neutralName(text()).addAllNames(names(r.nextInt(3)));
    for (int i = r.nextInt(3); i > 0; i--) {
      String f = id();
      if (featureIds.add(f)) {
        Feature.Builder fb = Feature.builder().id(f).addNames(Name.of(text(), pick(LANGUAGES)))
            .addAllNames(names(r.nextInt(2))).addAllCitations(citations(1));
        if (r.nextBoolean()) {
          fb.coordinate(coordinate());
        }
        t.addFeatures(fb.build());
      }
    }
    int year = 1 + r.nextInt(2000);
    int spells = r.nextInt(4);
    for (int i = 0; i < spells; i++) {
      int next = year + r.nextInt(200);
      DateSpan span = i == spells - 1 && r.nextBoolean()
          ? DateSpan.from(PartialDate.ofYear(year))
          : DateSpan.of(PartialDate.ofYear(year), PartialDate.ofYear(next));
      t.addAdministration(Administration.builder().country(pick(countries)).span(span).addAllCitations(citations(1)).build());
      year = next;
    }
    if (r.nextBoolean()) {
      t.coordinate(coordinate());
    }
    return t.addAllCitations(citations(1)).addAllNotes(notes()).build();
  }

  private TerritorialClaim claim() {
    boolean open = r.nextBoolean();
    DateSpan span = open ? DateSpan.from(date()) : closedSpan();
    ClaimStatus status = open ? pick(ClaimStatus.values())
        : pick(new ClaimStatus[] {ClaimStatus.DORMANT, ClaimStatus.RELINQUISHED, ClaimStatus.SUPERSEDED});
    return TerritorialClaim.builder().id(id()).claimant(pick(countries)).territory(pick(territories)).span(span)
        .basis(text()).status(status).addAllCitations(citations(1)).addAllNotes(notes()).build();
  }

  private Agreement agreement() {
    List<String> parties = new ArrayList<>(countries);
    java.util.Collections.shuffle(parties, r);
    PartialDate signed = date();
    Agreement.Builder a = Agreement.builder().id(id()).title(text()).addAllNames(names(r.nextInt(2)))
        .addAllParties(parties.subList(0, 2 + r.nextInt(parties.size() - 1))).signed(signed);
    if (r.nextBoolean()) {
      a.place(place());
    }
    if (r.nextBoolean()) {
      a.inForce(r.nextBoolean() ? signed : PartialDate.ofYear(Math.min(9999, signed.year() + 1 + r.nextInt(5))));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      a.addProvisions(Provision.builder().text(text()).addAllCitations(citations(1)).build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      a.addTopics(pick(topics));
    }
    return a.addAllCitations(citations(1)).addAllNotes(notes()).build();
  }

  private Event event() {
    Event.Builder e = Event.builder().id(id()).span(r.nextBoolean() ? DateSpan.of(date()) : closedSpan()).title(text());
    if (r.nextBoolean()) {
      e.summary(text());
    }
    Set<String> in = new LinkedHashSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      in.add(pick(countries));
    }
    e.addAllCountries(in);
    if (!territories.isEmpty() && r.nextBoolean()) {
      e.territory(pick(territories));
    }
    return e.addAllCitations(citations(1)).addAllNotes(notes()).build();
  }

  private Meeting meeting() {
    List<String> shuffled = new ArrayList<>(countries);
    java.util.Collections.shuffle(shuffled, r);
    List<String> parties = shuffled.subList(0, 2);
    DateSpan span = r.nextBoolean() ? DateSpan.of(date()) : closedSpan();
    MeetingFormat format = pick(MeetingFormat.values());
    MeetingMode mode = format == MeetingFormat.PHONE_CALL || r.nextInt(4) == 0
        ? pick(new MeetingMode[] {MeetingMode.VIDEO, MeetingMode.TELEPHONE}) : MeetingMode.IN_PERSON;
    Meeting.Builder m = Meeting.builder().id(id()).addAllParties(parties).format(format)
        .span(span).mode(mode);
    if (mode.isRemote()) {
      for (String party : parties) {
        if (r.nextBoolean()) {
          Side.Builder side = Side.builder().party(party);
          if (r.nextBoolean()) {
            side.place(place());
          }
          m.addSides(side.addAllCitations(citations(0)).build());
        }
      }
    } else {
      m.place(place());
    }
    if (r.nextBoolean()) {
      m.host(pick(parties));
    }
    if (r.nextBoolean()) {
      m.occasion(text());
    }
    if (r.nextBoolean()) {
      m.series(id());
      if (r.nextBoolean()) {
        m.number(1 + r.nextInt(100_000));
      }
    }
    for (int s = r.nextInt(4); s > 0; s--) {
      PartialDate date = r.nextBoolean() ? span.start() : span.end().orElseThrow();
      if (!span.contains(date)) {
        continue; // 2000/2000-03 does not contain its own start, a whole year
      }
      Session.Builder sb = Session.builder().kind(pick(SessionKind.values())).date(date);
      if (r.nextBoolean()) {
        sb.place(place());
      }
      Set<String> listed = new HashSet<>();
      for (Person p : people) {
        if (!r.nextBoolean() || !listed.add(p.id())) {
          continue;
        }
        if (p.tenures().isEmpty()) {
          sb.addParticipants(Participant.of(p.id(), pick(Office.values()), pick(parties)));
        } else {
          Tenure t = p.tenures().get(r.nextInt(p.tenures().size()));
          if (parties.contains(t.country())) {
            sb.addParticipants(Participant.of(p.id(), t.office(), t.country()));
          }
        }
      }
      m.addSessions(sb.addAllCitations(citations(0)).build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      m.addTopics(pick(topics));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      m.addOutcomes(Outcome.builder().text(text()).addAllCitations(citations(1)).build());
    }
    return m.addAllCitations(citations(1)).addAllNotes(notes()).build();
  }

  private Position position(List<Meeting> meetings, List<Proposition> propositions) {
    Holder holder;
    HolderKind kind = people.isEmpty() ? pick(new HolderKind[] {HolderKind.GOVERNMENT, HolderKind.UNNAMED_OFFICIAL})
        : pick(HolderKind.values());
    switch (kind) {
      case GOVERNMENT:
        holder = Holder.government(pick(countries));
        break;
      case OFFICIAL:
        holder = Holder.official(pick(countries), people.get(r.nextInt(people.size())).id());
        break;
      case UNNAMED_OFFICIAL:
        holder = Holder.unnamedOfficial(pick(countries), text());
        break;
      default:
        holder = r.nextBoolean() ? Holder.analyst(people.get(r.nextInt(people.size())).id(), text())
            : Holder.builder().kind(HolderKind.ANALYST).person(people.get(r.nextInt(people.size())).id()).build();
        break;
    }
    String topic = pick(topics);
    Position.Builder p = Position.builder().id(id()).holder(holder).topic(topic).stance(pick(Stance.values()))
        .summary(text());
    for (Proposition q : propositions) {
      if (q.topic().equals(topic) && r.nextBoolean()) {
        p.proposition(q.id()).agrees(r.nextBoolean());
        break;
      }
    }
    if (r.nextBoolean()) {
      p.quote(text());
    }
    if (!meetings.isEmpty() && r.nextBoolean()) {
      Meeting m = meetings.get(r.nextInt(meetings.size()));
      p.meeting(m.id()).date(m.span().start());
    } else {
      p.date(date());
    }
    return p.addAllCitations(citations(1)).addAllNotes(notes()).build();
  }

  private Place place() {
    Place.Builder p = Place.builder().country(pick(countries));
    if (r.nextBoolean()) {
      p.city(text());
    }
    if (r.nextBoolean()) {
      p.venue(text());
    }
    return p.build();
  }

  private Coordinate coordinate() {
    return Coordinate.of(degrees(90), degrees(180));
  }

  /** Degrees, now and then at the limits or among the smallest doubles. */
  private double degrees(double limit) {
    switch (r.nextInt(8)) {
      case 0:
        return r.nextBoolean() ? limit : -limit;
      case 1:
        return pick(new double[] {Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, 0.0, -0.0, 1e-7, 12.5e-20});
      case 2:
        return Math.round((r.nextDouble() * 2 - 1) * limit * 10) / 10.0;
      default:
        return (r.nextDouble() * 2 - 1) * limit;
    }
  }

  private List<Name> names(int n) {
    List<Name> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Name.Builder b = Name.builder().text(text()).language(pick(LANGUAGES));
      if (r.nextBoolean()) {
        b.romanization(text());
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        b.addUsedBy(pick(countries));
      }
      out.add(b.build());
    }
    return out;
  }

  private List<Citation> citations(int atLeast) {
    List<Citation> out = new ArrayList<>();
    for (int i = atLeast + r.nextInt(2); i > 0; i--) {
      Citation.Builder c = Citation.builder().source(pick(sources));
      if (r.nextBoolean()) {
        c.excerpt(text());
      }
      out.add(c.build());
    }
    return out;
  }

  private List<Note> notes() {
    List<Note> out = new ArrayList<>();
    if (r.nextInt(4) == 0) {
      out.add(Note.builder().text(text()).addAllCitations(citations(1)).build());
    }
    return out;
  }

  private DateSpan closedSpan() {
    PartialDate a = date();
    PartialDate b = date();
    return b.lastDay().isBefore(a.firstDay()) ? DateSpan.of(b, a) : DateSpan.of(a, b);
  }

  /** A date of any precision, mostly in modern times, now and then at the ends of the range. */
  private PartialDate date() {
    int year = r.nextInt(10) == 0 ? pick(new int[] {1, 9999, 1000, 1600}) : 1850 + r.nextInt(200);
    switch (r.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + r.nextInt(12));
      default:
        int month = 1 + r.nextInt(12);
        return PartialDate.ofDay(year, month, 1 + r.nextInt(YearMonth.of(year, month).lengthOfMonth()));
    }
  }

  /** A fresh id: one to three words of a-z and 0-9, with a number to keep it unique. */
  private String id() {
    while (true) {
      StringBuilder b = new StringBuilder();
      for (int w = 1 + r.nextInt(3); w > 0; w--) {
        if (b.length() > 0) {
          b.append('-');
        }
        for (int c = 1 + r.nextInt(8); c > 0; c--) {
          b.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(r.nextInt(36)));
        }
      }
      String id = b.toString();
      if (usedIds.add(id)) {
        return id;
      }
    }
  }

  private String upper(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  /** Text the format allows: not blank, no control characters but tab and line feed, no lone surrogates. */
  private String text() {
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(24); n > 0; n--) {
      int cp;
      switch (r.nextInt(8)) {
        case 0:
          cp = SPECIALS[r.nextInt(SPECIALS.length)];
          break;
        case 1:
          cp = 0xa0 + r.nextInt(0x60);
          break;
        case 2:
          cp = 0x400 + r.nextInt(0x100);
          break;
        case 3:
          cp = 0x4e00 + r.nextInt(0x5000);
          break;
        case 4:
          cp = 0x1f300 + r.nextInt(0x700);
          break;
        default:
          cp = 0x20 + r.nextInt(0x5f);
          break;
      }
      b.appendCodePoint(cp);
    }
    String s = b.toString();
    return s.isBlank() ? "x" + s : s;
  }

  private <T> T pick(List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private <T> T pick(T[] from) {
    return from[r.nextInt(from.length)];
  }

  private int pick(int[] from) {
    return from[r.nextInt(from.length)];
  }

  private double pick(double[] from) {
    return from[r.nextInt(from.length)];
  }
}
