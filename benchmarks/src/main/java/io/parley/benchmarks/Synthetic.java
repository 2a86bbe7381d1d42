package io.parley.benchmarks;

import io.parley.io.ReadLimits;
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
import io.parley.model.Manifest;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.MeetingMode;
import io.parley.model.Name;
import io.parley.model.Office;
import io.parley.model.Outcome;
import io.parley.model.PartialDate;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Place;
import io.parley.model.Position;
import io.parley.model.Provision;
import io.parley.model.Series;
import io.parley.model.Session;
import io.parley.model.Side;
import io.parley.model.SessionKind;
import io.parley.model.Source;
import io.parley.model.SourceKind;
import io.parley.model.Stance;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic dataset of a given number of meetings, in the shape of the real one:
 * 150 countries (nine real codes, the Soviet Union as a former state, the rest ISO-like), people
 * whose tenures tile every office of every country from 1985 on, meetings of every format with one
 * to three sessions whose participants hold the stated office on the session's day, territories
 * named in several scripts with features, administration and claims, one to four positions per
 * meeting, agreements and events, and a citation on every record. The same size always gives the
 * same dataset (a fixed seed and no iteration over unordered collections).
 *
 * <p>Countries meet with Zipf-like frequencies (exponent 0.8), so some pairs are busy (the first
 * two countries meet about once in every 70 meetings) and most are not.
 */
final class Synthetic {
  static final long SEED = 0x5EED2026L;
  static final LocalDate FIRST_MEETING = LocalDate.of(1992, 1, 1);
  static final LocalDate LAST_MEETING = LocalDate.of(2025, 12, 31);
  static final LocalDate TENURES_FROM = LocalDate.of(1985, 1, 1);
  static final int COUNTRIES = 150;

  /** Limits that let the reader take the largest synthetic files (the defaults stop at 256 MiB). */
  static ReadLimits limits() {
    return ReadLimits.defaults().withMaxFileBytes(1L << 40).withMaxRecords(50_000_000);
  }

  // ------------------------------------------------------------------------------------ scripts

  /** Syllables, the same sound in each script, so every native name has a Latin romanization. */
  private static final String[] LATIN = {"ka", "to", "ri", "mo", "sa", "ne", "lu", "vi", "da", "po",
      "ra", "shi", "ta", "no", "ba", "el", "an", "or", "in", "us"};
  private static final String[] CYRILLIC = {"ка", "то", "ри", "мо", "са", "не", "лу", "ви", "да", "по",
      "ра", "ши", "та", "но", "ба", "эль", "ан", "ор", "ин", "ус"};
  private static final String[] KANJI = {"加", "戸", "里", "茂", "佐", "根", "留", "美", "田", "保",
      "良", "志", "多", "野", "馬", "江", "安", "尾", "井", "宇"};
  private static final String[] HANGUL = {"가", "토", "리", "모", "사", "네", "루", "비", "다", "포",
      "라", "시", "타", "노", "바", "엘", "안", "오", "인", "우"};
  private static final String[] HANZI = {"加", "托", "里", "莫", "萨", "内", "卢", "维", "达", "波",
      "拉", "西", "塔", "诺", "巴", "埃", "安", "奥", "因", "乌"};
  private static final String[] ARABIC = {"كا", "تو", "ري", "مو", "سا", "ني", "لو", "في", "دا", "بو",
      "را", "شي", "تا", "نو", "با", "ال", "ان", "ور", "ين", "وس"};
  private static final String[] GREEK = {"κα", "το", "ρι", "μο", "σα", "νε", "λου", "βι", "ντα", "πο",
      "ρα", "σι", "τα", "νο", "μπα", "ελ", "αν", "ορ", "ιν", "ους"};

  enum Script {
    LATIN_SCRIPT("en", LATIN, "", " Islands", " Island", " Rocks", " Reef", " Bank"),
    CYRILLIC_SCRIPT("ru", CYRILLIC, " ", "острова", "остров", "скалы", "риф", "банка"),
    KANJI_SCRIPT("ja", KANJI, "", "諸島", "島", "岩", "礁", "堆"),
    HANGUL_SCRIPT("ko", HANGUL, " ", "군도", "섬", "바위", "초", "퇴"),
    HAN_SCRIPT("zh-Hans", HANZI, "", "群岛", "岛", "岩", "礁", "滩"),
    ARABIC_SCRIPT("ar", ARABIC, " ", "جزر", "جزيرة", "صخور", "شعاب", "ضفة"),
    GREEK_SCRIPT("el", GREEK, " ", "νησιά", "νησί", "βράχοι", "ύφαλος", "ύφαλα");

    final String language;
    final String[] syllables;
    final String gap;
    final String[] suffixes;

    Script(String language, String[] syllables, String gap, String... suffixes) {
      this.language = language;
      this.syllables = syllables;
      this.gap = gap;
      this.suffixes = suffixes;
    }

    String word(int[] s) {
      StringBuilder b = new StringBuilder();
      for (int i : s) {
        b.append(syllables[i]);
      }
      if (this == LATIN_SCRIPT || this == CYRILLIC_SCRIPT || this == GREEK_SCRIPT) {
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
      }
      return b.toString();
    }

