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
      System.out.println(m.number().getAsInt() + ". " + m.span() + " " + m.place().flatMap(Place::city).orElse(""));
    }
  }
}
