package io.parley.benchmarks.coldstart;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * On a cold JVM: the length of a month through {@code LocalDate}, then through {@code YearMonth},
 * whose first use initializes a {@code DateTimeFormatter} (and with it the lambda bootstrap of
 * {@code DateTimeFormatterBuilder}). PartialDate uses YearMonth, so the bundled data's first
 * decode pays this. Prints microseconds.
 */
public final class YearMonthCost {
  private YearMonthCost() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    int viaLocalDate = LocalDate.of(2017, 3, 1).lengthOfMonth();
    long t1 = System.nanoTime();
    int viaYearMonth = YearMonth.of(2017, 3).lengthOfMonth();
    long t2 = System.nanoTime();
    System.out.println("LocalDate.of(y, m, 1).lengthOfMonth(): " + (t1 - t0) / 1000 + " us; then YearMonth.of(y, m)"
        + ".lengthOfMonth(): " + (t2 - t1) / 1000 + " us (" + viaLocalDate + ", " + viaYearMonth + ")");
  }
}
