package io.parley.benchmarks.coldstart;

import io.parley.Parley;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Place;

/**
 * {@link TwoPlusTwo} as a user might write it, with a method reference for the city: the
 * difference between the two is what a program's first lambda costs the JVM, whatever the library.
 */
public final class TwoPlusTwoLambda {
  private TwoPlusTwoLambda() {}

  public static void main(String[] args) {
    Parley parley = Parley.bundled();
    for (Meeting m : parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list()) {
      System.out.println(m.number().getAsInt() + ". " + m.span() + " " + m.place().flatMap(Place::city).orElse(""));
    }
  }
}
