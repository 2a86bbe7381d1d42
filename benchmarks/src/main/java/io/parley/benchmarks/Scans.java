package io.parley.benchmarks;

import io.parley.model.ClaimStatus;
import io.parley.model.Dataset;
import io.parley.model.HolderKind;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Office;
import io.parley.model.Person;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Relation;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The benchmarked queries done as a user would without Parley's indexes: a plain sequential stream
 * filter over the dataset's immutable lists ({@code parley.dataset().meetings().stream()...}).
 * Meetings and positions are in chronological order in the files, so no sort is added.
 */
final class Scans {
  private Scans() {}

  static final Comparator<Position> LATEST = Comparator.comparing(Position::date).thenComparing(Position::id);

  static List<Meeting> between(Dataset d, String a, String b, LocalDate from, LocalDate to) {
    return d.meetings().stream()
        .filter(m -> m.involves(a) && m.involves(b) && m.span().overlaps(from, to))
        .collect(Collectors.toList());
  }

  /** The country's latest position on each topic, as of the day. */
  static List<Position> asOf(Dataset d, String country, LocalDate day) {
    Optional<String> c = Optional.of(country);
    return new ArrayList<>(d.positions().stream()
        .filter(p -> p.holder().kind() != HolderKind.ANALYST && p.holder().country().equals(c)
            && !p.date().lastDay().isAfter(day))
        .collect(Collectors.toMap(Position::topic, p -> p, (x, y) -> LATEST.compare(x, y) >= 0 ? x : y))
        .values());
  }

  /**
   * Divergence by streams over the dataset: each proposition's question (it and all it excludes),
   * each country's latest coded statement per question, on topics both have spoken to, and how
   * the two relate. Rows: topic, question (its first proposition), first id or null, second id or
   * null, relation.
   */
  static List<Object[]> divergence(Dataset d, String a, String b, LocalDate today) {
    Map<String, java.util.Set<String>> linked = new java.util.HashMap<>();
    for (Proposition p : d.propositions()) {
      for (String x : p.excludes()) {
        linked.computeIfAbsent(p.id(), k -> new java.util.TreeSet<>()).add(x);
        linked.computeIfAbsent(x, k -> new java.util.TreeSet<>()).add(p.id());
      }
    }
    java.util.function.Function<String, String> question = id -> {
      java.util.TreeSet<String> seen = new java.util.TreeSet<>();
      java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(id));
      while (!todo.isEmpty()) {
        String x = todo.pop();
        if (seen.add(x)) {
          todo.addAll(linked.getOrDefault(x, java.util.Set.of()));
        }
      }
      return seen.first();
    };
    Map<String, Position> la = latestCoded(d, a, question);
    Map<String, Position> lb = latestCoded(d, b, question);
    java.util.Set<String> ta = la.values().stream().map(Position::topic).collect(Collectors.toSet());
    java.util.Set<String> tb = lb.values().stream().map(Position::topic).collect(Collectors.toSet());
    TreeMap<String, Object[]> rows = new TreeMap<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(la.keySet());
    keys.addAll(lb.keySet());
    for (String q : keys) {
      Position pa = la.get(q);
      Position pb = lb.get(q);
      String topic = (pa != null ? pa : pb).topic();
      if (ta.contains(topic) && tb.contains(topic)) {
        rows.put(topic + "\u0000" + q, new Object[] {topic, q, pa == null ? null : pa.id(),
            pb == null ? null : pb.id(), relation(linked, pa, pb)});
      }
    }
    return new ArrayList<>(rows.values());
  }

  private static Relation relation(Map<String, java.util.Set<String>> linked, Position pa, Position pb) {
    if (pa == null || pb == null) {
      return Relation.ONE_SIDED;
    }
    String x = pa.proposition().orElseThrow();
    String y = pb.proposition().orElseThrow();
    boolean ax = pa.agrees().orElseThrow();
    boolean by = pb.agrees().orElseThrow();
    if (x.equals(y)) {
      return ax == by ? Relation.CONGRUENCE : Relation.CONFLICT;
    }
    if (!linked.getOrDefault(x, java.util.Set.of()).contains(y)) {
      return Relation.UNRELATED;
    }
    return ax && by ? Relation.CONFLICT : ax || by ? Relation.CONGRUENCE : Relation.UNRELATED;
  }

  private static Map<String, Position> latestCoded(Dataset d, String country,
      java.util.function.Function<String, String> question) {
    Optional<String> c = Optional.of(country);
    return d.positions().stream()
        .filter(p -> p.proposition().isPresent() && p.holder().kind() != HolderKind.ANALYST
            && p.holder().country().equals(c))
        .collect(Collectors.toMap(p -> question.apply(p.proposition().get()), p -> p,
            (x, y) -> LATEST.compare(x, y) >= 0 ? x : y, TreeMap::new));
  }


  /** Territories with a name (of their own or a feature's, or a romanization) equal ignoring case. */
  static List<Territory> named(Dataset d, String name) {
    return d.territories().stream()
        .filter(t -> t.neutralName().equalsIgnoreCase(name) || matches(t.names(), name)
            || t.features().stream().anyMatch(f -> matches(f.names(), name)))
        .collect(Collectors.toList());
  }

  private static boolean matches(List<Name> names, String name) {
    for (Name n : names) {
      if (n.text().equalsIgnoreCase(name) || n.romanization().map(name::equalsIgnoreCase).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  static List<Person> holding(Dataset d, Office office, String country, LocalDate day) {
    return d.people().stream().filter(p -> p.holds(office, country, day)).collect(Collectors.toList());
  }
}
