package io.parley.examples;

import io.parley.Parley;
import io.parley.model.Meeting;
import io.parley.model.MeetingFormat;
import io.parley.model.Participant;
import io.parley.model.Session;

/** The Japan-Russia "2+2" rounds: when, where, which sessions, which ministers. */
public final class TwoPlusTwo {
  private TwoPlusTwo() {}

  /**
   * Prints the rounds.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Parley parley = Parley.bundled();
    for (Meeting m : parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list()) {
      System.out.printf("Round %s: %s, %s%n",
          m.number().isPresent() ? String.valueOf(m.number().getAsInt()) : "?",
          m.span(),
          m.place().map(p -> p.city().orElse(parley.countries().get(p.country()).name()))
              .orElse("by " + m.mode().id()));
      TextTable sessions = new TextTable("date", "session", "participants");
      for (Session s : m.sessions()) {
        StringBuilder who = new StringBuilder();
        for (Participant p : s.participants()) {
          if (who.length() > 0) {
            who.append(", ");
          }
          who.append(parley.people().get(p.person()).name()).append(" (").append(p.country()).append(')');
        }
        sessions.row(s.date(), s.kind().id(), who);
      }
      System.out.print(sessions);
      System.out.println();
    }
  }
}
