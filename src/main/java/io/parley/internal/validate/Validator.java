package io.parley.internal.validate;

import com.google.common.collect.ImmutableList;
import io.parley.internal.DaemonPool;
import io.parley.internal.Issue;
import io.parley.internal.RecordKind;
import io.parley.internal.text.Suggest;
import io.parley.model.Agreement;
import io.parley.model.Citation;
import io.parley.model.Cited;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.DateSpan;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Feature;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Note;
import io.parley.model.PartialDate;
import io.parley.model.Participant;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Series;
import io.parley.model.Session;
import io.parley.model.Side;
import io.parley.model.Tenure;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules between records, checked on a whole dataset once every record has been read (or
 * built in code): ids unique per kind, every reference resolves, every fact cited, parties existed
 * as states on the date, participants held the office they are listed in, no cycle of
 * predecessors. Issues carry the record's kind, index and field path; the reader finds their
 * places afterwards.
 */
public final class Validator {
  private final Dataset d;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, Country> countries;
  private final Map<String, Person> people;
  private final Set<String> sources;
  private final Set<String> topics;
  private final Map<String, Territory> territories;
  private final Map<String, Meeting> meetings;
  private final Map<String, Proposition> propositions;
  private final Map<String, Series> series;

  private RecordKind kind = RecordKind.MANIFEST;
  private int index;
  private String id = "";

  /** The threads the rules of meetings and positions run on; 1 for this thread alone. */
  private final int threads;
  private final int parallelRecords;

  private Validator(Dataset d, int threads, int parallelRecords) {
    this.d = d;
    this.threads = threads;
    this.parallelRecords = parallelRecords;
    this.countries = new HashMap<>();
    this.people = new HashMap<>();
    this.sources = new HashSet<>();
    this.topics = new HashSet<>();
    this.territories = new HashMap<>();
    this.meetings = new HashMap<>(d.meetings().size() * 4 / 3 + 1);
    this.propositions = new HashMap<>();
    this.series = new HashMap<>();
  }

  /**
   * A validator for a part of one kind's records, sharing the whole one's maps: they are only
   * read once the ids are in (and the thread pool's hand-over publishes them).
   */
  private Validator(Validator whole) {
    this.d = whole.d;
    this.threads = 1;
    this.parallelRecords = Integer.MAX_VALUE;
    this.countries = whole.countries;
    this.people = whole.people;
    this.sources = whole.sources;
    this.topics = whole.topics;
    this.territories = whole.territories;
    this.meetings = whole.meetings;
    this.propositions = whole.propositions;
    this.series = whole.series;
  }

  /** Every issue with the dataset's cross-record rules, in file order. */
  public static ImmutableList<Issue> check(Dataset d) {
    return check(d, 1);
  }

  /**
   * Every issue with the dataset's cross-record rules, in file order, the rules of meetings and
   * positions (most of the work in a large dataset) run on {@code threads} threads, which this
   * starts and stops itself, when there are at least {@value #PARALLEL_RECORDS} of them.
   */
  public static ImmutableList<Issue> check(Dataset d, int threads) {
    return check(d, threads, PARALLEL_RECORDS);
  }

  /** As {@link #check(Dataset, int)}, on several threads from {@code parallelRecords} on: for tests. */
  public static ImmutableList<Issue> check(Dataset d, int threads, int parallelRecords) {
    Validator v = new Validator(d, threads, parallelRecords);
    v.run();
    return ImmutableList.copyOf(v.issues);
  }

  /** Below this many meetings and positions the rules run on one thread. */
  public static final int PARALLEL_RECORDS = 100_000;

  private void report(String field, String reason) {
    issues.add(new Issue(kind, index, Optional.of(id), Optional.of(field), 0, 0, reason));
  }

  private <T extends Entity> void unique(RecordKind k, List<T> records, @Nullable Map<String, T> into) {
    kind = k;
    Map<String, Integer> first = new HashMap<>(records.size() * 4 / 3 + 1);
    for (index = 0; index < records.size(); index++) {
      T r = records.get(index);
      id = r.id();
      Integer earlier = first.putIfAbsent(r.id(), index);
      if (earlier != null) {
        report("id", "duplicate id \"" + r.id() + "\": record " + (earlier + 1) + " of "
            + k.file() + " has it too");
      } else if (into != null) {
        into.put(r.id(), r);
      }
    }
  }

