package io.parley.benchmarks;

import io.parley.Parley;
import io.parley.internal.text.NameKey;
import io.parley.model.Country;
import io.parley.model.Dataset;
import io.parley.model.Feature;
import io.parley.model.Name;
import io.parley.model.Person;
import io.parley.model.Territory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the name indexes (issue #13) cost in heap and build time, against the other way of
 * answering prefix lookups: postings for every prefix of every key up to a length cap. Parley's
 * index keeps each key once in a sorted array and walks the keys that begin with the typed ones;
 * the alternative answers a prefix by one hash lookup but keeps a posting list per distinct
 * prefix. The probe builds Parley's three name indexes (heap after a forced full GC, before and
 * after), then a map from every prefix of three to {@code cap} characters (two for Chinese,
 * Japanese and Korean) of every key to the positions that have it, and measures it the same way.
 * It reads {@code io.parley.internal.text.NameKey}, which is not exported: the probe runs on the
 * class path, like every benchmark here.
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.NameIndexProbe 1e5 [cap]
 * </pre>
 */
public final class NameIndexProbe {
  private NameIndexProbe() {}

  public static void main(String[] args) throws Exception {
    String label = args[0];
    int cap = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Parley p = Args.open(label);
    Dataset d = p.dataset();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    // The tables first, so that the difference is the name indexes alone.
    p.countries().count();
    p.people().count();
    p.territories().count();
    long before = HeapProbe.used(memory);
    long t0 = System.nanoTime();
    p.countries().named(d.countries().get(0).name()).list();
    p.people().named(d.people().get(0).name()).list();
    p.territories().named(d.territories().get(0).neutralName()).list();
    long t1 = System.nanoTime();
    long indexed = HeapProbe.used(memory);

    List<List<String>> names = new ArrayList<>();
    for (Country c : d.countries()) {
      names.add(texts(c.names(), List.of()));
    }
    for (Person x : d.people()) {
      names.add(texts(x.names(), x.variants()));
    }
    for (Territory t : d.territories()) {
      List<String> all = texts(t.names(), List.of(t.neutralName()));
      for (Feature f : t.features()) {
        all.addAll(texts(f.names(), List.of()));
      }
      names.add(all);
    }
    Set<String> keys = new HashSet<>();
    List<List<String>> keysOf = new ArrayList<>();
    int nameCount = 0;
    for (List<String> record : names) {
      List<String> own = new ArrayList<>();
      for (String name : record) {
        nameCount++;
        List<String> words = NameKey.words(name);
        own.addAll(words);
        own.add(String.join("", words));
      }
      keys.addAll(own);
      keysOf.add(own);
    }
    long base = HeapProbe.used(memory);
    Map<String, List<Integer>> prefixes = new HashMap<>();
    for (int r = 0; r < keysOf.size(); r++) {
      for (String k : keysOf.get(r)) {
        int[] cps = k.codePoints().toArray();
        for (int n = NameKey.shortestPrefix(k); n <= Math.min(cap, cps.length); n++) {
          List<Integer> at = prefixes.computeIfAbsent(new String(cps, 0, n), x -> new ArrayList<>(1));
          if (at.isEmpty() || at.get(at.size() - 1) != r) {
            at.add(r);
          }
        }
      }
    }
    // The alternative as it would be kept: each prefix's positions as an int[].
    HashMap<String, int[]> capped = new HashMap<>();
    long totalPositions = 0;
    for (Map.Entry<String, List<Integer>> e : prefixes.entrySet()) {
      int[] a = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      capped.put(e.getKey(), a);
      totalPositions += a.length;
    }
    prefixes = null;
    long withCapped = HeapProbe.used(memory);

    System.out.printf("%s: %,d records with names (%,d countries, %,d people, %,d territories), %,d names, %,d distinct keys "
        + "of names and words%n", label, names.size(), d.countries().size(), d.people().size(), d.territories().size(),
        nameCount, keys.size());
    System.out.printf("Parley's name indexes: %,d bytes (%.0f per record, %.0f per key), built in %.1f ms%n",
        indexed - before, (double) (indexed - before) / names.size(), (double) (indexed - before) / keys.size(),
        (t1 - t0) / 1e6);
    System.out.printf("prefix postings capped at %d characters: %,d prefixes, %,d positions, %,d bytes more "
        + "(the map and its keys and arrays; not counting the exact and word postings it would still need)%n",
        cap, capped.size(), totalPositions, withCapped - base);
    System.out.println(p.dataVersion() + " " + capped.size() + " " + keysOf.size()); // keeps all reachable to the end
  }

  private static List<String> texts(List<Name> names, List<String> more) {
    List<String> out = new ArrayList<>(more);
    for (Name n : names) {
      out.add(n.text());
      n.romanization().ifPresent(out::add);
    }
    return out;
  }
}
