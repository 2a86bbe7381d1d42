package io.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link PartialDate}: text round trips, and a total order consistent with equals.
 * Each property runs over thousands of values drawn from a fixed seed (so a failure names a value
 * that reproduces), weighted towards the edges: the first and last years, leap years, month ends.
 */
class PartialDatePropertiesTest {
  private static final int[] EDGE_YEARS = {1, 2, 1582, 1900, 2000, 2016, 9998, 9999};

  static PartialDate date(Random r) {
    int pick = r.nextInt(10);
    int y = pick == 0 ? EDGE_YEARS[r.nextInt(EDGE_YEARS.length)]
        : pick < 4 ? 1 + r.nextInt(9999) : 2014 + r.nextInt(5);
    int m = 1 + r.nextInt(12);
    switch (r.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(y);
      case 1:
        return PartialDate.ofMonth(y, m);
      default:
        return PartialDate.ofDay(y, m, Math.min(1 + r.nextInt(31), YearMonth.of(y, m).lengthOfMonth()));
    }
  }

  /** Text that looks like a date: digits and hyphens in the three shapes, and near misses. */
  static String dateLikeText(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return digits(r) + "-" + digits(r) + "-" + digits(r);
      case 1:
        return digits(r) + "-" + digits(r);
      case 2:
        return digits(r);
      case 3:
        return chars(r, "0123456789-/ +T:Z", 12);
      default:
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(13);
        for (int i = 0; i < n; i++) {
          b.append((char) r.nextInt(0xd800));
        }
        return b.toString();
    }
  }

  private static String digits(Random r) {
    return chars(r, "0123456789", 5).isEmpty() ? "0" : chars(r, "0123456789", 5);
  }

  private static String chars(Random r, String alphabet, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void formatThenParseGivesTheSameDate() {
    Random r = new Random(1);
    for (int i = 0; i < 2000; i++) {
      PartialDate d = date(r);
      assertThat(PartialDate.parse(d.toString())).as("%s", d).isEqualTo(d);
      assertThat(PartialDate.parse(d.toString()).toString()).isEqualTo(d.toString());
    }
  }

  @Test
  void parseReadsBackWhatItPrintsOrRefusesWithAParseError() {
    Random r = new Random(2);
    for (int i = 0; i < 5000; i++) {
      String text = dateLikeText(r);
      PartialDate d;
      try {
        d = PartialDate.parse(text);
      } catch (DateTimeParseException e) {
        assertThat(e.getMessage()).contains(text);
        continue;
      }
      assertThat(d.toString()).as("%s", text).isEqualTo(text);
    }
  }

  @Test
  void theOrderIsConsistentWithEquals() {
    Random r = new Random(3);
    for (int i = 0; i < 3000; i++) {
      PartialDate a = date(r);
      PartialDate b = r.nextInt(4) == 0 ? a : date(r);
      assertThat(a.compareTo(b) == 0).as("%s %s", a, b).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    }
  }

  @Test
  void theOrderIsTransitive() {
    Random r = new Random(4);
    for (int i = 0; i < 3000; i++) {
      PartialDate a = date(r);
      PartialDate b = date(r);
      PartialDate c = date(r);
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).as("%s %s %s", a, b, c).isLessThanOrEqualTo(0);
      }
      if (a.compareTo(b) < 0 && b.compareTo(c) < 0) {
        assertThat(a.compareTo(c)).as("%s %s %s", a, b, c).isLessThan(0);
      }
    }
  }

  @Test
  void theOrderFollowsTheFirstDayThenTheCoarserPrecision() {
    Random r = new Random(5);
    for (int i = 0; i < 2000; i++) {
      PartialDate a = date(r);
      PartialDate b = date(r);
      int byDay = a.firstDay().compareTo(b.firstDay());
      int expected = byDay != 0 ? byDay : a.precision().compareTo(b.precision());
      assertThat(Integer.signum(a.compareTo(b))).as("%s %s", a, b).isEqualTo(Integer.signum(expected));
    }
  }
}
