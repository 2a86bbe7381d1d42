package io.parley.internal.query;


import io.parley.model.TerritorialClaim;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** The claim indexes, and the claimants of each territory. */
public final class ClaimIndex {
  public final Postings byClaimant;
  public final Postings byTerritory;
  public final Map<String, TreeSet<String>> claimantsOf = new HashMap<>();

  public ClaimIndex(Table<TerritorialClaim> claims) {
    Postings.Builder claimant = new Postings.Builder();
    Postings.Builder territory = new Postings.Builder();
    for (int i = 0; i < claims.size(); i++) {
      TerritorialClaim c = claims.records.get(i);
      claimant.add(c.claimant(), i);
      territory.add(c.territory(), i);
      TreeSet<String> set = claimantsOf.get(c.territory());
      if (set == null) {
        set = new TreeSet<>();
        claimantsOf.put(c.territory(), set);
      }
      set.add(c.claimant());
    }
    byClaimant = claimant.build();
    byTerritory = territory.build();
  }
}
