package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.model.Country;
import io.parley.model.Name;
import io.parley.model.Office;
import io.parley.model.Person;
import io.parley.model.Territory;
import io.parley.model.Topic;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link Parley} answers eight threads at once exactly as a single thread does, and
 * {@link Parley#bundled()} called from many threads at its first use makes one instance.
 */
class ConcurrencyStressTest {
  private static final int THREADS = 8;
  private static final int QUERIES_PER_THREAD = 10_000;

  /** A query and its name, for the message when an answer differs. */
  private static final class Ask {
    final String name;
    final Function<Parley, Object> query;

    Ask(String name, Function<Parley, Object> query) {
      this.name = name;
      this.query = query;
    }

    /** The answer, or the exception the query threw, as a comparable value. */
    Object answer(Parley parley) {
      try {
        return query.apply(parley);
      } catch (RuntimeException e) {
        return e.getClass().getName() + ": " + e.getMessage();
      }
    }
  }

  @Test
  void eightThreadsGetTheAnswersOneThreadGets() throws Exception {
    Parley shared = Parley.bundled();
    List<Ask> asks = asks(shared);
    // The oracle: a second instance over the same records, asked from this thread alone.
    Parley oracle = Parley.of(shared.dataset());
    List<Object> expected = new ArrayList<>();
    for (Ask a : asks) {
      expected.add(a.answer(oracle));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    List<Future<Integer>> done = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        long seed = 31L * t + 7;
        done.add(pool.submit(() -> {
          Random random = new Random(seed);
          start.await();
          int asked = 0;
          for (int i = 0; i < QUERIES_PER_THREAD; i++) {
            int q = random.nextInt(asks.size());
            Object answer = asks.get(q).answer(shared);
            asked++;
            if (!Objects.equals(answer, expected.get(q))) {
              wrong.add(asks.get(q).name + " gave " + answer + " instead of " + expected.get(q));
            }
          }
          return asked;
        }));
      }
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get(5, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo(THREADS * QUERIES_PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
    assertThat(wrong).as("answers that differ from the single-threaded oracle").isEmpty();
  }

  /** Queries of every kind, over the bundled data's own codes, names, ids and years. */
  private static List<Ask> asks(Parley p) {
    List<Ask> asks = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (Country c : p.countries().list()) {
      codes.add(c.alpha2());
    }
    for (String a : codes) {
      asks.add(new Ask("meetings involving " + a, x -> x.meetings().involving(a).list()));
      asks.add(new Ask("claims by " + a, x -> x.claims().by(a).list()));
      asks.add(new Ask("positions of " + a, x -> x.positions().of(a).list()));
      asks.add(new Ask("agreements involving " + a, x -> x.agreements().involving(a).list()));
      asks.add(new Ask("code " + a, x -> x.countries().code(a)));
      asks.add(new Ask("territories claimed by " + a, x -> x.territories().claimedBy(a).list()));
      for (String b : codes.subList(0, Math.min(codes.size(), 8))) {
        asks.add(new Ask("meetings between " + a + " and " + b, x -> x.meetings().between(a, b).list()));
        asks.add(new Ask("timeline " + a + "/" + b, x -> x.timeline(a, b)));
        asks.add(new Ask("divergence " + a + "/" + b, x -> x.positions().divergence(a, b)));
        asks.add(new Ask("disputed " + a + "/" + b, x -> x.territories().disputedBetween(a, b).list()));
      }
    }
    for (int year = 2005; year <= 2021; year++) {
      int y = year;
      LocalDate day = LocalDate.of(y, 6, 30);
      asks.add(new Ask("meetings during " + y, x -> x.meetings().during(y).list()));
      asks.add(new Ask("meetings within " + y, x -> x.meetings().within(LocalDate.of(y, 1, 1), day).count()));
      asks.add(new Ask("claims as of " + day, x -> x.claims().asOf(day).list()));
      asks.add(new Ask("positions as of " + day, x -> x.positions().of("JP").asOf(day).list()));
      for (Office o : Office.values()) {
        asks.add(new Ask(o + " of JP on " + day, x -> x.people().holding(o, "JP", day).list()));
        asks.add(new Ask(o + " of RU on " + day, x -> x.people().holding(o, "RU", day).list()));
      }
    }
    for (Territory t : p.territories().list()) {
      asks.add(new Ask("claims over " + t.id(), x -> x.claims().over(t.id()).list()));
      for (Name n : t.names()) {
        asks.add(new Ask("territory named " + n.text(), x -> x.territories().named(n.text()).list()));
      }
    }
    for (Topic t : p.topics().list()) {
      asks.add(new Ask("positions on " + t.id(), x -> x.positions().on(t.id()).latest()));
      asks.add(new Ask("meetings on " + t.id(), x -> x.meetings().onTopic(t.id()).list()));
    }
    for (Person person : p.people().list()) {
      asks.add(new Ask("attended by " + person.id(), x -> x.meetings().attendedBy(person.id()).list()));
      asks.add(new Ask("stated by " + person.id(), x -> x.positions().statedBy(person.id()).list()));
      asks.add(new Ask("person named " + person.names().get(0).text(),
          x -> x.people().named(person.names().get(0).text()).list()));
    }
    asks.add(new Ask("an unknown code", x -> x.meetings().between("XX", "JP").list()));
    asks.add(new Ask("all sources", x -> x.sources().count()));
    return asks;
  }

  @Test
  void bundledRacedFromManyThreadsAtFirstUseMakesOneInstance() throws Exception {
    // Each round loads the library afresh in its own class loader, so that bundled() is at its
    // first use when the threads call it together. Its parent is the boot loader: the platform
    // loader would hand over io.parley, a module of the boot layer, to the one already loaded.
    List<URL> path = new ArrayList<>();
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      for (String entry : System.getProperty(property, "").split(java.io.File.pathSeparator)) {
        if (!entry.isEmpty() && !entry.endsWith("test-classes") && Files.exists(Path.of(entry))) {
          path.add(Path.of(entry).toUri().toURL());
        }
      }
    }
    for (int round = 0; round < 4; round++) {
      try (URLClassLoader fresh = new URLClassLoader(path.toArray(new URL[0]), null)) {
        Class<?> parley = Class.forName("io.parley.Parley", false, fresh);
        assertThat(parley).isNotSameAs(Parley.class);
        Method bundled = parley.getMethod("bundled");
        assertThat(raced(() -> bundled.invoke(null))).hasSize(1);
      }
    }
    // And in the library as the tests load it, whether or not it is already loaded.
    assertThat(raced(Parley::bundled)).hasSize(1);
  }

  /** The distinct instances that {@code get} returned to sixteen threads released at once. */
  private static Set<Object> raced(java.util.concurrent.Callable<Object> get) throws Exception {
    int n = 16;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CyclicBarrier start = new CyclicBarrier(n);
    try {
      List<Future<Object>> got = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        got.add(pool.submit(() -> {
          start.await();
          return get.call();
        }));
      }
      Map<Object, Boolean> distinct = new IdentityHashMap<>();
      for (Future<Object> f : got) {
        distinct.put(Objects.requireNonNull(f.get(2, TimeUnit.MINUTES)), true);
      }
      return Collections.unmodifiableSet(distinct.keySet());
    } finally {
      pool.shutdownNow();
    }
  }
}
