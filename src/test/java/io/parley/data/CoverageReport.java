package io.parley.data;

import io.parley.model.Citation;
import io.parley.model.Cited;
import io.parley.model.Dataset;
import io.parley.model.Entity;
import io.parley.model.PartialDate;
import io.parley.model.Source;
import io.parley.model.SourceKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders DATASET.md, the coverage report of the bundled dataset, from the data alone. */
final class CoverageReport {
  private CoverageReport() {}

  static String render(Dataset d) {
    Map<String, List<? extends Entity>> kinds = new LinkedHashMap<>();
    kinds.put("countries", d.countries());
    kinds.put("people", d.people());
    kinds.put("territories", d.territories());
    kinds.put("claims", d.claims());
    kinds.put("agreements", d.agreements());
    kinds.put("events", d.events());
    kinds.put("meetings", d.meetings());
    kinds.put("positions", d.positions());
    Map<String, SourceKind> sourceKind = new HashMap<>();
    for (Source s : d.sources()) {
      sourceKind.put(s.id(), s.kind());
    }

    StringBuilder b = new StringBuilder();
    b.append("# Dataset ").append(d.manifest().dataVersion()).append(": coverage\n\n");
    b.append("Generated from `src/main/data` by `BundledDatasetTest`, which fails when this file is stale.\n\n");
    b.append("| kind | records | with a note | citations per record (mean) | distinct sources cited |\n");
    b.append("|---|---:|---:|---:|---:|\n");
    b.append("| sources | ").append(d.sources().size()).append(" | ")
        .append(d.sources().stream().filter(s -> !s.notes().isEmpty()).count()).append(" | | |\n");
    b.append("| topics | ").append(d.topics().size()).append(" | | | |\n");
    b.append("| propositions | ").append(d.propositions().size()).append(" | ")
        .append(d.propositions().stream().filter(x -> !x.notes().isEmpty()).count()).append(" | | |\n");
    b.append("| series | ").append(d.series().size()).append(" | ")
        .append(d.series().stream().filter(x -> !x.notes().isEmpty()).count()).append(" | ")
        .append(String.format(java.util.Locale.ROOT, "%.2f",
            d.series().stream().mapToInt(x -> x.citations().size()).average().orElse(0)))
        .append(" | |\n");
    Map<SourceKind, Integer> recordsBySourceKind = new EnumMap<>(SourceKind.class);
    for (Map.Entry<String, List<? extends Entity>> e : kinds.entrySet()) {
      int citations = 0;
      int noted = 0;
      Set<String> distinct = new HashSet<>();
      for (Entity r : e.getValue()) {
        List<Citation> cs = ((Cited) r).citations();
        citations += cs.size();
        noted += r.notes().isEmpty() ? 0 : 1;
        Set<SourceKind> kindsCited = new HashSet<>();
        for (Citation c : cs) {
          distinct.add(c.source());
          kindsCited.add(sourceKind.get(c.source()));
        }
        kindsCited.forEach(k -> recordsBySourceKind.merge(k, 1, Integer::sum));
      }
      int n = e.getValue().size();
      b.append("| ").append(e.getKey()).append(" | ").append(n).append(" | ").append(noted).append(" | ")
          .append(n == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.2f", citations / (double) n))
          .append(" | ").append(distinct.size()).append(" |\n");
    }
    b.append("\nFeatures: ").append(d.territories().stream().mapToInt(t -> t.features().size()).sum())
        .append("; sessions: ").append(d.meetings().stream().mapToInt(m -> m.sessions().size()).sum())
        .append("; tenures: ").append(d.people().stream().mapToInt(p -> p.tenures().size()).sum())
        .append(".\n\n");

    long remote = d.meetings().stream().filter(m -> m.mode().isRemote()).count();
    long coded = d.positions().stream().filter(x -> x.proposition().isPresent()).count();
    b.append("Meetings held by video or telephone: ").append(remote)
        .append("; positions coded to a proposition: ").append(coded).append(" of ")
        .append(d.positions().size()).append(".\n\n");

    b.append("## Series\n\nEach series' rounds in the data (by the number sources give them) and its"
        + " coverage in the curators' words.\n\n| series | parties | meetings | rounds | coverage |\n"
        + "|---|---|---:|---|---|\n");
    for (io.parley.model.Series x : d.series()) {
      List<Integer> rounds = new ArrayList<>();
      int meetings = 0;
      for (io.parley.model.Meeting m : d.meetings()) {
        if (m.series().equals(java.util.Optional.of(x.id()))) {
          meetings++;
          m.number().ifPresent(rounds::add);
        }
      }
      rounds.sort(null);
      b.append("| ").append(x.id()).append(" | ").append(String.join("-", x.parties()))
          .append(" | ").append(meetings).append(" | ").append(ranges(rounds)).append(" | ")
          .append(x.coverage().replace("|", "/")).append(" |\n");
    }
    b.append('\n');

    b.append("## Date range\n\n| kind | earliest | latest |\n|---|---|---|\n");
    range(b, "meetings", dates(d.meetings(), m -> ((io.parley.model.Meeting) m).span().start()));
    range(b, "positions", dates(d.positions(), p -> ((io.parley.model.Position) p).date()));
    range(b, "events", dates(d.events(), e -> ((io.parley.model.Event) e).span().start()));
    range(b, "agreements", dates(d.agreements(), a -> ((io.parley.model.Agreement) a).signed()));
    range(b, "claims (start)", dates(d.claims(), c -> ((io.parley.model.TerritorialClaim) c).span().start()));

    b.append("\n## Codes to join on\n\n| kind | records | ISO 3166-1 alpha-2 and alpha-3 | COW |"
        + " Gleditsch-Ward | Wikidata |\n|---|---:|---:|---:|---:|---:|\n");
    b.append("| countries | ").append(d.countries().size()).append(" | ").append(d.countries().size())
        .append(" | ").append(d.countries().stream().filter(c -> c.cowCode().isPresent()).count())
        .append(" | ").append(d.countries().stream().filter(c -> c.gwCode().isPresent()).count())
        .append(" | ").append(d.countries().stream().filter(c -> c.wikidata().isPresent()).count())
        .append(" |\n");
    b.append("| people | ").append(d.people().size()).append(" | | | | ")
        .append(d.people().stream().filter(p -> p.wikidata().isPresent()).count()).append(" |\n");
    b.append("| territories | ").append(d.territories().size()).append(" | | | | ")
        .append(d.territories().stream().filter(t -> t.wikidata().isPresent()).count()).append(" |\n");
    b.append("| agreements | ").append(d.agreements().size()).append(" | | | | ")
        .append(d.agreements().stream().filter(a -> a.wikidata().isPresent()).count()).append(" |\n");

    b.append("\n## Records by kind of source cited\n\n");
    b.append("A record counts once for each kind of source among its citations.\n\n");
    b.append("| source kind | sources | records citing one |\n|---|---:|---:|\n");
    for (SourceKind k : SourceKind.values()) {
      long sources = d.sources().stream().filter(s -> s.kind() == k).count();
      b.append("| ").append(k.id()).append(" | ").append(sources).append(" | ")
          .append(recordsBySourceKind.getOrDefault(k, 0)).append(" |\n");
    }
    b.append("\nSources without a located address: ")
        .append(d.sources().stream().filter(s -> s.url().isEmpty()).count()).append(".\n");
    return b.toString();
  }

  /** Numbers as runs: 1-8, 10-12. */
  private static String ranges(List<Integer> sorted) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sorted.size(); ) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      b.append(b.length() == 0 ? "" : ", ").append(sorted.get(i));
      if (j > i) {
        b.append('-').append(sorted.get(j));
      }
      i = j + 1;
    }
    return b.length() == 0 ? "none numbered" : b.toString();
  }

  private static List<PartialDate> dates(List<? extends Entity> records, java.util.function.Function<Entity, PartialDate> date) {
    List<PartialDate> out = new ArrayList<>();
    records.forEach(r -> out.add(date.apply(r)));
    out.sort(null);
    return out;
  }

  private static void range(StringBuilder b, String kind, List<PartialDate> dates) {
    b.append("| ").append(kind).append(" | ")
        .append(dates.isEmpty() ? "" : dates.get(0)).append(" | ")
        .append(dates.isEmpty() ? "" : dates.get(dates.size() - 1)).append(" |\n");
  }
}
