package io.parley.examples;

import io.parley.Parley;
import io.parley.model.Office;
import io.parley.model.Person;
import java.time.LocalDate;

/** Who held the foreign and defence portfolios of Japan and Russia on the day of each 2+2. */
public final class WhoHeldOffice {
  private WhoHeldOffice() {}

  /**
   * Prints the office holders.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Parley parley = Parley.bundled();
    TextTable t = new TextTable("date", "country", "office", "held by");
    for (String day : new String[] {"2013-11-02", "2017-03-20", "2018-07-31", "2019-05-30"}) {
      LocalDate date = LocalDate.parse(day);
      for (String country : new String[] {"JP", "RU"}) {
        for (Office office : new Office[] {Office.FOREIGN_MINISTER, Office.DEFENCE_MINISTER}) {
          StringBuilder who = new StringBuilder();
          for (Person p : parley.people().holding(office, country, date).list()) {
            who.append(who.length() > 0 ? ", " : "").append(p.name());
          }
          t.row(day, country, office.id(), who.length() > 0 ? who : "(not recorded)");
        }
      }
    }
    System.out.print(t);
  }
}