  private void run() {
    Map<String, io.parley.model.Source> sourceMap = new HashMap<>();
    unique(RecordKind.SOURCES, d.sources(), sourceMap);
    sources.addAll(sourceMap.keySet());
    unique(RecordKind.COUNTRIES, d.countries(), countries);
    unique(RecordKind.PEOPLE, d.people(), people);
    Map<String, Topic> topicMap = new HashMap<>();
    unique(RecordKind.TOPICS, d.topics(), topicMap);
    topics.addAll(topicMap.keySet());
    unique(RecordKind.PROPOSITIONS, d.propositions(), propositions);
    unique(RecordKind.TERRITORIES, d.territories(), territories);
    unique(RecordKind.CLAIMS, d.claims(), null);
    unique(RecordKind.AGREEMENTS, d.agreements(), null);
    unique(RecordKind.EVENTS, d.events(), null);
    unique(RecordKind.SERIES, d.series(), series);
    unique(RecordKind.MEETINGS, d.meetings(), meetings);
    unique(RecordKind.POSITIONS, d.positions(), null);

    // The rules of meetings and positions, in parts on other threads while this one checks the
    // other kinds; their issues follow in file order.
    java.util.concurrent.ExecutorService pool = threads > 1
        && d.meetings().size() + d.positions().size() >= parallelRecords ? DaemonPool.of("parley-validator", threads) : null;
    List<java.util.concurrent.Future<List<Issue>>> parts = new ArrayList<>();
    if (pool != null) {
      parts.addAll(parts(pool, RecordKind.MEETINGS, d.meetings(), Validator::meeting));
      parts.addAll(parts(pool, RecordKind.POSITIONS, d.positions(), Validator::position));
    }

    each(RecordKind.SOURCES, d.sources(), s -> notes(s.notes()));
    each(RecordKind.COUNTRIES, d.countries(), this::country);
    each(RecordKind.PEOPLE, d.people(), this::person);
    each(RecordKind.TOPICS, d.topics(), t -> {
      t.territory().ifPresent(x -> ref("territory", x, territories.keySet(), "territory"));
      notes(t.notes());
    });
    each(RecordKind.PROPOSITIONS, d.propositions(), this::proposition);
    territoryRules();
    each(RecordKind.CLAIMS, d.claims(), this::claim);
    each(RecordKind.AGREEMENTS, d.agreements(), this::agreement);
    each(RecordKind.EVENTS, d.events(), this::event);
    each(RecordKind.SERIES, d.series(), this::series);
    if (pool == null) {
      each(RecordKind.MEETINGS, d.meetings(), this::meeting);
      each(RecordKind.POSITIONS, d.positions(), this::position);
      return;
    }
    try {
      for (java.util.concurrent.Future<List<Issue>> part : parts) {
        issues.addAll(com.google.common.util.concurrent.Futures.getUnchecked(part));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A kind's rule over its records in one part per thread, each on a validator of its own. */
  private <T extends Entity> List<java.util.concurrent.Future<List<Issue>>> parts(
      java.util.concurrent.ExecutorService pool, RecordKind k, List<T> records,
      java.util.function.BiConsumer<Validator, T> rule) {
    List<java.util.concurrent.Future<List<Issue>>> futures = new ArrayList<>();
    int n = records.size();
    for (int p = 0; p < threads; p++) {
      int from = (int) ((long) n * p / threads);
      int to = (int) ((long) n * (p + 1) / threads);
      Validator part = new Validator(this);
      futures.add(pool.submit(new java.util.concurrent.Callable<List<Issue>>() {
        @Override
        public List<Issue> call() {
          part.kind = k;
          for (part.index = from; part.index < to; part.index++) {
            T r = records.get(part.index);
            part.id = r.id();
            rule.accept(part, r);
          }
          return part.issues;
        }
      }));
    }
    return futures;
  }

  private <T extends Entity> void each(RecordKind k, List<T> records, java.util.function.Consumer<T> rule) {
    kind = k;
    for (index = 0; index < records.size(); index++) {
      id = records.get(index).id();
      rule.accept(records.get(index));
    }
  }

  private void ref(String field, String value, Set<String> known, String what) {
    if (!known.contains(value)) {
      report(field, "no " + what + " with id \"" + value + "\"" + Suggest.didYouMean(value, known));
    }
  }

  private void country(String field, String value) {
    ref(field, value, countries.keySet(), "country");
  }

  private void cited(Cited c, String field) {
    if (c.citations().isEmpty()) {
      report(field.isEmpty() ? "citations" : field + ".citations", "has no citation; every fact needs a source that states it");
    }
    citations(c.citations(), field);
  }

  private void citations(List<Citation> citations, String field) {
    String prefix = field.isEmpty() ? "citations" : field + ".citations";
    for (int i = 0; i < citations.size(); i++) {
      ref(prefix + "[" + i + "].source", citations.get(i).source(), sources, "source");
    }
  }

  private void notes(List<Note> notes) {
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      if (n.citations().isEmpty()) {
        report("notes[" + i + "].citations", "has no citation; a note names the sources it speaks of");
      }
      citations(n.citations(), "notes[" + i + "]");
    }
  }

  private void names(List<Name> names, String field) {
    for (int i = 0; i < names.size(); i++) {
      int j = 0;
      for (String c : names.get(i).usedBy()) {
        country(field + "[" + i + "].usedBy[" + j++ + "]", c);
      }
    }
  }

  /** Whether the country existed as a state on some day of the date, where the dataset says. */
  private boolean existed(String countryId, PartialDate date) {
    Country c = countries.get(countryId);
    if (c == null || c.existence().isEmpty()) {
      return true;
    }
    DateSpan e = c.existence().get();
    return e.overlaps(date.firstDay(), date.lastDay());
  }

  private void existedOn(String field, String countryId, PartialDate date) {
    if (!existed(countryId, date)) {
      report(field, "\"" + countryId + "\" did not exist as a state on " + date + " (it existed "
          + countries.get(countryId).existence().get() + ")");
    }
  }

  private void country(Country c) {
    names(c.names(), "names");
    c.predecessor().ifPresent(p -> country("predecessor", p));
    c.successor().ifPresent(p -> country("successor", p));
    for (int i = 0; i < c.memberships().size(); i++) {
      cited(c.memberships().get(i), "memberships[" + i + "]");
    }
    cited(c, "");
    notes(c.notes());
    // A chain of predecessors, or of successors, must end: su <- ru is a chain, ru <- su <- ru a cycle.
    chain(c, "predecessor", "predecessors", Country::predecessor);
    chain(c, "successor", "successors", Country::successor);
  }

  private void chain(Country c, String field, String plural, java.util.function.Function<Country, Optional<String>> next) {
    Set<String> seen = new java.util.LinkedHashSet<>();
    String at = c.id();
    while (at != null && seen.add(at)) {
      Country current = countries.get(at);
      at = current == null ? null : next.apply(current).orElse(null);
    }
    if (at != null) {
      report(field, "the chain of " + plural + " from \"" + c.id() + "\" comes back to \"" + at + "\": " + seen);
    }
  }

  private void person(Person p) {
    names(p.names(), "names");
    for (int i = 0; i < p.tenures().size(); i++) {
      Tenure t = p.tenures().get(i);
      String field = "tenures[" + i + "]";
      country(field + ".country", t.country());
      cited(t, field);
    }
    cited(p, "");
    notes(p.notes());
  }

  private void territoryRules() {
    kind = RecordKind.TERRITORIES;
    Map<String, String> featureOwner = new HashMap<>();
    for (Territory t : d.territories()) {
      featureOwner.put(t.id(), t.id());
    }
    for (index = 0; index < d.territories().size(); index++) {
      Territory t = d.territories().get(index);
      id = t.id();
      names(t.names(), "names");
      for (int i = 0; i < t.features().size(); i++) {
        Feature f = t.features().get(i);
        String owner = featureOwner.putIfAbsent(f.id(), t.id());
        if (owner != null) {
          report("features[" + i + "].id", "duplicate id \"" + f.id() + "\": territory \"" + owner + "\" uses it too");
        }
        names(f.names(), "features[" + i + "].names");
        cited(f, "features[" + i + "]");
      }
      for (int i = 0; i < t.administration().size(); i++) {
        country("administration[" + i + "].country", t.administration().get(i).country());
        cited(t.administration().get(i), "administration[" + i + "]");
      }
      cited(t, "");
      notes(t.notes());
    }
  }

  private void claim(TerritorialClaim c) {
    country("claimant", c.claimant());
    ref("territory", c.territory(), territories.keySet(), "territory");
    existedOn("claimant", c.claimant(), c.span().start());
    cited(c, "");
    notes(c.notes());
  }

  private void agreement(Agreement a) {
    for (int i = 0; i < a.parties().size(); i++) {
      country("parties[" + i + "]", a.parties().get(i));
      existedOn("parties[" + i + "]", a.parties().get(i), a.signed());
    }
    a.place().ifPresent(p -> country("place.country", p.country()));
    for (int i = 0; i < a.topics().size(); i++) {
      ref("topics[" + i + "]", a.topics().get(i), topics, "topic");
    }
    for (int i = 0; i < a.provisions().size(); i++) {
      cited(a.provisions().get(i), "provisions[" + i + "]");
    }
    names(a.names(), "names");
    cited(a, "");
    notes(a.notes());
  }

  private void event(Event e) {
    for (int i = 0; i < e.countries().size(); i++) {
      country("countries[" + i + "]", e.countries().get(i));
    }
    e.territory().ifPresent(t -> ref("territory", t, territories.keySet(), "territory"));
    cited(e, "");
    notes(e.notes());
  }

  private void proposition(Proposition p) {
    ref("topic", p.topic(), topics, "topic");
    for (int i = 0; i < p.excludes().size(); i++) {
      String other = p.excludes().get(i);
      Proposition q = propositions.get(other);
      if (q == null) {
        ref("excludes[" + i + "]", other, propositions.keySet(), "proposition");
      } else if (!q.excludes().contains(p.id())) {
        report("excludes[" + i + "]", "\"" + other + "\" does not exclude \"" + p.id()
            + "\" in turn; exclusion is mutual, so list each in the other's excludes");
      } else if (!q.topic().equals(p.topic())) {
        report("excludes[" + i + "]", "\"" + other + "\" is on topic \"" + q.topic() + "\", not \""
            + p.topic() + "\"; propositions that exclude each other are on one topic");
      }
    }
    notes(p.notes());
  }

  private void series(Series x) {
    for (int i = 0; i < x.parties().size(); i++) {
      country("parties[" + i + "]", x.parties().get(i));
    }
    cited(x, "");
    notes(x.notes());
  }

  private void meeting(Meeting m) {
    m.series().ifPresent(s -> {
      Series known = series.get(s);
      if (known == null) {
        ref("series", s, series.keySet(), "series");
      } else if (!(m.involves(known.parties().get(0)) && m.involves(known.parties().get(1)))) {
        report("series", "series \"" + s + "\" is between " + known.parties() + ", not this meeting's parties "
            + m.parties());
      }
    });
    for (int i = 0; i < m.parties().size(); i++) {
      country("parties[" + i + "]", m.parties().get(i));
      existedOn("parties[" + i + "]", m.parties().get(i), m.span().start());
    }
    m.place().ifPresent(p -> country("place.country", p.country()));
    for (int i = 0; i < m.sides().size(); i++) {
      Side side = m.sides().get(i);
      String field = "sides[" + i + "]";
      country(field + ".party", side.party());
      side.place().ifPresent(p -> country(field + ".place.country", p.country()));
      citations(side.citations(), field);
    }
    for (int i = 0; i < m.topics().size(); i++) {
      ref("topics[" + i + "]", m.topics().get(i), topics, "topic");
    }
    for (int s = 0; s < m.sessions().size(); s++) {
      Session session = m.sessions().get(s);
      session.place().ifPresent(p -> country("place.country", p.country()));
      for (int p = 0; p < session.participants().size(); p++) {
        participant(session, session.participants().get(p), "sessions[" + s + "].participants[" + p + "]", m);
      }
      citations(session.citations(), "sessions[" + s + "]");
    }
    for (int i = 0; i < m.outcomes().size(); i++) {
      cited(m.outcomes().get(i), "outcomes[" + i + "]");
    }
    cited(m, "");
    notes(m.notes());
  }

  private void participant(Session session, Participant p, String field, Meeting m) {
    country(field + ".country", p.country());
    if (countries.containsKey(p.country()) && !m.involves(p.country())) {
      report(field + ".country", "\"" + p.country() + "\" is not a party to this meeting " + m.parties());
    }
    Person person = people.get(p.person());
    if (person == null) {
      ref(field + ".person", p.person(), people.keySet(), "person");
      return;
    }
    if (person.tenures().isEmpty()) {
      return;
    }
    PartialDate date = session.date();
    for (Tenure t : person.tenures()) {
      if (t.office() == p.office() && t.country().equals(p.country())
          && t.span().overlaps(date.firstDay(), date.lastDay())) {
        return;
      }
    }
    report(field + ".office", "\"" + p.person() + "\" held no " + p.office().id() + " tenure for \""
        + p.country() + "\" on " + date + "; the dataset's tenures for the person: " + tenures(person));
  }

  private static String tenures(Person person) {
    List<String> out = new ArrayList<>();
    for (Tenure t : person.tenures()) {
      out.add(t.office().id() + " " + t.country() + " " + t.span());
    }
    return out.toString();
  }

  private void position(Position p) {
    p.holder().country().ifPresent(c -> {
      country("holder.country", c);
      existedOn("holder.country", c, p.date());
    });
    p.holder().person().ifPresent(x -> ref("holder.person", x, people.keySet(), "person"));
    ref("topic", p.topic(), topics, "topic");
    p.proposition().ifPresent(x -> {
      Proposition q = propositions.get(x);
      if (q == null) {
        ref("proposition", x, propositions.keySet(), "proposition");
      } else if (!q.topic().equals(p.topic())) {
        report("proposition", "proposition \"" + x + "\" is on topic \"" + q.topic() + "\", not on this position's topic \""
            + p.topic() + "\"");
      }
    });
    p.meeting().ifPresent(mid -> {
      Meeting m = meetings.get(mid);
      if (m == null) {
        ref("meeting", mid, meetings.keySet(), "meeting");
      } else if (!m.span().contains(p.date()) && !p.date().contains(m.span().start())) {
        report("date", p.date() + " is not within the span " + m.span() + " of meeting \"" + mid + "\"");
      }
    });
    cited(p, "");
    notes(p.notes());
  }

}
