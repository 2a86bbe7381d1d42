package io.parley;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.parley.internal.NameKey;
import io.parley.internal.Postings;
import io.parley.internal.Suggest;
import io.parley.model.Agreement;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.DateSpan;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Session;
import io.parley.model.Source;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Every table and index of one dataset, built once when a {@link Parley} is made. */
final class Indexes {
  final Table<Country> countries;
  final Table<Person> people;
  final Table<Topic> topics;
  final Table<Source> sources;
  final Table<Territory> territories;
  final Table<TerritorialClaim> claims;
  final Table<Agreement> agreements;
  final Table<Event> events;
  final Table<Meeting> meetings;
  final Table<Position> positions;

  /** Upper-case ISO alpha-2, alpha-3 and lower-case id to country id. */
  private final ImmutableMap<String, String> countryCodes;
  /**
   * The other codes a country may be given by, upper-cased, to the ids of the countries that
   * have them: ISO numeric, {@code COW:365}, {@code COW:RUS}, {@code GW:365} and Wikidata ids.
   * A code may name several countries (Gleditsch-Ward 365 is Russia and the Soviet Union).
   */
  private final ImmutableSetMultimap<String, String> otherCountryCodes;
  /** Country lookups by any code or name key. */
  final Postings countryByAnyCode;

  final Postings meetingByCountry;
  final Postings meetingByPair;
  final Postings meetingByFormat;
  final Postings meetingByHost;
  final Postings meetingByPlace;
  final Postings meetingByPerson;
  final Postings meetingByTopic;
  final Postings meetingBySeries;
  final long[] meetingStart;
  final long meetingLongestDays;

  final Postings territoryByName;
  final Postings territoryByClaimant;
  final Postings territoryByAdministrator;

  final Postings claimByClaimant;
  final Postings claimByTerritory;

  final Postings positionByCountry;
  final Postings positionByPerson;
  final Postings positionByTopic;
  final Postings positionByMeeting;
  final long[] positionStart;

  final Postings personByName;
  final Postings personByOffice;

  final Postings agreementByParty;
  final Postings eventByCountry;

  Indexes(Dataset d) {
    Comparator<DateSpan> bySpan = Comparator.naturalOrder();
    countries = new Table<>("country", d.countries(), Comparator.comparing(c -> ""));
    people = new Table<>("person", d.people(), Comparator.comparing(p -> ""));
    topics = new Table<>("topic", d.topics(), Comparator.comparing(t -> ""));
    sources = new Table<>("source", d.sources(), Comparator.comparing(s -> ""));
    territories = new Table<>("territory", d.territories(), Comparator.comparing(t -> ""));
    claims = new Table<>("claim", d.claims(), Comparator.comparing(TerritorialClaim::span, bySpan));
    agreements = new Table<>("agreement", d.agreements(), Comparator.comparing(Agreement::signed));
    events = new Table<>("event", d.events(), Comparator.comparing(Event::span, bySpan));
    meetings = new Table<>("meeting", d.meetings(), Comparator.comparing(Meeting::span, bySpan));
    positions = new Table<>("position", d.positions(), Comparator.comparing(Position::date));

    ImmutableMap.Builder<String, String> codes = ImmutableMap.builder();
    Postings.Builder anyCode = new Postings.Builder();
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < countries.size(); i++) {
      Country c = countries.records.get(i);
      int pos = i;
      for (String code : new String[] {c.id().toUpperCase(Locale.ROOT), c.alpha2(), c.alpha3()}) {
        if (seen.putIfAbsent(code, c.id()) == null) {
          codes.put(code, c.id());
        }
      }
      anyCode.add(c.alpha2(), i);
      anyCode.add(c.alpha3(), i);
      anyCode.add(c.id().toUpperCase(Locale.ROOT), i);
      c.cowAbbreviation().ifPresent(a -> anyCode.add("COW:" + a.toUpperCase(Locale.ROOT), pos));
      c.cowCode().ifPresent(n -> anyCode.add("COW:" + n, pos));
      c.gwCode().ifPresent(n -> anyCode.add("GW:" + n, pos));
      c.numeric().ifPresent(n -> anyCode.add(n, pos));
      c.wikidata().ifPresent(w -> anyCode.add(w, pos));
      for (Name n : c.names()) {
        anyCode.add("NAME:" + NameKey.of(n.text()), i);
        n.romanization().ifPresent(r -> anyCode.add("NAME:" + NameKey.of(r), pos));
      }
    }
    countryCodes = codes.buildOrThrow();
    ImmutableSetMultimap.Builder<String, String> other = ImmutableSetMultimap.builder();
    for (Country c : countries.records) {
      c.numeric().ifPresent(n -> other.put(n, c.id()));
      c.cowCode().ifPresent(n -> other.put("COW:" + n, c.id()));
      c.cowAbbreviation().ifPresent(a -> other.put("COW:" + a.toUpperCase(Locale.ROOT), c.id()));
      c.gwCode().ifPresent(n -> other.put("GW:" + n, c.id()));
      c.wikidata().ifPresent(w -> other.put(w.toUpperCase(Locale.ROOT), c.id()));
    }
    otherCountryCodes = other.build();
    countryByAnyCode = anyCode.build();

