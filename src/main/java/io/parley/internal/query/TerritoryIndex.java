package io.parley.internal.query;


import io.parley.model.Administration;
import io.parley.model.Territory;
import java.util.TreeSet;

/** The territory indexes: by claimant and by administrator (by name: {@link NameIndexes}). */
public final class TerritoryIndex {
  public final Postings byClaimant;
  public final Postings byAdministrator;

  public TerritoryIndex(Table<Territory> territories, ClaimIndex claims) {
    Postings.Builder claimant = new Postings.Builder();
    Postings.Builder administrator = new Postings.Builder();
    for (int i = 0; i < territories.size(); i++) {
      Territory t = territories.records.get(i);
      TreeSet<String> claimants = claims.claimantsOf.get(t.id());
      if (claimants != null) {
        for (String c : claimants) {
          claimant.add(c, i);
        }
      }
      for (Administration a : t.administration()) {
        administrator.add(a.country(), i);
      }
    }
    byClaimant = claimant.build();
    byAdministrator = administrator.build();
  }
}
