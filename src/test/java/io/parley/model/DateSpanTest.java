package io.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DateSpanTest {
  private static PartialDate p(String s) {
    return PartialDate.parse(s);
  }

  @Test
  void parsesAndPrintsTheThreeForms() {
    for (String s : new String[] {"2013-11-01", "2013-11-01/2013-11-02", "2004-03-09/..", "1945/1991-12"}) {
      assertThat(DateSpan.parse(s).toString()).isEqualTo(s);
    }
    assertThat(DateSpan.parse("2004-03-09/..").isOpen()).isTrue();
    assertThat(DateSpan.parse("2013-11-01").end()).hasValue(p("2013-11-01"));
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertThatThrownBy(() -> DateSpan.of(p("2017-03-20"), p("2017-03-19")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end 2017-03-19 is before start 2017-03-20");
    assertThatThrownBy(() -> DateSpan.parse("2017/2016")).isInstanceOf(DateTimeParseException.class);
    // An end that may fall after the start is allowed: "ended in April" after "began 27 April".
    assertThat(DateSpan.of(p("2017-04-27"), p("2017-04")).lastDay()).hasValue(LocalDate.of(2017, 4, 30));
  }

  @Test
  void containmentAndOverlap() {
    DateSpan visit = DateSpan.parse("2013-11-01/2013-11-02");
    assertThat(visit.contains(LocalDate.of(2013, 11, 2))).isTrue();
    assertThat(visit.contains(LocalDate.of(2013, 11, 3))).isFalse();
    assertThat(visit.contains(p("2013-11"))).isFalse();
    DateSpan open = DateSpan.parse("2004-03-09/..");
    assertThat(open.contains(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(open.contains(LocalDate.of(2004, 3, 8))).isFalse();
    assertThat(visit.overlaps(LocalDate.of(2013, 11, 2), LocalDate.of(2013, 12, 1))).isTrue();
    assertThat(visit.overlaps(LocalDate.of(2013, 11, 3), LocalDate.of(2013, 12, 1))).isFalse();
    assertThatThrownBy(() -> visit.overlaps(LocalDate.of(2014, 1, 1), LocalDate.of(2013, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByStartThenClosedBeforeOpenThenEnd() {
    assertThat(DateSpan.parse("1945/1991").compareTo(DateSpan.parse("1945/.."))).isNegative();
    assertThat(DateSpan.parse("1945/1950").compareTo(DateSpan.parse("1945/1991"))).isNegative();
    assertThat(DateSpan.parse("1944/1991").compareTo(DateSpan.parse("1945"))).isNegative();
    assertThat(DateSpan.parse("1945/..").compareTo(DateSpan.parse("1945/.."))).isZero();
  }
}
