package io.parley.internal.discourse;

import com.google.common.collect.ImmutableList;
import io.parley.model.HolderKind;
import io.parley.model.Position;
import io.parley.model.Proposition;
import io.parley.model.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The questions a dataset's propositions pose, and how two statements on one relate. A question
 * is a proposition together with every proposition it excludes, and theirs in turn (a connected
 * part of the exclusion graph); its key is its smallest proposition id. Statements are positions
 * coded to a proposition; a country's word on a question is its latest such position.
 *
 * <p>Pure over the model: the query engine (divergence) and the CSV export (the congruence and
 * conflict edges) both use it.
 */
public final class Questions {
  private final Map<String, Proposition> byId = new HashMap<>();
  private final Map<String, String> keyOf = new HashMap<>();
  private final Map<String, ImmutableList<String>> members = new HashMap<>();

  public Questions(List<Proposition> propositions) {
    Map<String, List<String>> linked = new HashMap<>(); // exclusion both ways
    for (Proposition p : propositions) {
      byId.put(p.id(), p);
      for (String e : p.excludes()) {
        linked.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(e);
        linked.computeIfAbsent(e, k -> new ArrayList<>()).add(p.id());
      }
    }
    for (Proposition p : propositions) {
      if (keyOf.containsKey(p.id())) {
        continue;
      }
      TreeSet<String> part = new TreeSet<>();
      List<String> todo = new ArrayList<>(List.of(p.id()));
      while (!todo.isEmpty()) {
        String id = todo.remove(todo.size() - 1);
        if (part.add(id)) {
          todo.addAll(linked.getOrDefault(id, List.of()));
        }
      }
      ImmutableList<String> list = ImmutableList.copyOf(part);
      for (String id : part) {
        keyOf.put(id, part.first());
      }
      members.put(part.first(), list);
    }
  }

  /** The question a proposition belongs to, by its key; the id itself for an unknown one. */
  public String keyOf(String proposition) {
    return keyOf.getOrDefault(proposition, proposition);
  }

  /** The propositions of a question, sorted. */
  public ImmutableList<String> members(String key) {
    return members.getOrDefault(key, ImmutableList.of(key));
  }

  /** The topic of a question: its propositions' (a valid dataset keeps a question on one topic). */
  public String topicOf(String key) {
    Proposition p = byId.get(key);
    return p == null ? "" : p.topic();
  }

  private boolean excludes(String p, String q) {
    Proposition x = byId.get(p);
    Proposition y = byId.get(q);
    return (x != null && x.excludes().contains(q)) || (y != null && y.excludes().contains(p));
  }

  /** How two coded statements on one question relate. */
  public Relation relation(Position a, Position b) {
    String p = a.proposition().orElseThrow();
    String q = b.proposition().orElseThrow();
    boolean x = a.agrees().orElseThrow();
    boolean y = b.agrees().orElseThrow();
    if (p.equals(q)) {
      return x == y ? Relation.CONGRUENCE : Relation.CONFLICT;
    }
    if (!excludes(p, q)) {
      return Relation.UNRELATED;
    }
    if (x && y) {
      return Relation.CONFLICT;
    }
    return x || y ? Relation.CONGRUENCE : Relation.UNRELATED;
  }

  /**
   * A country's word on each question: of the positions it holds (not analysts') that are coded
   * to a proposition and whose every day is on or before {@code day} (null for no limit), the
   * latest by date; on a tie, the later in the list.
   */
  public Map<String, Position> latest(Iterable<Position> positions, String country,
      @Nullable LocalDate day) {
    Map<String, Position> out = new TreeMap<>();
    for (Position p : positions) {
      if (p.proposition().isEmpty() || p.holder().kind() == HolderKind.ANALYST
          || !p.holder().country().equals(java.util.Optional.of(country))
          || (day != null && p.date().lastDay().isAfter(day))) {
        continue;
      }
      String key = keyOf(p.proposition().get());
      Position had = out.get(key);
      if (had == null || p.date().compareTo(had.date()) >= 0) {
        out.put(key, p);
      }
    }
    return out;
  }

  /** One question between two countries: each one's word on it, if any, and how they relate. */
  public record Row(String topic, String question, @Nullable Position first,
      @Nullable Position second, Relation relation) {}

  /**
   * The questions on topics both countries have spoken to, each with both countries' words and how
   * they relate; ordered by topic, then question.
   */
  public List<Row> between(Map<String, Position> a, Map<String, Position> b) {
    Set<String> topicsA = new HashSet<>();
    Set<String> topicsB = new HashSet<>();
    a.values().forEach(p -> topicsA.add(p.topic()));
    b.values().forEach(p -> topicsB.add(p.topic()));
    List<Row> rows = new ArrayList<>(a.size() + b.size());
    for (Map.Entry<String, Position> e : a.entrySet()) {
      add(rows, e.getKey(), e.getValue(), b.get(e.getKey()), topicsA, topicsB);
    }
    for (Map.Entry<String, Position> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        add(rows, e.getKey(), null, e.getValue(), topicsA, topicsB);
      }
    }
    rows.sort(BY_TOPIC_THEN_QUESTION);
    return rows;
  }

  private static final Comparator<Row> BY_TOPIC_THEN_QUESTION =
      Comparator.comparing(Row::topic).thenComparing(Row::question);

  private void add(List<Row> rows, String key, @Nullable Position pa, @Nullable Position pb,
      Set<String> topicsA, Set<String> topicsB) {
    String topic = (pa != null ? pa : pb).topic();
    if (topicsA.contains(topic) && topicsB.contains(topic)) {
      rows.add(new Row(topic, key, pa, pb,
          pa == null || pb == null ? Relation.ONE_SIDED : relation(pa, pb)));
    }
  }

}
