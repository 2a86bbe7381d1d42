package io.parley.benchmarks.coldstart;

import io.parley.Parley;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Place;

/** A user's first program: the bundled data's Japan-Russia 2+2 rounds. Measured by cold-start.sh. */
public final class TwoPlusTwo {
  private TwoPlusTwo() {}

  public static void main(String[] args) {
    Parley parley = Parley.bundled();
    for (Meeting m : parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list()) {
      System.out.println(m.number().getAsInt() + ". " + m.span() + " " + city(m));
    }
  }

  /**
   * The city of a meeting in person. Without a lambda or method reference ({@code
   * m.place().flatMap(Place::city)}): the first one a program runs costs it the JDK's lambda
   * bootstrap (about 75 classes, some 10-20 ms cold), which is the program's cost, not Parley's,
   * and which the second round's program did not have (TwoPlusTwoLambda measures it).
   */
  static String city(Meeting m) {
    if (m.place().isPresent()) {
      Place p = m.place().get();
      return p.city().isPresent() ? p.city().get() : "";
    }
    return "";
  }
}
