package io.parley.internal.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.parley.internal.IsoCodes;
import io.parley.internal.RecordKind;
import io.parley.internal.RecordSource;
import io.parley.internal.discourse.Questions;
import io.parley.internal.text.NameKey;
import io.parley.internal.text.Suggest;
import io.parley.model.Agreement;
import io.parley.model.Country;
import io.parley.model.Event;
import io.parley.model.Meeting;
import io.parley.model.Office;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Series;
import io.parley.model.Source;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every table and index of one dataset. Each kind's table, and each group of indexes, is built
 * once, on first use, from the record source: so a program that asks only about meetings never
 * decodes the positions of the bundled dataset, nor builds the name indexes.
 */
public final class Indexes {

  private final RecordSource source;

  public Indexes(RecordSource source) {
    this.source = source;
  }

  private final NameIndexes names = new NameIndexes(this);

  /** Countries, people and territories by name, each kind's index built on its first lookup. */
  public NameIndexes names() {
    return names;
  }

  // Order of each table: chronological where time applies, else by id (Table adds the id).

  private final Lazy<Table<Country>> countries = new Slot<>(this, Part.COUNTRIES);

  private final Lazy<Table<Person>> people = new Slot<>(this, Part.PEOPLE);

  private final Lazy<Table<Topic>> topics = new Slot<>(this, Part.TOPICS);

  private final Lazy<Table<Source>> sources = new Slot<>(this, Part.SOURCES);

  private final Lazy<Table<Territory>> territories = new Slot<>(this, Part.TERRITORIES);

  private final Lazy<Table<TerritorialClaim>> claims = new Slot<>(this, Part.CLAIMS);

  private final Lazy<Table<Agreement>> agreements = new Slot<>(this, Part.AGREEMENTS);

  private final Lazy<Table<Event>> events = new Slot<>(this, Part.EVENTS);

  private final Lazy<Table<Meeting>> meetings = new Slot<>(this, Part.MEETINGS);

  private final Lazy<Table<Position>> positions = new Slot<>(this, Part.POSITIONS);

  public Table<Country> countries() {
    return countries.get();
  }

  public Table<Person> people() {
    return people.get();
  }

  private final Lazy<Table<Proposition>> propositions = new Slot<>(this, Part.PROPOSITIONS);

  private final Lazy<Table<Series>> series = new Slot<>(this, Part.SERIES);

  public Table<Proposition> propositions() {
    return propositions.get();
  }

  public Table<Series> series() {
    return series.get();
  }

  public Table<Topic> topics() {
    return topics.get();
  }

  public Table<Source> sources() {
    return sources.get();
  }

  public Table<Territory> territories() {
    return territories.get();
  }

  public Table<TerritorialClaim> claims() {
    return claims.get();
  }

  public Table<Agreement> agreements() {
    return agreements.get();
  }

  public Table<Event> events() {
    return events.get();
  }

  public Table<Meeting> meetings() {
    return meetings.get();
  }

  public Table<Position> positions() {
    return positions.get();
  }

  // ---------------------------------------------------------------- countries

  /** ISO alpha-2, alpha-3 and upper-cased id to id: what refinements taking a country accept. */
  private final Lazy<Map<String, String>> isoCodes = new Slot<>(this, Part.ISO_CODES);

  /**
   * The other codes a country may be given by, upper-cased, to the ids of the countries that have
   * them: ISO numeric, {@code COW:365}, {@code COW:RUS}, {@code GW:365} and Wikidata ids. A code
   * may name several countries (Gleditsch-Ward 365 is Russia and the Soviet Union).
   */
  private final Lazy<Map<String, List<String>>> otherCodes = new Slot<>(this, Part.OTHER_CODES);

  /** Any code to position; built only when countries are looked up by code. */
  public static final class CountryCodes {
    public final Postings any;

    public CountryCodes(Table<Country> countries) {
      Postings.Builder anyCode = new Postings.Builder();
      for (int i = 0; i < countries.size(); i++) {
        Country c = countries.records.get(i);
        for (String code : IsoCodes.of(c)) {
          anyCode.add(code, i);
        }
        for (String code : otherCodes(c)) {
          anyCode.add(code, i);
        }
      }
      any = anyCode.build();
    }
  }

  private final Lazy<CountryCodes> countryCodes = new Slot<>(this, Part.COUNTRY_CODES);

  /** The countries with a code (any of {@link #countryId}'s, any case), by table position. */
  public int[] countriesByCode(String code) {
    return countryCodes.get().any.get(code.toUpperCase(Locale.ROOT));
  }

