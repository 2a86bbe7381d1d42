package io.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"1945", "2017-04", "2017-04-27", "0001", "9999-12-31", "2016-02-29"})
  void parseAndToStringRoundTrip(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void knowsItsPrecisionAndDays() {
    PartialDate year = PartialDate.parse("1945");
    PartialDate month = PartialDate.parse("2017-02");
    PartialDate day = PartialDate.parse("2017-04-27");
    assertThat(year.precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(month.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(day.precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(1945, 1, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(1945, 12, 31));
    assertThat(month.lastDay()).isEqualTo(LocalDate.of(2017, 2, 28));
    assertThat(PartialDate.parse("2016-02").lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(day.firstDay()).isEqualTo(day.lastDay());
    assertThat(month.month()).hasValue(2);
    assertThat(month.day()).isEmpty();
  }

  @Test
  void containsTheDaysItCanMean() {
    PartialDate april = PartialDate.parse("2017-04");
    assertThat(april.contains(LocalDate.of(2017, 4, 1))).isTrue();
    assertThat(april.contains(LocalDate.of(2017, 4, 30))).isTrue();
    assertThat(april.contains(LocalDate.of(2017, 5, 1))).isFalse();
    assertThat(april.contains(LocalDate.of(2017, 3, 31))).isFalse();
    assertThat(PartialDate.parse("2017").contains(april)).isTrue();
    assertThat(april.contains(PartialDate.parse("2017"))).isFalse();
  }

  @Test
  void beforeAndAfterAreCertainOnly() {
    PartialDate year = PartialDate.parse("2017");
    PartialDate april = PartialDate.parse("2017-04");
    assertThat(year.isBefore(april)).isFalse();
    assertThat(april.isAfter(year)).isFalse();
    assertThat(april.isBefore(PartialDate.parse("2017-05-01"))).isTrue();
    assertThat(PartialDate.parse("2018").isAfter(april)).isTrue();
  }

  @Test
  void ordersByFirstDayThenCoarserFirst() {
    List<PartialDate> sorted = new ArrayList<>();
    for (String s : new String[] {"2017-02", "2017-01-02", "2017-01-01", "2017-01", "2017", "2016-12-31"}) {
      sorted.add(PartialDate.parse(s));
    }
    Collections.sort(sorted);
    assertThat(sorted)
        .extracting(PartialDate::toString)
        .containsExactly("2016-12-31", "2017", "2017-01", "2017-01-01", "2017-01-02", "2017-02");
  }

  @Test
  void compareToIsZeroExactlyWhenEqual() {
    PartialDate a = PartialDate.parse("2017");
    PartialDate b = PartialDate.parse("2017-01-01");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(a).isNotEqualTo(b);
    assertThat(PartialDate.parse("2017-01")).isEqualTo(PartialDate.ofMonth(2017, 1));
    assertThat(PartialDate.parse("2017-01").compareTo(PartialDate.ofMonth(2017, 1))).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "17", "2017-4", "2017-13", "2017-00", "2017-02-30", "2017-02-29", "0000",
          "2017/04", "2017-04-", "-2017", "２０１７", "2017-04-27T00:00", " 2017"})
  void refusesWhatIsNotAPartialDate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("'" + text + "'");
  }
}
