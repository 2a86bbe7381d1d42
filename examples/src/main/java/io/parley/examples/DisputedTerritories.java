package io.parley.examples;

import io.parley.Parley;
import io.parley.model.Name;
import io.parley.model.TerritorialClaim;
import io.parley.model.Territory;
import java.time.LocalDate;
import java.util.Optional;

/** Every territory in the dataset, with the name each claimant uses for it. */
public final class DisputedTerritories {
  private DisputedTerritories() {}

  /**
   * Prints the territories.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Parley parley = Parley.bundled();
    LocalDate today = LocalDate.of(2026, 1, 1);
    for (Territory t : parley.territories().list()) {
      System.out.println(t.neutralName() + "  (administered on " + today + " by "
          + t.administeredOn(today).orElse("no one recorded") + ")");
      TextTable names = new TextTable("claimant", "since", "English name", "own-language name");
      for (TerritorialClaim c : parley.claims().over(t).list()) {
        String language = parley.countries().get(c.claimant()).nativeName().map(Name::language).orElse("en");
        Optional<Name> english = t.nameUsedBy(c.claimant(), "en");
        Optional<Name> own = t.nameUsedBy(c.claimant(), language);
        names.row(c.claimant() + " (" + c.status().id() + ")", c.span().start(),
            english.map(Name::text).orElse("-"), own.map(Name::text).orElse("-"));
      }
      System.out.print(names);
      System.out.println();
    }
  }
}
