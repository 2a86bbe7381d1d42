package io.parley.benchmarks.coldstart;

import io.parley.MeetingQuery;
import io.parley.Parley;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import java.lang.reflect.Constructor;
import java.util.List;

/**
 * Where the first call's time goes, in process, on a cold JVM: the same program as {@link
 * TwoPlusTwo}, with {@code System.nanoTime()} between its steps. Each step is then done again on a
 * second, fresh instance over the bundle (made through the private constructor, by reflection:
 * benchmark code only), when every class is already loaded: the difference between the two runs
 * is what class loading and first execution cost, and the second run is the work itself (reading
 * and checking the bundle, decoding records, sorting tables, building indexes).
 *
 * <p>Prints one line of microseconds: {@code bundled meetings between format list first-total
 * | again: open meetings between format list total}. With {@code -Xlog:class+load} the marker
 * classes {@code StartupPhases$Mark*} show in the log where each step begins, so the classes each
 * step loads can be counted (cold-start.sh does it).
 */
public final class StartupPhases {
  private StartupPhases() {}

  static final class Mark1Bundled {}

  static final class Mark2Meetings {}

  static final class Mark3Between {}

  static final class Mark4Format {}

  static final class Mark5List {}

  static final class Mark6Print {}

  public static void main(String[] args) throws Exception {
    new Mark1Bundled();
    long t0 = System.nanoTime();
    Parley parley = Parley.bundled();
    long t1 = System.nanoTime();
    new Mark2Meetings();
    long t1b = System.nanoTime();
    MeetingQuery q = parley.meetings();
    long t2 = System.nanoTime();
    new Mark3Between();
    long t2b = System.nanoTime();
    q = q.between("JP", "RU");
    long t3 = System.nanoTime();
    new Mark4Format();
    long t3b = System.nanoTime();
    q = q.format(MeetingFormat.TWO_PLUS_TWO);
    long t4 = System.nanoTime();
    new Mark5List();
    long t4b = System.nanoTime();
    List<Meeting> rounds = q.list();
    long t5 = System.nanoTime();
    new Mark6Print();
    StringBuilder b = new StringBuilder();
    for (Meeting m : rounds) {
      b.append(m.number().getAsInt()).append(". ").append(m.span()).append(' ').append(TwoPlusTwo.city(m)).append('\n');
    }
    System.out.print(b);

    // Again, on a fresh instance: every class loaded now.
    Class<?> bundledData = Class.forName("io.parley.internal.bundle.BundledData");
    Class<?> recordSource = Class.forName("io.parley.internal.RecordSource");
    Constructor<Parley> make = Parley.class.getDeclaredConstructor(recordSource);
    make.setAccessible(true);
    long u0 = System.nanoTime();
    Parley again = make.newInstance(bundledData.getMethod("open").invoke(null));
    long u1 = System.nanoTime();
    MeetingQuery r = again.meetings();
    long u2 = System.nanoTime();
    r = r.between("JP", "RU");
    long u3 = System.nanoTime();
    r = r.format(MeetingFormat.TWO_PLUS_TWO);
    long u4 = System.nanoTime();
    int n = r.list().size();
    long u5 = System.nanoTime();
    if (n != rounds.size()) {
      throw new AssertionError(n + " != " + rounds.size());
    }
    System.out.println("phases-us " + us(t1 - t0) + " " + us(t2 - t1b) + " " + us(t3 - t2b) + " " + us(t4 - t3b) + " "
        + us(t5 - t4b) + " " + us((t1 - t0) + (t2 - t1b) + (t3 - t2b) + (t4 - t3b) + (t5 - t4b))
        + " | again " + us(u1 - u0) + " " + us(u2 - u1) + " " + us(u3 - u2) + " " + us(u4 - u3) + " " + us(u5 - u4)
        + " " + us(u5 - u0));
  }

  private static long us(long nanos) {
    return nanos / 1000;
  }
}
