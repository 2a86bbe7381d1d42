package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.model.Dataset;
import io.parley.model.HolderKind;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Position;
import io.parley.testing.RandomDatasets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The indexed query paths (ranges intersected with postings, positions as of a day by group,
 * divergence by group) against a plain model of what each query means, written with streams over
 * the dataset's lists: random combinations of refinements on the bundled dataset and on generated
 * ones.
 */
class QueryModelTest {

  private static final Comparator<Position> POSITION_ORDER =
      Comparator.comparing(Position::date).thenComparing(Position::id);
  private static final Comparator<Meeting> MEETING_ORDER =
      Comparator.comparing(Meeting::span).thenComparing(Meeting::id);

  @Test
  void bundledDataMatchesTheModel() {
    check(Parley.bundled(), new Random(20261122L), 3000);
  }

  @Test
  void generatedDatasetsMatchTheModel() throws Exception {
    for (long seed = 1; seed <= 60; seed++) {
      check(Parley.of(RandomDatasets.dataset(seed)), new Random(seed), 150);
    }
  }

  private static void check(Parley parley, Random r, int queries) {
    Dataset d = parley.dataset();
    List<String> countries = d.countries().stream().map(c -> c.id()).collect(Collectors.toList());
    List<String> people = d.people().stream().map(p -> p.id()).collect(Collectors.toList());
    List<String> topics = d.topics().stream().map(t -> t.id()).collect(Collectors.toList());
    List<Position> positions = new ArrayList<>(d.positions());
    positions.sort(POSITION_ORDER);
    List<Meeting> meetings = new ArrayList<>(d.meetings());
    meetings.sort(MEETING_ORDER);
    for (int q = 0; q < queries; q++) {
      // Positions: up to four refinements, then perhaps asOf.
      PositionQuery pq = parley.positions();
      List<Predicate<Position>> model = new ArrayList<>();
      StringBuilder what = new StringBuilder("positions()");
      for (int k = r.nextInt(4); k > 0; k--) {
        switch (r.nextInt(4)) {
          case 0 -> {
            String c = pick(r, countries);
            pq = pq.of(c);
            model.add(p -> p.holder().country().equals(java.util.Optional.of(c)));
            what.append(".of(").append(c).append(')');
          }
          case 1 -> {
            if (!people.isEmpty()) {
              String p0 = pick(r, people);
              pq = pq.statedBy(p0);
              model.add(p -> p.holder().person().equals(java.util.Optional.of(p0)));
              what.append(".statedBy(").append(p0).append(')');
            }
          }
          case 2 -> {
            String t = pick(r, topics);
            pq = pq.on(t);
            model.add(p -> p.topic().equals(t));
            what.append(".on(").append(t).append(')');
          }
          default -> {
            LocalDate from = day(r, positions.isEmpty() ? null : positions.get(r.nextInt(positions.size())));
            LocalDate to = from.plusDays(r.nextInt(4000));
            pq = pq.within(from, to);
            model.add(p -> !p.date().firstDay().isBefore(from) && !p.date().lastDay().isAfter(to));
            what.append(".within(").append(from).append(", ").append(to).append(')');
          }
        }
      }
      LocalDate asOf = null;
      if (r.nextInt(3) > 0) {
        asOf = day(r, positions.isEmpty() ? null : positions.get(r.nextInt(positions.size())));
        pq = pq.asOf(asOf);
        what.append(".asOf(").append(asOf).append(')');
      }
      List<Position> expected = expectedPositions(positions, model, asOf);
      assertThat(ids(pq.list())).as(what.toString()).isEqualTo(ids(expected));
      assertThat(pq.count()).as(what + ".count()").isEqualTo(expected.size());
      if (!positions.isEmpty()) {
        Position any = positions.get(r.nextInt(positions.size()));
        assertThat(pq.find(any.id()).isPresent()).as(what + ".find(" + any.id() + ")")
            .isEqualTo(expected.contains(any));
      }

      if (countries.size() >= 2) {
        String a = pick(r, countries);
        String b = pick(r, countries);
        if (!a.equals(b)) {
          List<String> got = pq.divergence(a, b).stream()
              .map(x -> x.topic() + ":" + x.propositions() + ":"
                  + x.first().map(Position::id).orElse("-") + "/"
                  + x.second().map(Position::id).orElse("-") + ":" + x.relation())
              .collect(Collectors.toList());
          List<String> want = divergenceModel(d, positions, model, asOf, a, b);
          assertThat(got).as(what + ".divergence(" + a + ", " + b + ")").isEqualTo(want);
        }
      }

      // Meetings: between, within, format in any combination.
      MeetingQuery mq = parley.meetings();
      List<Predicate<Meeting>> mm = new ArrayList<>();
      StringBuilder mw = new StringBuilder("meetings()");
      if (r.nextBoolean() && countries.size() >= 2) {
        String a = pick(r, countries);
        String b = pick(r, countries);
        if (!a.equals(b)) {
          mq = mq.between(a, b);
          mm.add(m -> m.parties().contains(a) && m.parties().contains(b));
          mw.append(".between(").append(a).append(", ").append(b).append(')');
        }
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        LocalDate from = meetings.isEmpty() ? LocalDate.of(2000, 1, 1)
            : meetings.get(r.nextInt(meetings.size())).span().firstDay().minusDays(r.nextInt(400));
        LocalDate to = from.plusDays(r.nextInt(1500));
        mq = mq.within(from, to);
        mm.add(m -> !m.span().firstDay().isAfter(to)
            && !m.span().lastDay().orElse(LocalDate.MAX).isBefore(from));
        mw.append(".within(").append(from).append(", ").append(to).append(')');
      }
      if (r.nextInt(3) == 0) {
        MeetingFormat f = MeetingFormat.values()[r.nextInt(MeetingFormat.values().length)];
        mq = mq.format(f);
        mm.add(m -> m.format() == f);
        mw.append(".format(").append(f).append(')');
      }
      List<String> wantMeetings = meetings.stream().filter(m -> mm.stream().allMatch(t -> t.test(m)))
          .map(Meeting::id).collect(Collectors.toList());
      assertThat(ids(mq.list())).as(mw.toString()).isEqualTo(wantMeetings);
      if (!meetings.isEmpty()) {
        Meeting any = meetings.get(r.nextInt(meetings.size()));
        assertThat(mq.find(any.id()).isPresent()).as(mw + ".find(" + any.id() + ")")
            .isEqualTo(wantMeetings.contains(any.id()));
      }
    }
  }

