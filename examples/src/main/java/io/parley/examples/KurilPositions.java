package io.parley.examples;

import io.parley.Divergence;
import io.parley.Parley;
import io.parley.model.Position;

/**
 * How Japan's and Russia's stated positions on the southern Kurils developed, and where the two
 * diverge in their latest word on each topic.
 */
public final class KurilPositions {
  private KurilPositions() {}

  /**
   * Prints the positions and the divergence.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Parley parley = Parley.bundled();
    for (String country : new String[] {"JP", "RU"}) {
      System.out.println(parley.countries().get(country.toLowerCase(java.util.Locale.ROOT)).name()
          + " on the southern Kurils:");
      TextTable t = new TextTable("date", "stance", "said by", "summary");
      for (Position p : parley.positions().of(country).on("kuril-islands-dispute").list()) {
        String by = p.holder().person().map(id -> parley.people().get(id).name())
            .or(() -> p.holder().description()).orElse("government");
        t.row(p.date(), p.stance().id(), by, p.summary());
      }
      System.out.print(t);
      System.out.println();
    }
    System.out.println("Where they diverge (latest stance of each on each topic):");
    TextTable d = new TextTable("topic", "Japan", "Russia", "conflict");
    for (Divergence v : parley.positions().divergence("JP", "RU")) {
      d.row(v.topic(), v.first().stance().id() + " (" + v.first().date() + ")",
          v.second().stance().id() + " (" + v.second().date() + ")", v.conflicts() ? "yes" : "");
    }
    System.out.print(d);
  }
}
