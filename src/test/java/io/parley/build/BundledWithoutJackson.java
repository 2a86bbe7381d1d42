package io.parley.build;

import io.parley.Parley;
import io.parley.model.MeetingFormat;

/** Run in a child JVM by {@link BundledPathNeedsNoJsonTest}, with no Jackson on the class path. */
public final class BundledWithoutJackson {
  private BundledWithoutJackson() {}

  public static void main(String[] args) {
    Parley p = Parley.bundled();
    int rounds = p.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).count();
    int named = p.territories().named("北方領土").count();
    int divergences = p.positions().divergence("JP", "RU").size();
    System.out.println(p.dataVersion() + " " + rounds + " " + named + " " + (divergences > 0));
  }
}
