package io.parley.internal;

import io.parley.model.Country;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ISO codes a refinement taking a country accepts: its id upper-cased, its alpha-2 and its
 * alpha-3 code, each to the country's id. One function for the query engine, which builds the map
 * from the countries, and the bundle, which stores it so that a first query by code decodes no
 * country.
 */
public final class IsoCodes {
  private IsoCodes() {}

  /** The country's ISO codes, in the order a clash between two countries is settled by. */
  public static List<String> of(Country c) {
    return List.of(c.id().toUpperCase(Locale.ROOT), c.alpha2(), c.alpha3());
  }

  /**
   * Every code of the countries to its country's id; where two countries share a code, the one
   * first by id has it.
   */
  public static Map<String, String> map(List<Country> countries) {
    List<Country> byId = new ArrayList<>(countries);
    byId.sort(new Comparator<Country>() {
      @Override
      public int compare(Country a, Country b) {
        return a.id().compareTo(b.id());
      }
    });
    HashMap<String, String> codes = new HashMap<>();
    for (Country c : byId) {
      for (String code : of(c)) {
        codes.putIfAbsent(code, c.id());
      }
    }
    return Collections.unmodifiableMap(codes);
  }
}
