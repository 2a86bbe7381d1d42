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
    System.out.println("What each last said on each question of the dispute, and how the two relate:");
    TextTable d = new TextTable("relation", "Japan", "Russia");
    for (Divergence v : parley.positions().on("kuril-islands-dispute").divergence("JP", "RU")) {
      d.row(v.relation().id(), v.first().map(p -> Tour.said(parley, p)).orElse("-"),
          v.second().map(p -> Tour.said(parley, p)).orElse("-"));
    }
    System.out.print(d);
  }
}