    /** A place name: the word and a kind of feature, in this script's order. */
    String place(int[] s, int suffix) {
      return this == LATIN_SCRIPT ? word(s) + suffixes[suffix] : word(s) + gap + suffixes[suffix];
    }
  }

  // ------------------------------------------------------------------------------------ state

  private final int meetings;
  private final SplittableRandom random = new SplittableRandom(SEED);
  private final List<Source> sources = new ArrayList<>();
  private final List<Country> countries = new ArrayList<>();
  private final List<String> ids = new ArrayList<>(); // country ids, in weight order
  private final List<Script> scripts = new ArrayList<>();
  private final List<String[]> cities = new ArrayList<>();
  private final List<Office> leader = new ArrayList<>();
  private double[] cumulative;
  private final List<PersonDraft> people = new ArrayList<>();
  private final List<PersonDraft> analysts = new ArrayList<>();
  /** Per country index and office: tenure starts and the holder of each, in order. */
  private final Map<String, Chain> chains = new HashMap<>();
  private final List<Topic> topics = new ArrayList<>();
  private final List<String> generalTopics = new ArrayList<>();
  private final List<Territory> territories = new ArrayList<>();
  private final List<TerritorialClaim> claims = new ArrayList<>();
  /** Pair key to the topic of a territory the pair disputes. */
  private final Map<String, String> disputeTopic = new HashMap<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Meeting> meetingList = new ArrayList<>();
  private final List<Series> seriesList = new ArrayList<>();
  private final List<Position> positions = new ArrayList<>();
  private final Set<String> usedSlugs = new java.util.HashSet<>();

  private Synthetic(int meetings) {
    this.meetings = meetings;
  }

  static Dataset generate(int meetings) {
    return new Synthetic(meetings).build();
  }

  private Dataset build() {
    sources();
    countries();
    people();
    topics();
    territories();
    agreementsAndEvents();
    meetingsAndPositions();
    return Dataset.builder()
        .manifest(Manifest.builder()
            .format(1)
            .dataVersion("2026.1")
            .title("Parley synthetic benchmark dataset, " + meetings + " meetings")
            .license("CC0-1.0")
            .citation("Synthetic data generated by io.parley.benchmarks.Generate (seed " + SEED + "); no fact in it is real.")
            .build())
        .addAllSources(sources)
        .addAllCountries(countries)
        .addAllPeople(buildPeople())
        .addAllTopics(topics)
        .addAllTerritories(territories)
        .addAllClaims(claims)
        .addAllAgreements(agreements)
        .addAllEvents(events)
        .addAllSeries(seriesList)
        .addAllMeetings(meetingList)
        .addAllPositions(positions)
        .build();
  }

  // ------------------------------------------------------------------------------------ helpers

  private int[] syllables(int min, int max) {
    int[] s = new int[min + random.nextInt(max - min + 1)];
    for (int i = 0; i < s.length; i++) {
      s[i] = random.nextInt(LATIN.length);
    }
    return s;
  }