  /**
   * The id of the country with this id, ISO code (alpha-2, alpha-3 or numeric, any case), COW
   * number or abbreviation ({@code COW:365}, {@code COW:RUS}), Gleditsch-Ward number ({@code
   * GW:740}) or Wikidata id ({@code Q159}).
   *
   * @throws IllegalArgumentException naming the code and the closest known codes, or the
   *     countries that share it
   */
  public String countryId(String code) {
    checkNotNull(code, "country code");
    String key = code.toUpperCase(Locale.ROOT);
    Map<String, String> iso = isoCodes.get();
    String id = iso.get(key);
    if (id != null) {
      return id;
    }
    List<String> ids = otherCodes.get().get(key);
    if (ids == null) {
      throw new IllegalArgumentException("unknown country code \"" + code + "\""
          + Suggest.didYouMean(key, iso.keySet()));
    }
    checkArgument(ids.size() == 1,
        "country code \"%s\" is shared by %s; give an ISO code instead", code, ids);
    return ids.get(0);
  }

  public String countryId(Country country) {
    checkNotNull(country, "country");
    checkArgument(countries().contains(country.id()),
        "country \"%s\" is not in this dataset", country.id());
    return country.id();
  }

  // ---------------------------------------------------------------- meetings

  private final Lazy<MeetingIndex> meetingIndex = new Slot<>(this, Part.MEETING_INDEX);

  public MeetingIndex meetingIndex() {
    return meetingIndex.get();
  }

  /** Meetings by "country:" id and "city:" name key; apart, as name keys need the normalizer. */
  private final Lazy<Postings> meetingByPlace = new Slot<>(this, Part.MEETING_BY_PLACE);

  /** The meetings held in a city, by any of its names, by table position. */
  public int[] meetingsInCity(String city) {
    return meetingByPlace.get().get("city:" + NameKey.of(city));
  }

  /** The meetings held in a country, by its id, by table position. */
  public int[] meetingsInCountry(String countryId) {
    return meetingByPlace.get().get("country:" + countryId);
  }

  // ---------------------------------------------------------------- territories and claims

  private final Lazy<ClaimIndex> claimIndex = new Slot<>(this, Part.CLAIM_INDEX);

  public ClaimIndex claimIndex() {
    return claimIndex.get();
  }

  private final Lazy<TerritoryIndex> territoryIndex = new Slot<>(this, Part.TERRITORY_INDEX);

  public TerritoryIndex territoryIndex() {
    return territoryIndex.get();
  }

  // ---------------------------------------------------------------- positions

  private final Lazy<PositionIndex> positionIndex = new Slot<>(this, Part.POSITION_INDEX);

  public PositionIndex positionIndex() {
    return positionIndex.get();
  }

  // ---------------------------------------------------------------- people, agreements, events

  /** The people indexes. */
  public static final class PersonIndex {
    public final Postings byOffice;

    public PersonIndex(Table<Person> people) {
      Postings.Builder office = new Postings.Builder();
      for (int i = 0; i < people.size(); i++) {
        Person p = people.records.get(i);
        for (Tenure t : p.tenures()) {
          office.add(officeKey(t.office(), t.country()), i);
        }
      }
      byOffice = office.build();
    }
  }

  private final Lazy<PersonIndex> personIndex = new Slot<>(this, Part.PERSON_INDEX);

  public PersonIndex personIndex() {
    return personIndex.get();
  }

  private static String officeKey(Office office, String countryId) {
    return office.id() + "/" + countryId;
  }

  /** The people who ever held the office in the country, by table position. */
  public int[] peopleByOffice(Office office, String countryId) {
    return personIndex().byOffice.get(officeKey(office, countryId));
  }

  /** The questions the propositions pose (a proposition with those it excludes). */
  private final Lazy<Questions> questions = new Slot<>(this, Part.QUESTIONS);

  public Questions questions() {
    return questions.get();
  }

  private final Lazy<QuestionGroups> questionGroups = new Slot<>(this, Part.QUESTION_GROUPS);

  /** Each country's coded statements by question, for divergence. */
  public QuestionGroups questionGroups() {
    return questionGroups.get();
  }

  /** Topics by the territory they are about. */
  private final Lazy<Postings> topicsByTerritory = new Slot<>(this, Part.TOPICS_BY_TERRITORY);

  /** The topics about a territory, by table position. */
  public int[] topicsOf(String territoryId) {
    return topicsByTerritory.get().get(territoryId);
  }

  private Postings buildTopicsByTerritory() {
    Postings.Builder territory = new Postings.Builder();
    Table<Topic> t = topics();
    for (int i = 0; i < t.size(); i++) {
      Topic topic = t.records.get(i);
      if (topic.territory().isPresent()) {
        territory.add(topic.territory().get(), i);
      }
    }
    return territory.build();
  }

