package io.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link PartialDate}: text round trips, and a total order consistent with equals. */
class PartialDatePropertiesTest {
  @Provide
  Arbitrary<PartialDate> dates() {
    Arbitrary<Integer> years = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(1, 2, 1582, 1900, 2000, 2016, 9998, 9999)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 9999)),
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(2014, 2018)));
    return Combinators.combine(years, Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(1, 31)).as((y, precision, m, d) -> {
          switch (precision) {
            case 0:
              return PartialDate.ofYear(y);
            case 1:
              return PartialDate.ofMonth(y, m);
            default:
              return PartialDate.ofDay(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth()));
          }
        });
  }

  @Property(tries = 2000)
  void formatThenParseGivesTheSameDate(@ForAll("dates") PartialDate d) {
    assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
    assertThat(PartialDate.parse(d.toString()).toString()).isEqualTo(d.toString());
  }

  /** Text that looks like a date: digits and hyphens in the three shapes, and near misses. */
  @Provide
  Arbitrary<String> dateLikeText() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(5);
    return Arbitraries.oneOf(
        Combinators.combine(digits, digits, digits).as((y, m, d) -> y + "-" + m + "-" + d),
        Combinators.combine(digits, digits).as((y, m) -> y + "-" + m),
        digits,
        Arbitraries.strings().withChars("0123456789-/ +T:Z").ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(12));
  }

  @Property(tries = 5000)
  void parseReadsBackWhatItPrintsOrRefusesWithAParseError(@ForAll("dateLikeText") String text) {
    PartialDate d;
    try {
      d = PartialDate.parse(text);
    } catch (DateTimeParseException e) {
      assertThat(e.getMessage()).contains(text);
      return;
    }
    assertThat(d.toString()).isEqualTo(text);
  }

  @Property(tries = 3000)
  void theOrderIsConsistentWithEquals(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @Property(tries = 3000)
  void theOrderIsTransitive(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b, @ForAll("dates") PartialDate c) {
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
    if (a.compareTo(b) < 0 && b.compareTo(c) < 0) {
      assertThat(a.compareTo(c)).isLessThan(0);
    }
  }

  @Property(tries = 2000)
  void theOrderFollowsTheFirstDayThenTheCoarserPrecision(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    int byDay = a.firstDay().compareTo(b.firstDay());
    int expected = byDay != 0 ? byDay : a.precision().compareTo(b.precision());
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
  }
}