  private static List<Position> expectedPositions(
      List<Position> ordered, List<Predicate<Position>> model, LocalDate asOf) {
    List<Position> passing = ordered.stream().filter(p -> model.stream().allMatch(t -> t.test(p)))
        .filter(p -> asOf == null || !p.date().lastDay().isAfter(asOf))
        .collect(Collectors.toList());
    if (asOf == null) {
      return passing;
    }
    Map<String, Position> last = new LinkedHashMap<>();
    for (Position p : passing) {
      last.put(group(p), p);
    }
    List<Position> kept = new ArrayList<>(last.values());
    kept.sort(POSITION_ORDER);
    return kept;
  }

  /**
   * Divergence by brute force: the questions (each proposition with all it excludes, transitively),
   * each country's latest coded statement per question, and the relation as the Javadoc defines
   * it, on topics both have spoken to.
   */
  private static List<String> divergenceModel(Dataset d, List<Position> ordered,
      List<Predicate<Position>> model, LocalDate asOf, String a, String b) {
    Map<String, java.util.Set<String>> excludes = new java.util.HashMap<>();
    for (io.parley.model.Proposition p : d.propositions()) {
      for (String e : p.excludes()) {
        excludes.computeIfAbsent(p.id(), k -> new java.util.TreeSet<>()).add(e);
        excludes.computeIfAbsent(e, k -> new java.util.TreeSet<>()).add(p.id());
      }
    }
    java.util.function.Function<String, java.util.TreeSet<String>> question = id -> {
      java.util.TreeSet<String> seen = new java.util.TreeSet<>();
      java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(id));
      while (!todo.isEmpty()) {
        String x = todo.pop();
        if (seen.add(x)) {
          todo.addAll(excludes.getOrDefault(x, java.util.Set.of()));
        }
      }
      return seen;
    };
    Map<String, Map<String, Position>> latest = new java.util.HashMap<>();
    for (String c : List.of(a, b)) {
      Map<String, Position> m = new TreeMap<>();
      for (Position p : ordered) {
        if (p.proposition().isPresent() && p.holder().kind() != HolderKind.ANALYST
            && p.holder().country().equals(java.util.Optional.of(c))
            && model.stream().allMatch(t -> t.test(p))
            && (asOf == null || !p.date().lastDay().isAfter(asOf))) {
          m.put(question.apply(p.proposition().get()).first(), p); // ordered: the last is latest
        }
      }
      latest.put(c, m);
    }
    java.util.Set<String> topicsA = new java.util.HashSet<>();
    java.util.Set<String> topicsB = new java.util.HashSet<>();
    latest.get(a).values().forEach(p -> topicsA.add(p.topic()));
    latest.get(b).values().forEach(p -> topicsB.add(p.topic()));
    TreeMap<String, String> rows = new TreeMap<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(latest.get(a).keySet());
    keys.addAll(latest.get(b).keySet());
    for (String q : keys) {
      Position pa = latest.get(a).get(q);
      Position pb = latest.get(b).get(q);
      String topic = (pa != null ? pa : pb).topic();
      if (!topicsA.contains(topic) || !topicsB.contains(topic)) {
        continue;
      }
      String relation;
      if (pa == null || pb == null) {
        relation = "ONE_SIDED";
      } else {
        String x = pa.proposition().get();
        String y = pb.proposition().get();
        boolean ax = pa.agrees().get();
        boolean by = pb.agrees().get();
        if (x.equals(y)) {
          relation = ax == by ? "CONGRUENCE" : "CONFLICT";
        } else if (!excludes.getOrDefault(x, java.util.Set.of()).contains(y)) {
          relation = "UNRELATED";
        } else {
          relation = ax && by ? "CONFLICT" : ax || by ? "CONGRUENCE" : "UNRELATED";
        }
      }
      rows.put(topic + "\u0000" + q, topic + ":" + new ArrayList<>(question.apply(q)) + ":"
          + (pa == null ? "-" : pa.id()) + "/" + (pb == null ? "-" : pb.id()) + ":" + relation);
    }
    return new ArrayList<>(rows.values());
  }


  private static String group(Position p) {
    return (p.holder().kind() == HolderKind.ANALYST
        ? "person:" + p.holder().person().orElse("")
        : "country:" + p.holder().country().orElse("")) + "|" + p.topic();
  }

  /** A day near a position's date, or anywhere in 1900-2030. */
  private static LocalDate day(Random r, Position near) {
    if (near == null || r.nextInt(4) == 0) {
      return LocalDate.of(1900, 1, 1).plusDays(r.nextInt(47_000));
    }
    return near.date().firstDay().plusDays(r.nextInt(800) - 400);
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static List<String> ids(List<? extends io.parley.model.Entity> records) {
    return records.stream().map(io.parley.model.Entity::id).collect(Collectors.toList());
  }
}