  private final Lazy<Postings> agreementByParty = new Slot<>(this, Part.AGREEMENT_BY_PARTY);

  public Postings agreementByParty() {
    return agreementByParty.get();
  }

  private final Lazy<Postings> eventByCountry = new Slot<>(this, Part.EVENT_BY_COUNTRY);

  public Postings eventByCountry() {
    return eventByCountry.get();
  }

  // ---------------------------------------------------------------- lazy slots

  /** Each table and index group, by name; {@link #build} says how each is made. */
  private enum Part {
    COUNTRIES, PEOPLE, TOPICS, SOURCES, TERRITORIES, CLAIMS, AGREEMENTS, EVENTS, MEETINGS,
    POSITIONS, PROPOSITIONS, SERIES, ISO_CODES, OTHER_CODES, COUNTRY_CODES, MEETING_INDEX,
    MEETING_BY_PLACE, CLAIM_INDEX, TERRITORY_INDEX, POSITION_INDEX, PERSON_INDEX,
    AGREEMENT_BY_PARTY, EVENT_BY_COUNTRY, TOPICS_BY_TERRITORY, QUESTIONS, QUESTION_GROUPS
  }

  /**
   * One lazily built table or index group. One class for all of them rather than one anonymous
   * class each, as each class costs its loading time when a program starts; the field's declared
   * type and {@link #build}'s case for its part agree, which the unchecked cast relies on.
   */
  private static final class Slot<T> extends Lazy<T> {
    private final Indexes owner;
    private final Part part;

    Slot(Indexes owner, Part part) {
      this.owner = owner;
      this.part = part;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T compute() {
      return (T) owner.build(part);
    }
  }

  private Object build(Part part) {
    return switch (part) {
      case COUNTRIES -> buildCountries();
      case PEOPLE -> buildPeople();
      case TOPICS -> buildTopics();
      case SOURCES -> buildSources();
      case TERRITORIES -> buildTerritories();
      case CLAIMS -> buildClaims();
      case AGREEMENTS -> buildAgreements();
      case EVENTS -> buildEvents();
      case MEETINGS -> buildMeetings();
      case POSITIONS -> buildPositions();
      case PROPOSITIONS -> new Table<>(RecordKind.PROPOSITIONS.singular(), source.propositions(), Table.byIdOnly());
      case SERIES -> new Table<>(RecordKind.SERIES.singular(), source.series(), Table.byIdOnly());
      case ISO_CODES -> buildIsoCodes();
      case OTHER_CODES -> buildOtherCodes();
      case COUNTRY_CODES -> buildCountryCodes();
      case MEETING_INDEX -> buildMeetingIndex();
      case MEETING_BY_PLACE -> buildMeetingByPlace();
      case CLAIM_INDEX -> buildClaimIndex();
      case TERRITORY_INDEX -> buildTerritoryIndex();
      case POSITION_INDEX -> buildPositionIndex();
      case PERSON_INDEX -> buildPersonIndex();
      case AGREEMENT_BY_PARTY -> buildAgreementByParty();
      case EVENT_BY_COUNTRY -> buildEventByCountry();
      case TOPICS_BY_TERRITORY -> buildTopicsByTerritory();
      case QUESTIONS -> new Questions(propositions().records);
      case QUESTION_GROUPS -> new QuestionGroups(positions(), questions());
    };
  }

  private Table<Country> buildCountries() {
    return new Table<>("country", source.countries(), Table.<Country>byIdOnly());
  }

  private Table<Person> buildPeople() {
    return new Table<>("person", source.people(), Table.<Person>byIdOnly());
  }

  private Table<Topic> buildTopics() {
    return new Table<>("topic", source.topics(), Table.<Topic>byIdOnly());
  }

  private Table<Source> buildSources() {
    return new Table<>("source", source.sources(), Table.<Source>byIdOnly());
  }

  private Table<Territory> buildTerritories() {
    return new Table<>("territory", source.territories(), Table.<Territory>byIdOnly());
  }

  private Table<TerritorialClaim> buildClaims() {
    return new Table<>("claim", source.claims(), new Comparator<TerritorialClaim>() {
      @Override
      public int compare(TerritorialClaim a, TerritorialClaim b) {
        return a.span().compareTo(b.span());
      }
    });
  }

  private Table<Agreement> buildAgreements() {
    return new Table<>("agreement", source.agreements(), new Comparator<Agreement>() {
      @Override
      public int compare(Agreement a, Agreement b) {
        return a.signed().compareTo(b.signed());
      }
    });
  }

