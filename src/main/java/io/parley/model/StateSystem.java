package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A list of the states of the international system, each with its own numeric codes and its own
 * dates of membership: the two that research data is joined on.
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}: {@code cow} or
 * {@code gw}.
 *
 * @since 0.1.0
 */
public enum StateSystem {
  /**
   * The Correlates of War Project's State System Membership list ({@code states2016.csv}), whose
   * state numbers R users know as {@code ccode} (peacesciencer) or {@code cown} (countrycode).
   */
  COW,

  /**
   * Gleditsch and Ward's list of independent states ({@code iisystem.dat}), whose state numbers R
   * users know as {@code gwcode} (peacesciencer) or {@code gwn} (countrycode).
   */
  GW;

  private static final StateSystem[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);

  /**
   * The id used in the dataset format: {@code "cow"} or {@code "gw"}.
   *
   * @return the id
   * @since 0.1.0
   */
  public String id() {
    return IDS[ordinal()];
  }

  /**
   * The constant with the given id.
   *
   * @param id {@code cow} or {@code gw}
   * @return the constant, or empty if no constant has that id
   * @since 0.1.0
   */
  public static Optional<StateSystem> fromId(String id) {
    return EnumIds.fromId(VALUES, IDS, id);
  }

  /**
   * Every id, in declaration order, for messages that list what is allowed.
   *
   * @return the ids
   * @since 0.1.0
   */
  public static ImmutableList<String> ids() {
    return ImmutableList.copyOf(IDS);
  }
}
