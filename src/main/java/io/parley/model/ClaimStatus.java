package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Where a territorial claim stands.
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}, the constant's
 * name in lower case with hyphens: {@code active}.
 *
 * @since 0.1.0
 */
public enum ClaimStatus {
  /** The claimant maintains the claim. */
  ACTIVE,

  /** The claim has not been withdrawn but is not pressed. */
  DORMANT,

  /** The claimant gave the claim up. */
  RELINQUISHED,

  /** The claim passed to a successor state, which holds its own claim. */
  SUPERSEDED;

  private static final ClaimStatus[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);


  /**
   * The id used in the dataset format, such as {@code "active"}.
   *
   * @return the kebab-case id
   * @since 0.1.0
   */
  public String id() {
    return IDS[ordinal()];
  }

  /**
   * The constant with the given id.
   *
   * @param id a kebab-case id
   * @return the constant, or empty if no constant has that id
   * @since 0.1.0
   */
  public static Optional<ClaimStatus> fromId(String id) {
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