  private Table<Event> buildEvents() {
    return new Table<>("event", source.events(), new Comparator<Event>() {
      @Override
      public int compare(Event a, Event b) {
        return a.span().compareTo(b.span());
      }
    });
  }

  private Table<Meeting> buildMeetings() {
    return new Table<>("meeting", source.meetings(), new Comparator<Meeting>() {
      @Override
      public int compare(Meeting a, Meeting b) {
        return a.span().compareTo(b.span());
      }
    });
  }

  private Table<Position> buildPositions() {
    return new Table<>("position", source.positions(), new Comparator<Position>() {
      @Override
      public int compare(Position a, Position b) {
        return a.date().compareTo(b.date());
      }
    });
  }

  /** From the source where it has them (the bundle does: no country is decoded), else built. */
  private Map<String, String> buildIsoCodes() {
    Map<String, String> stored = source.isoCodes();
    return stored != null ? stored : IsoCodes.map(countries().records);
  }

  private Map<String, List<String>> buildOtherCodes() {
    HashMap<String, List<String>> other = new HashMap<>();
    for (Country c : countries().records) {
      for (String code : otherCodes(c)) {
        addCode(other, code, c.id());
      }
    }
    return Collections.unmodifiableMap(other);
  }

  /** A country's upper-cased id and its ISO alpha-2 and alpha-3 codes. */

  /**
   * A country's other codes, as refinements take them (upper case): ISO numeric, {@code COW:365},
   * {@code COW:RUS}, {@code GW:365} and its Wikidata id.
   */
  private static List<String> otherCodes(Country c) {
    List<String> codes = new ArrayList<>(5);
    if (c.numeric().isPresent()) {
      codes.add(c.numeric().get());
    }
    if (c.cowCode().isPresent()) {
      codes.add("COW:" + c.cowCode().getAsInt());
    }
    if (c.cowAbbreviation().isPresent()) {
      codes.add("COW:" + c.cowAbbreviation().get().toUpperCase(Locale.ROOT));
    }
    if (c.gwCode().isPresent()) {
      codes.add("GW:" + c.gwCode().getAsInt());
    }
    if (c.wikidata().isPresent()) {
      codes.add(c.wikidata().get().toUpperCase(Locale.ROOT));
    }
    return codes;
  }

  private static void addCode(Map<String, List<String>> codes, String code, String id) {
    List<String> ids = codes.get(code);
    if (ids == null) {
      ids = new ArrayList<>(1);
      codes.put(code, ids);
    }
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  private CountryCodes buildCountryCodes() {
    return new CountryCodes(countries());
  }

  private MeetingIndex buildMeetingIndex() {
    return new MeetingIndex(meetings());
  }

  private Postings buildMeetingByPlace() {
    Postings.Builder place = new Postings.Builder();
    Table<Meeting> t = meetings();
    for (int i = 0; i < t.size(); i++) {
      Meeting m = t.records.get(i);
      for (Place p : m.places()) {
        place.add("country:" + p.country(), i);
        if (p.city().isPresent()) {
          place.add("city:" + NameKey.of(p.city().get()), i);
        }
      }
    }
    return place.build();
  }

  private ClaimIndex buildClaimIndex() {
    return new ClaimIndex(claims());
  }

  private TerritoryIndex buildTerritoryIndex() {
    return new TerritoryIndex(territories(), claimIndex());
  }

  private PositionIndex buildPositionIndex() {
    return new PositionIndex(positions());
  }

  private PersonIndex buildPersonIndex() {
    return new PersonIndex(people());
  }

  private Postings buildAgreementByParty() {
    Postings.Builder party = new Postings.Builder();
    Table<Agreement> t = agreements();
    for (int i = 0; i < t.size(); i++) {
      for (String c : t.records.get(i).parties()) {
        party.add(c, i);
      }
    }
    return party.build();
  }

  private Postings buildEventByCountry() {
    Postings.Builder country = new Postings.Builder();
    Table<Event> t = events();
    for (int i = 0; i < t.size(); i++) {
      for (String c : t.records.get(i).countries()) {
        country.add(c, i);
      }
    }
    return country.build();
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The id, if a record of the table has it; otherwise an exception naming the id and the closest
   * ids (computed only then).
   */
  public static String known(Table<?> table, String id) {
    checkNotNull(id, "%s id", table.singular);
    if (!table.contains(id)) {
      throw new IllegalArgumentException("no " + table.singular + " with id \"" + id + "\""
          + Suggest.didYouMean(id, table.ids()));
    }
    return id;
  }

  public static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  /** Positions in a table sorted by first day whose first day lies in [from, to]. */
  public static Candidates dayRange(long[] starts, long from, long to) {
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

  public static void checkOrder(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "the end %s is before the start %s", to, from);
  }
}