  private static String slug(String latin) {
    return latin.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** A unique id from a slug: the slug itself, or with a counter in base 36. */
  private String unique(String slug) {
    if (usedSlugs.add(slug)) {
      return slug;
    }
    for (int i = 2; ; i++) {
      String s = slug + "-" + Integer.toString(i, 36);
      if (usedSlugs.add(s)) {
        return s;
      }
    }
  }

  private LocalDate day(LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  /**
   * With {@code -Dsynthetic.uniqueTexts=true}, every summary, quote, excerpt and outcome is made
   * distinct by a number before its full stop, as texts written by hand are: the heap of a dataset
   * whose texts do not repeat. The same random numbers are drawn either way.
   */
  private static final boolean UNIQUE_TEXTS = Boolean.getBoolean("synthetic.uniqueTexts");
  private long texts;

  private String distinctText(String text) {
    return UNIQUE_TEXTS ? text.substring(0, text.length() - 1) + " (" + ++texts + ")." : text;
  }

  private Citation cite(int source, boolean excerpt) {
    Citation.Builder c = Citation.builder().source(sources.get(source).id());
    if (excerpt) {
      c.excerpt(distinctText("The two sides said the talks were \"" + pick(ADJECTIVES) + "\" and agreed to "
          + pick(VERBS) + " " + pick(OBJECTS) + "."));
    }
    return c.build();
  }

  private int anySource() {
    return random.nextInt(sources.size());
  }

  private <T> T pick(T[] a) {
    return a[random.nextInt(a.length)];
  }

  private int weighted() {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    return i >= 0 ? i : -i - 1;
  }

  /** Two distinct current countries, by weight. */
  private int[] pair() {
    int a = weighted();
    int b;
    do {
      b = weighted();
    } while (b == a);
    return new int[] {a, b};
  }

  static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static final String[] ADJECTIVES = {"frank", "constructive", "useful", "candid", "productive",
      "difficult", "substantive", "warm"};
  private static final String[] VERBS = {"deepen", "continue", "expand", "review", "resume", "strengthen"};
  private static final String[] OBJECTS = {"dialogue on security", "economic cooperation",
      "consultations on the dispute", "exchanges between defence authorities", "talks on a peace treaty",
      "cooperation on fisheries", "work on visa facilitation", "contacts at working level"};
  private static final String[] PUBLISHERS = {"Associated Press", "Reuters", "Agence France-Presse",
      "Kyodo News", "TASS", "Yonhap", "Xinhua", "The Japan Times", "The Moscow Times", "The Korea Herald",
      "South China Morning Post", "The Hindu", "Ministry of Foreign Affairs"};

  // ------------------------------------------------------------------------------------ sources

  private void sources() {
    int n = Math.max(200, meetings / 10);
    for (int i = 0; i < n; i++) {
      LocalDate published = day(FIRST_MEETING, LAST_MEETING);
      String publisher = pick(PUBLISHERS);
      Source.Builder s = Source.builder()
          .id("src-" + Integer.toString(i, 36))
          .publisher(publisher)
          .headline(pick(ADJECTIVES).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
              + pick(ADJECTIVES).substring(1) + " talks to " + pick(VERBS) + " " + pick(OBJECTS))
          .published(PartialDate.of(published))
          .language("en")
          .kind(publisher.startsWith("Ministry") ? SourceKind.GOVERNMENT : SourceKind.NEWS_AGENCY);
      if (random.nextInt(10) < 8) {
        s.url("https://news.example.org/" + published.getYear() + "/" + i);
      }
      if (random.nextInt(3) == 0) {
        s.author(Script.LATIN_SCRIPT.word(syllables(2, 3)) + " " + Script.LATIN_SCRIPT.word(syllables(2, 3)));
      }
      sources.add(s.build());
    }
  }

  // ------------------------------------------------------------------------------------ countries

  private static final String[][] REAL = {
      // alpha2, alpha3, numeric, English name, native name, its language, romanization, script
      {"US", "USA", "840", "United States", "", "", "", "LATIN_SCRIPT"},
      {"CN", "CHN", "156", "China", "中国", "zh-Hans", "Zhongguo", "HAN_SCRIPT"},
      {"RU", "RUS", "643", "Russia", "Россия", "ru", "Rossiya", "CYRILLIC_SCRIPT"},
      {"JP", "JPN", "392", "Japan", "日本国", "ja", "Nippon-koku", "KANJI_SCRIPT"},
      {"IN", "IND", "356", "India", "", "", "", "LATIN_SCRIPT"},
      {"DE", "DEU", "276", "Germany", "Deutschland", "de", "", "LATIN_SCRIPT"},
      {"GB", "GBR", "826", "United Kingdom", "", "", "", "LATIN_SCRIPT"},
      {"FR", "FRA", "250", "France", "", "", "", "LATIN_SCRIPT"},
      {"KR", "KOR", "410", "South Korea", "대한민국", "ko", "Daehan Minguk", "HANGUL_SCRIPT"},
  };

  private void countries() {
    Set<String> taken = new LinkedHashSet<>(Arrays.asList("SU", "SUN"));
    for (String[] r : REAL) {
      taken.add(r[0]);
      taken.add(r[1]);
    }
    Script[] others = {Script.LATIN_SCRIPT, Script.LATIN_SCRIPT, Script.LATIN_SCRIPT, Script.CYRILLIC_SCRIPT,
        Script.ARABIC_SCRIPT, Script.ARABIC_SCRIPT, Script.GREEK_SCRIPT, Script.HAN_SCRIPT, Script.HANGUL_SCRIPT,
        Script.CYRILLIC_SCRIPT};
    int current = COUNTRIES - 1; // and the Soviet Union
    for (int i = 0; i < current; i++) {
      String a2;
      String a3;
      String numeric;
      String english;
      Script script;
      Name nativeName = null;
      if (i < REAL.length) {
        String[] r = REAL[i];
        a2 = r[0];
        a3 = r[1];
        numeric = r[2];
        english = r[3];
        script = Script.valueOf(r[7]);
        if (!r[4].isEmpty()) {
          Name.Builder n = Name.builder().text(r[4]).language(r[5]);
          if (!r[6].isEmpty()) {
            n.romanization(r[6]);
          }
          nativeName = n.build();
        }
      } else {
        do {
          a2 = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
          a3 = a2 + (char) ('A' + random.nextInt(26));
        } while (taken.contains(a2) || taken.contains(a3));
        taken.add(a2);
        taken.add(a3);
        numeric = String.valueOf(850 + i);
        script = others[random.nextInt(others.length)];
        int[] s = syllables(2, 3);
        english = Script.LATIN_SCRIPT.word(s) + pick(new String[] {"ia", "land", "stan", "a", ""});
        if (script != Script.LATIN_SCRIPT) {
          nativeName = Name.builder().text(script.word(s)).language(script.language)
              .romanization(Script.LATIN_SCRIPT.word(s)).build();
        }
      }
      Country.Builder c = Country.builder()
          .id(a2.toLowerCase(java.util.Locale.ROOT))
          .alpha2(a2)
          .alpha3(a3)
          .numeric(numeric)
          .cowCode(2 + i * 6)
          .cowAbbreviation(a3)
          .gwCode(2 + i * 6)
          .wikidata("Q" + (1000 + i * 7))
          .addNames(Name.of(english, "en"));
      if (nativeName != null) {
        c.addNames(nativeName);
      }
      if (a2.equals("RU")) {
        c.predecessor("su");
      }
      c.addCitations(cite(anySource(), false));
      countries.add(c.build());
      ids.add(a2.toLowerCase(java.util.Locale.ROOT));
      scripts.add(script);
      String[] cs = new String[4];
      for (int k = 0; k < cs.length; k++) {
        cs[k] = Script.LATIN_SCRIPT.word(syllables(2, 3)) + (k == 0 ? "" : pick(new String[] {"", " City", "burg", "pol"}));
      }
      cities.add(cs);
      leader.add(random.nextBoolean() ? Office.HEAD_OF_STATE : Office.HEAD_OF_GOVERNMENT);
    }
    countries.add(Country.builder()
        .id("su").alpha2("SU").alpha3("SUN").iso3166Part3("SUHH").cowCode(365)
        .addNames(Name.of("Soviet Union", "en"))
        .addNames(Name.builder().text("Советский Союз").language("ru").romanization("Sovetskiy Soyuz").build())
        .existence(DateSpan.of(PartialDate.parse("1922-12-30"), PartialDate.parse("1991-12-26")))
        .successor("ru")
        .addCitations(cite(anySource(), false))
        .build());
    cumulative = new double[current];
    double sum = 0;
    for (int i = 0; i < current; i++) {
      sum += 1 / Math.pow(i + 1, 0.8);
      cumulative[i] = sum;
    }
  }

  // ------------------------------------------------------------------------------------ people

  /** A person being generated: tenures are added office by office. */
  private static final class PersonDraft {
    final String id;
    final List<Name> names = new ArrayList<>();
    final List<String> variants = new ArrayList<>();
    final List<Tenure> tenures = new ArrayList<>();
    final int source;
    LocalDate busyUntil = LocalDate.MIN;

    PersonDraft(String id, int source) {
      this.id = id;
      this.source = source;
    }
  }

  /** Who held one office of one country: tenure starts in order and their holders. */
  private static final class Chain {
    final List<LocalDate> starts = new ArrayList<>();
    final List<PersonDraft> holders = new ArrayList<>();

    PersonDraft on(LocalDate day) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid).isAfter(day)) {
          hi = mid - 1;
        } else {
          lo = mid;
        }
      }
      return holders.get(lo);
    }
  }

  static final Office[] OFFICES = {Office.HEAD_OF_STATE, Office.HEAD_OF_GOVERNMENT, Office.FOREIGN_MINISTER,
      Office.DEFENCE_MINISTER, Office.DEPUTY_FOREIGN_MINISTER, Office.DEPUTY_DEFENCE_MINISTER, Office.SPOKESPERSON};

  private PersonDraft newPerson(int country) {
    int[] given = syllables(2, 3);
    int[] family = syllables(2, 3);
    String english = Script.LATIN_SCRIPT.word(given) + " " + Script.LATIN_SCRIPT.word(family);
    PersonDraft p = new PersonDraft(unique(slug(english)), anySource());
    p.names.add(Name.of(english, "en"));
    Script script = country < 0 ? Script.LATIN_SCRIPT : scripts.get(country);
    if (script != Script.LATIN_SCRIPT) {
      boolean familyFirst = script == Script.KANJI_SCRIPT || script == Script.HANGUL_SCRIPT || script == Script.HAN_SCRIPT;
      String text = familyFirst ? script.word(family) + script.word(given) : script.word(given) + " " + script.word(family);
      p.names.add(Name.builder().text(text).language(script.language).romanization(english).build());
    }
    if (random.nextInt(4) == 0) {
      p.variants.add(english.replace("sh", "s").replace("v", "w").replace("Sh", "S").replace("V", "W") + (english.contains("sh") || english.contains("v") || english.contains("V") || english.contains("Sh") ? "" : "e"));
    }
    people.add(p);
    return p;
  }

  private void people() {
    for (int c = 0; c < ids.size(); c++) {
      List<PersonDraft> ofCountry = new ArrayList<>();
      for (Office office : OFFICES) {
        Chain chain = new Chain();
        chains.put(c + "/" + office.ordinal(), chain);
        LocalDate start = TENURES_FROM.minusDays(random.nextInt(3 * 365));
        while (!start.isAfter(LAST_MEETING)) {
          LocalDate end = start.plusDays(300 + random.nextInt(2600));
          PersonDraft holder = null;
          if (random.nextInt(100) < 15) {
            for (int k = 0; k < ofCountry.size() && holder == null; k++) {
              PersonDraft cand = ofCountry.get(random.nextInt(ofCountry.size()));
              if (cand.busyUntil.isBefore(start)) {
                holder = cand;
              }
            }
          }
          if (holder == null) {
            holder = newPerson(c);
            ofCountry.add(holder);
          }
          boolean open = end.isAfter(LAST_MEETING);
          Tenure.Builder t = Tenure.builder().office(office).country(ids.get(c))
              .span(open ? DateSpan.from(PartialDate.of(start)) : DateSpan.of(PartialDate.of(start), PartialDate.of(end)))
              .addCitations(cite(anySource(), random.nextInt(5) == 0));
          holder.tenures.add(t.build());
          holder.busyUntil = open ? LocalDate.MAX : end;
          chain.starts.add(start);
          chain.holders.add(holder);
          start = end.plusDays(1);
        }
      }
    }
    for (int i = 0; i < 300; i++) {
      analysts.add(newPerson(-1));
    }
  }

  private List<Person> buildPeople() {
    List<Person> out = new ArrayList<>(people.size());
    for (PersonDraft d : people) {
      out.add(Person.builder().id(d.id).addAllNames(d.names).addAllVariants(d.variants).addAllTenures(d.tenures)
          .wikidata("Q" + (500000 + out.size())).addCitations(cite(d.source, false)).build());
    }
    return out;
  }

  private PersonDraft holder(int country, Office office, LocalDate day) {
    return chains.get(country + "/" + office.ordinal()).on(day);
  }

  // ------------------------------------------------------------------------------------ topics, territories

  private static final String[] GENERAL = {"peace-treaty", "security-cooperation", "trade", "investment",
      "energy", "fisheries", "missile-defence", "north-korea", "climate", "visas", "cultural-exchange",
      "maritime-security", "counter-terrorism", "arms-control", "nuclear-energy", "space", "cyber-security",
      "health", "disaster-relief", "education", "agriculture", "transport", "tourism", "human-rights",
      "sanctions", "refugees", "regional-security", "joint-economic-activity", "humanitarian-aid", "technology"};

  private void topics() {
    for (String t : GENERAL) {
      topics.add(Topic.builder().id(t).label(Character.toUpperCase(t.charAt(0)) + t.substring(1).replace('-', ' ')).build());
      generalTopics.add(t);
    }
  }

  private static final int[][] FIXED_DISPUTES = {{3, 2}, {3, 8}, {3, 1}, {8, 1}, {2, 1}};

  private void territories() {
    int n = 50 + meetings / 200;
    for (int i = 0; i < n; i++) {
      int[] pr = i < FIXED_DISPUTES.length ? FIXED_DISPUTES[i] : pair();
      String a = ids.get(pr[0]);
      String b = ids.get(pr[1]);
      int suffix = random.nextInt(5);
      int[] neutral = syllables(3, 4);
      String neutralName = Script.LATIN_SCRIPT.place(neutral, suffix);
      String id = unique(slug(neutralName));
      Territory.Builder t = Territory.builder().id(id).neutralName(neutralName);
      List<int[]> sideWords = new ArrayList<>();
      for (int side = 0; side < 2; side++) {
        String country = side == 0 ? a : b;
        Script script = scripts.get(pr[side]);
        int[] w = syllables(3, 4);
        sideWords.add(w);
        t.addNames(Name.builder().text(Script.LATIN_SCRIPT.place(w, suffix)).language("en").addUsedBy(country).build());
        if (script != Script.LATIN_SCRIPT) {
          t.addNames(Name.builder().text(script.place(w, suffix)).language(script.language)
              .romanization(Script.LATIN_SCRIPT.word(w)).addUsedBy(country).build());
        }
      }
      int features = random.nextInt(5);
      for (int f = 0; f < features; f++) {
        int[] w = syllables(2, 3);
        Feature.Builder fb = Feature.builder().id(id + "-f" + f).addNames(Name.of(Script.LATIN_SCRIPT.place(w, 1), "en"));
        for (int side = 0; side < 2; side++) {
          Script script = scripts.get(pr[side]);
          if (script != Script.LATIN_SCRIPT) {
            fb.addNames(Name.builder().text(script.place(w, 1)).language(script.language)
                .romanization(Script.LATIN_SCRIPT.word(w)).addUsedBy(ids.get(pr[side])).build());
          }
        }
        fb.coordinate(Coordinate.of(-60 + random.nextDouble() * 120, -180 + random.nextDouble() * 360));
        fb.addCitations(cite(anySource(), false));
        t.addFeatures(fb.build());
      }
      int admin = random.nextInt(2);
      LocalDate since = LocalDate.of(1946 + random.nextInt(45), 1 + random.nextInt(12), 1);
      if (random.nextInt(3) == 0) {
        LocalDate first = LocalDate.of(1900 + random.nextInt(40), 1, 1);
        t.addAdministration(Administration.builder().country(random.nextBoolean() ? "su" : ids.get(pr[1 - admin]))
            .span(DateSpan.of(PartialDate.ofYear(first.getYear()), PartialDate.ofMonth(since.getYear(), since.getMonthValue())))
            .addCitations(cite(anySource(), false)).build());
      }
      t.addAdministration(Administration.builder().country(ids.get(pr[admin]))
          .span(DateSpan.from(PartialDate.ofMonth(since.getYear(), since.getMonthValue())))
          .addCitations(cite(anySource(), true)).build());
      t.coordinate(Coordinate.of(-60 + random.nextDouble() * 120, -180 + random.nextDouble() * 360));
      t.addCitations(cite(anySource(), true));
      territories.add(t.build());

      String topic = id + "-dispute";
      topics.add(Topic.builder().id(topic).label("The " + neutralName + " dispute").territory(id).build());
      disputeTopic.putIfAbsent(pairKey(a, b), topic);
      for (int side = 0; side < 2; side++) {
        claims.add(TerritorialClaim.builder().id(ids.get(pr[side]) + "-claims-" + id).claimant(ids.get(pr[side]))
            .territory(id).span(DateSpan.from(PartialDate.ofYear(1946 + random.nextInt(45))))
            .basis(side == admin ? "Administration since " + since.getYear() + " and prior discovery"
                : "Historical title and the terms of a post-war settlement")
            .status(ClaimStatus.ACTIVE).addCitations(cite(anySource(), true)).build());
      }
      if (random.nextInt(10) == 0) {
        int third;
        do {
          third = weighted();
        } while (third == pr[0] || third == pr[1]);
        int from = 1950 + random.nextInt(30);
        claims.add(TerritorialClaim.builder().id(ids.get(third) + "-claims-" + id).claimant(ids.get(third))
            .territory(id).span(DateSpan.of(PartialDate.ofYear(from), PartialDate.ofYear(from + 1 + random.nextInt(20))))
            .basis("A claim by proximity, later given up").status(ClaimStatus.RELINQUISHED)
            .addCitations(cite(anySource(), false)).build());
      }
    }
  }

  // ------------------------------------------------------------------------------------ agreements, events

  private void agreementsAndEvents() {
    int n = Math.max(20, meetings / 50);
    for (int i = 0; i < n; i++) {
      int[] pr = pair();
      LocalDate signed = day(FIRST_MEETING, LAST_MEETING);
      String title = "Agreement between " + countries.get(pr[0]).name() + " and " + countries.get(pr[1]).name()
          + " on " + pick(OBJECTS).replace("dialogue on ", "").replace("talks on ", "");
      Agreement.Builder g = Agreement.builder().id(unique(ids.get(pr[0]) + "-" + ids.get(pr[1]) + "-agreement-" + signed))
          .title(title).addParties(ids.get(pr[0]), ids.get(pr[1])).signed(PartialDate.of(signed))
          .place(Place.of(cities.get(pr[0])[0], ids.get(pr[0])))
          .addTopics(generalTopics.get(random.nextInt(generalTopics.size())));
      Script s = scripts.get(pr[1]);
      if (s != Script.LATIN_SCRIPT && random.nextBoolean()) {
        int[] w = syllables(3, 4);
        g.addNames(Name.builder().text(s.word(w)).language(s.language).romanization(Script.LATIN_SCRIPT.word(w))
            .addUsedBy(ids.get(pr[1])).build());
      }
      if (random.nextBoolean()) {
        g.inForce(PartialDate.of(signed.plusDays(30 + random.nextInt(300))));
      }
      for (int k = 0, m = 1 + random.nextInt(3); k < m; k++) {
        g.addProvisions(Provision.builder().text("The parties shall " + pick(VERBS) + " " + pick(OBJECTS) + ".")
            .addCitations(cite(anySource(), true)).build());
      }
      g.addCitations(cite(anySource(), false));
      agreements.add(g.build());
    }
    for (int i = 0; i < n; i++) {
      int[] pr = pair();
      LocalDate d = day(FIRST_MEETING, LAST_MEETING);
      Event.Builder e = Event.builder().id(unique(ids.get(pr[0]) + "-" + ids.get(pr[1]) + "-event-" + d))
          .span(DateSpan.of(PartialDate.of(d)))
          .title(countries.get(pr[0]).name() + " " + pick(new String[] {"protests", "welcomes", "condemns", "notes"})
              + " a step by " + countries.get(pr[1]).name())
          .addCountries(ids.get(pr[0]), ids.get(pr[1])).addCitations(cite(anySource(), true));
      if (random.nextInt(5) == 0) {
        e.territory(territories.get(random.nextInt(territories.size())).id());
      }
      events.add(e.build());
    }
  }

  // ------------------------------------------------------------------------------------ meetings, positions

  private static final MeetingFormat[] FORMATS = MeetingFormat.values();
  // summit, 2+2, foreign ministers, defence ministers, vice-ministerial, working level, phone call, other
  private static final int[] FORMAT_WEIGHTS = {10, 3, 25, 10, 15, 20, 12, 5};
  private static final Stance[] STANCES = Stance.values();

  private MeetingFormat format() {
    int u = random.nextInt(100);
    for (int i = 0; i < FORMATS.length; i++) {
      u -= FORMAT_WEIGHTS[i];
      if (u < 0) {
        return FORMATS[i];
      }
    }
    return MeetingFormat.OTHER;
  }

  /** The sessions a meeting of the format may have, each with the offices that take part. */
  private SessionKind[] kinds(MeetingFormat f) {
    switch (f) {
      case SUMMIT:
        return new SessionKind[] {SessionKind.LEADERS, SessionKind.PLENARY, SessionKind.WORKING_MEAL,
            SessionKind.TETE_A_TETE, SessionKind.PRESS_CONFERENCE, SessionKind.SIGNING};
      case TWO_PLUS_TWO:
        return new SessionKind[] {SessionKind.FOREIGN_MINISTERS, SessionKind.DEFENCE_MINISTERS, SessionKind.JOINT};
      case FOREIGN_MINISTERS:
        return new SessionKind[] {SessionKind.FOREIGN_MINISTERS, SessionKind.WORKING_MEAL, SessionKind.PRESS_CONFERENCE};
      case DEFENCE_MINISTERS:
        return new SessionKind[] {SessionKind.DEFENCE_MINISTERS, SessionKind.PRESS_CONFERENCE};
      case VICE_MINISTERIAL:
      case WORKING_LEVEL:
        return new SessionKind[] {SessionKind.PLENARY, SessionKind.WORKING_MEAL, SessionKind.OTHER};
      case PHONE_CALL:
        return new SessionKind[] {SessionKind.LEADERS};
      default:
        return new SessionKind[] {SessionKind.OTHER, SessionKind.PRESS_CONFERENCE};
    }
  }

  private Office[] offices(MeetingFormat f, SessionKind k, int country) {
    switch (f) {
      case SUMMIT:
        return k == SessionKind.PLENARY ? new Office[] {leader.get(country), Office.FOREIGN_MINISTER}
            : new Office[] {leader.get(country)};
      case PHONE_CALL:
        return new Office[] {leader.get(country)};
      case TWO_PLUS_TWO:
        return k == SessionKind.FOREIGN_MINISTERS ? new Office[] {Office.FOREIGN_MINISTER}
            : k == SessionKind.DEFENCE_MINISTERS ? new Office[] {Office.DEFENCE_MINISTER}
            : new Office[] {Office.FOREIGN_MINISTER, Office.DEFENCE_MINISTER};
      case FOREIGN_MINISTERS:
        return new Office[] {Office.FOREIGN_MINISTER};
      case DEFENCE_MINISTERS:
        return new Office[] {Office.DEFENCE_MINISTER};
      case VICE_MINISTERIAL:
        return new Office[] {Office.DEPUTY_FOREIGN_MINISTER};
      case WORKING_LEVEL:
        return new Office[] {Office.DEPUTY_DEFENCE_MINISTER};
      default:
        return new Office[] {Office.SPOKESPERSON};
    }
  }

  private static String formatSlug(MeetingFormat f) {
    return f == MeetingFormat.TWO_PLUS_TWO ? "2plus2" : f.id();
  }

  private void meetingsAndPositions() {
    long[] days = new long[meetings];
    for (int i = 0; i < meetings; i++) {
      days[i] = day(FIRST_MEETING, LAST_MEETING).toEpochDay();
    }
    Arrays.sort(days);
    Map<String, Integer> seriesCount = new HashMap<>();
    int sourcesPerMeeting = Math.max(1, meetings / sources.size());
    for (int i = 0; i < meetings; i++) {
      int[] pr = pair();
      if (pr[0] > pr[1]) {
        pr = new int[] {pr[1], pr[0]};
      }
      String a = ids.get(pr[0]);
      String b = ids.get(pr[1]);
      MeetingFormat f = format();
      LocalDate first = LocalDate.ofEpochDay(days[i]);
      int length = f == MeetingFormat.PHONE_CALL ? 1
          : f == MeetingFormat.SUMMIT || f == MeetingFormat.TWO_PLUS_TWO ? 1 + random.nextInt(3)
          : f == MeetingFormat.FOREIGN_MINISTERS || f == MeetingFormat.DEFENCE_MINISTERS ? 1 + random.nextInt(2) : 1;
      LocalDate last = first.plusDays(length - 1);
      if (last.isAfter(LAST_MEETING)) {
        last = LAST_MEETING;
      }
      String id = unique(a + "-" + b + "-" + formatSlug(f) + "-" + first);
      Meeting.Builder m = Meeting.builder().id(id).addParties(a, b).format(f)
          .span(first.equals(last) ? DateSpan.of(PartialDate.of(first)) : DateSpan.of(PartialDate.of(first), PartialDate.of(last)));
      int placeCountry;
      if (f == MeetingFormat.PHONE_CALL || random.nextInt(100) < 88) {
        int h = random.nextBoolean() ? 0 : 1;
        placeCountry = pr[h];
        m.host(ids.get(placeCountry));
      } else {
        do {
          placeCountry = weighted();
        } while (placeCountry == pr[0] || placeCountry == pr[1]);
        m.occasion("on the sidelines of the " + Script.LATIN_SCRIPT.word(syllables(2, 2)) + " summit in "
            + cities.get(placeCountry)[random.nextInt(4)]);
      }
      Place.Builder place = Place.builder().country(ids.get(placeCountry)).city(cities.get(placeCountry)[random.nextInt(4)]);
      if (random.nextInt(4) == 0) {
        place.venue("Ministry of Foreign Affairs guest house");
      }
      if (f == MeetingFormat.PHONE_CALL) {
        // A call is held by telephone, each side where it sat: the host's side at the place drawn
        // (the same random numbers as when a call had a place, so the rest of the dataset is unchanged).
        m.mode(MeetingMode.TELEPHONE).addSides(Side.builder().party(ids.get(placeCountry)).place(place.build()).build());
      } else {
        m.place(place.build());
      }
      if (f == MeetingFormat.SUMMIT || f == MeetingFormat.TWO_PLUS_TWO) {
        String series = a + "-" + b + "-" + formatSlug(f);
        int number = seriesCount.merge(series, 1, Integer::sum);
        m.series(series).number(number);
        if (number == 1) {
          // The series record a meeting's series must name; citing the first source draws no random
          // number, so the rest of the dataset stays what it was before series were records.
          seriesList.add(Series.builder().id(series).addParties(a, b).format(f)
              .addNames(Name.of(countries.get(pr[0]).name() + "-" + countries.get(pr[1]).name() + " " + f.id(), "en"))
              .coverage("Synthetic: every meeting of the series in the dataset.")
              .addCitations(cite(0, false))
              .build());
        }
      }
      // Sessions: one to three, on days of the span, in order.
      SessionKind[] kinds = kinds(f);
      int sessions = f == MeetingFormat.PHONE_CALL ? 1 : 1 + random.nextInt(Math.min(3, kinds.length));
      int start = random.nextInt(kinds.length);
      List<Session> built = new ArrayList<>();
      List<LocalDate> sessionDays = new ArrayList<>();
      for (int s = 0; s < sessions; s++) {
        sessionDays.add(first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay() + 1))));
      }
      sessionDays.sort(null);
      List<List<Participant>> byCountry = new ArrayList<>();
      byCountry.add(new ArrayList<>());
      byCountry.add(new ArrayList<>());
      for (int s = 0; s < sessions; s++) {
        SessionKind kind = kinds[(start + s) % kinds.length];
        LocalDate d = sessionDays.get(s);
        Session.Builder sb = Session.builder().kind(kind).date(PartialDate.of(d));
        for (int side = 0; side < 2; side++) {
          for (Office o : offices(f, kind, pr[side])) {
            Participant p = Participant.of(holder(pr[side], o, d).id, o, ids.get(pr[side]));
            sb.addParticipants(p);
            byCountry.get(side).add(p);
          }
        }
        if (random.nextInt(5) == 0) {
          sb.addCitations(cite(anySource(), false));
        }
        built.add(sb.build());
      }
      m.addAllSessions(built);
      // Topics: one to three; a disputed territory's topic for half the meetings of a pair that has one.
      List<String> ts = new ArrayList<>();
      String dispute = disputeTopic.get(pairKey(a, b));
      if (dispute != null && random.nextBoolean()) {
        ts.add(dispute);
      }
      for (int k = 0, n = 1 + random.nextInt(3); ts.size() < n && k < 10; k++) {
        String t = generalTopics.get(random.nextInt(generalTopics.size()));
        if (!ts.contains(t)) {
          ts.add(t);
        }
      }
      m.addAllTopics(ts);
      for (int k = 0, n = random.nextInt(3); k < n; k++) {
        m.addOutcomes(Outcome.builder().text(distinctText("The sides agreed to " + pick(VERBS) + " " + pick(OBJECTS) + "."))
            .addCitations(cite(anySource(), true)).build());
      }
      int mainSource = Math.min(sources.size() - 1, i / sourcesPerMeeting);
      m.addCitations(cite(mainSource, random.nextInt(3) == 0));
      if (random.nextInt(3) == 0) {
        m.addCitations(cite(anySource(), false));
      }
      meetingList.add(m.build());

      // Positions: one to four per meeting.
      for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
        int side = random.nextInt(2);
        String country = ids.get(pr[side]);
        int u = random.nextInt(100);
        Holder holder;
        LocalDate said = sessionDays.get(random.nextInt(sessionDays.size()));
        if (u < 55) {
          List<Participant> ps = byCountry.get(side);
          Participant p = ps.get(random.nextInt(ps.size()));
          holder = Holder.official(country, p.person());
          for (int s = 0; s < built.size(); s++) {
            if (built.get(s).isAttendedBy(p.person())) {
              said = sessionDays.get(s);
              break;
            }
          }
        } else if (u < 80) {
          holder = Holder.government(country);
        } else if (u < 92) {
          holder = Holder.unnamedOfficial(country, countries.get(pr[side]).name() + " foreign ministry official");
        } else {
          holder = Holder.analyst(analysts.get(random.nextInt(analysts.size())).id, "Institute of " + pick(OBJECTS));
          country = "analyst";
        }
        String topic = ts.get(random.nextInt(ts.size()));
        Stance stance = topic.endsWith("-dispute") && random.nextBoolean() ? Stance.ASSERTS_SOVEREIGNTY : STANCES[random.nextInt(STANCES.length)];
        Position.Builder p = Position.builder().id(id + "-" + country + "-" + k).holder(holder).topic(topic)
            .stance(stance).summary(distinctText("Said it would " + pick(VERBS) + " " + pick(OBJECTS) + "."))
            .date(PartialDate.of(said)).meeting(id).addCitations(cite(mainSource, random.nextInt(4) == 0));
        if (random.nextInt(10) < 3) {
          p.quote(distinctText("We are ready to " + pick(VERBS) + " " + pick(OBJECTS) + " with our partners."));
        }
        positions.add(p.build());
      }
    }
  }
}