    Postings.Builder byCountry = new Postings.Builder();
    Postings.Builder byPair = new Postings.Builder();
    Postings.Builder byFormat = new Postings.Builder();
    Postings.Builder byHost = new Postings.Builder();
    Postings.Builder byPlace = new Postings.Builder();
    Postings.Builder byPerson = new Postings.Builder();
    Postings.Builder byTopic = new Postings.Builder();
    Postings.Builder bySeries = new Postings.Builder();
    meetingStart = new long[meetings.size()];
    long longest = 0;
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.records.get(i);
      byCountry.add(m.parties().get(0), i);
      byCountry.add(m.parties().get(1), i);
      byPair.add(pair(m.parties().get(0), m.parties().get(1)), i);
      byFormat.add(m.format().id(), i);
      int pos = i;
      m.host().ifPresent(h -> byHost.add(h, pos));
      byPlace.add("country:" + m.place().country(), i);
      m.place().city().ifPresent(c -> byPlace.add("city:" + NameKey.of(c), pos));
      for (Session s : m.sessions()) {
        for (Participant p : s.participants()) {
          byPerson.add(p.person(), i);
        }
      }
      for (String t : m.topics()) {
        byTopic.add(t, i);
      }
      m.series().ifPresent(s -> bySeries.add(s, pos));
      meetingStart[i] = m.span().firstDay().toEpochDay();
      longest = Math.max(longest, m.span().lastDay().orElseThrow().toEpochDay() - meetingStart[i]);
    }
    meetingLongestDays = longest;
    meetingByCountry = byCountry.build();
    meetingByPair = byPair.build();
    meetingByFormat = byFormat.build();
    meetingByHost = byHost.build();
    meetingByPlace = byPlace.build();
    meetingByPerson = byPerson.build();
    meetingByTopic = byTopic.build();
    meetingBySeries = bySeries.build();

    Postings.Builder claimant = new Postings.Builder();
    Postings.Builder claimTerritory = new Postings.Builder();
    Map<String, TreeSet<String>> claimantsOf = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      TerritorialClaim c = claims.records.get(i);
      claimant.add(c.claimant(), i);
      claimTerritory.add(c.territory(), i);
      claimantsOf.computeIfAbsent(c.territory(), t -> new TreeSet<>()).add(c.claimant());
    }
    claimByClaimant = claimant.build();
    claimByTerritory = claimTerritory.build();

    Postings.Builder territoryName = new Postings.Builder();
    Postings.Builder territoryClaimant = new Postings.Builder();
    Postings.Builder administrator = new Postings.Builder();
    for (int i = 0; i < territories.size(); i++) {
      Territory t = territories.records.get(i);
      territoryName.add(NameKey.of(t.neutralName()), i);
      names(territoryName, t.names(), i);
      for (Feature f : t.features()) {
        names(territoryName, f.names(), i);
      }
      for (String c : claimantsOf.getOrDefault(t.id(), new TreeSet<>())) {
        territoryClaimant.add(c, i);
      }
      t.administration().forEach(a -> administrator.add(a.country(), territories.positions.get(t.id())));
    }
    territoryByName = territoryName.build();
    territoryByClaimant = territoryClaimant.build();
    territoryByAdministrator = administrator.build();

    Postings.Builder posCountry = new Postings.Builder();
    Postings.Builder posPerson = new Postings.Builder();
    Postings.Builder posTopic = new Postings.Builder();
    Postings.Builder posMeeting = new Postings.Builder();
    positionStart = new long[positions.size()];
    for (int i = 0; i < positions.size(); i++) {
      Position p = positions.records.get(i);
      int pos = i;
      p.holder().country().ifPresent(c -> posCountry.add(c, pos));
      p.holder().person().ifPresent(c -> posPerson.add(c, pos));
      posTopic.add(p.topic(), i);
      p.meeting().ifPresent(m -> posMeeting.add(m, pos));
      positionStart[i] = p.date().firstDay().toEpochDay();
    }
    positionByCountry = posCountry.build();
    positionByPerson = posPerson.build();
    positionByTopic = posTopic.build();
    positionByMeeting = posMeeting.build();

    Postings.Builder personName = new Postings.Builder();
    Postings.Builder personOffice = new Postings.Builder();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.records.get(i);
      names(personName, p.names(), i);
      for (String v : p.variants()) {
        personName.add(NameKey.of(v), i);
      }
      for (Tenure t : p.tenures()) {
        personOffice.add(t.office().id() + "/" + t.country(), i);
      }
    }
    personByName = personName.build();
    personByOffice = personOffice.build();

    Postings.Builder party = new Postings.Builder();
    for (int i = 0; i < agreements.size(); i++) {
      for (String c : agreements.records.get(i).parties()) {
        party.add(c, i);
      }
    }
    agreementByParty = party.build();
    Postings.Builder eventCountry = new Postings.Builder();
    for (int i = 0; i < events.size(); i++) {
      for (String c : events.records.get(i).countries()) {
        eventCountry.add(c, i);
      }
    }
    eventByCountry = eventCountry.build();
  }

  private static void names(Postings.Builder index, Iterable<Name> names, int position) {
    for (Name n : names) {
      index.add(NameKey.of(n.text()), position);
      n.romanization().ifPresent(r -> index.add(NameKey.of(r), position));
    }
  }

  static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  /**
   * The id of the country with this id or code, any case: ISO 3166-1 alpha-2, alpha-3 or numeric,
   * a Correlates of War number or abbreviation ({@code COW:365}, {@code COW:RUS}), a
   * Gleditsch-Ward number ({@code GW:740}) or a Wikidata id ({@code Q159}).
   *
   * @throws IllegalArgumentException naming the code and the closest known codes, or the
   *     countries that share it
   */
  String countryId(String code) {
    checkNotNull(code, "country code");
    String key = code.toUpperCase(Locale.ROOT);
    String id = countryCodes.get(key);
    if (id != null) {
      return id;
    }
    ImmutableSet<String> ids = otherCountryCodes.get(key);
    checkArgument(!ids.isEmpty(), "unknown country code \"%s\"%s", code,
        Suggest.didYouMean(key, countryCodes.keySet()));
    checkArgument(ids.size() == 1,
        "country code \"%s\" is shared by %s; give an ISO code instead", code, ids);
    return ids.iterator().next();
  }

  String countryId(Country country) {
    checkNotNull(country, "country");
    checkArgument(countries.positions.containsKey(country.id()),
        "country \"%s\" is not in this dataset", country.id());
    return country.id();
  }

  /** Positions in a table sorted by first day whose first day lies in [from, to]. */
  static Candidates dayRange(long[] starts, long from, long to) {
    return Candidates.range(lowerBound(starts, from), lowerBound(starts, to + 1));
  }

  private static int lowerBound(long[] a, long key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static void checkOrder(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "the end %s is before the start %s", to, from);
  }
}
