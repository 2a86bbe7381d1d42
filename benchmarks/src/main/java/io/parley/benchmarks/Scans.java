package io.parley.benchmarks;

import io.parley.model.ClaimStatus;
import io.parley.model.Dataset;
import io.parley.model.HolderKind;
import io.parley.model.Meeting;
import io.parley.model.Name;
import io.parley.model.Office;
import io.parley.model.Person;
import io.parley.model.Position;
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

  /** Each topic on which both have a position: their latest, and whether they conflict. */
  static List<Object[]> divergence(Dataset d, String a, String b, LocalDate today) {
    Map<String, Position> la = latest(d, a);
    Map<String, Position> lb = latest(d, b);
    List<Object[]> out = new ArrayList<>();
    for (Map.Entry<String, Position> e : la.entrySet()) {
      Position pb = lb.get(e.getKey());
      if (pb != null) {
        Position pa = e.getValue();
        boolean conflicts = pa.stance().conflictsWith(pb.stance()) || bothClaim(d, e.getKey(), a, b, today);
        out.add(new Object[] {e.getKey(), pa, pb, conflicts});
      }
    }
    return out;
  }

  private static Map<String, Position> latest(Dataset d, String country) {
    Optional<String> c = Optional.of(country);
    return d.positions().stream()
        .filter(p -> p.holder().kind() != HolderKind.ANALYST && p.holder().country().equals(c))
        .collect(Collectors.toMap(Position::topic, p -> p, (x, y) -> LATEST.compare(x, y) >= 0 ? x : y, TreeMap::new));
  }

  private static boolean bothClaim(Dataset d, String topicId, String a, String b, LocalDate today) {
    Optional<String> territory = d.topics().stream().filter(t -> t.id().equals(topicId)).findFirst()
        .flatMap(Topic::territory);
    if (territory.isEmpty()) {
      return false;
    }
    boolean byA = false;
    boolean byB = false;
    for (TerritorialClaim c : d.claims()) {
      if (c.territory().equals(territory.get()) && c.status() == ClaimStatus.ACTIVE && c.standsOn(today)) {
        byA |= c.claimant().equals(a);
        byB |= c.claimant().equals(b);
      }
    }
    return byA && byB;
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
