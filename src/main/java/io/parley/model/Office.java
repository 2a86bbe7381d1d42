package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An office a person holds for a country, as far as meetings need it.
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}, the constant's
 * name in lower case with hyphens: {@code head-of-state}.
 *
 * @since 0.1.0
 */
public enum Office {
  /** Head of state: a president or monarch. */
  HEAD_OF_STATE,

  /** Head of government: a prime minister or premier. */
  HEAD_OF_GOVERNMENT,

  /** Minister for foreign affairs. */
  FOREIGN_MINISTER,

  /** Minister of defence. */
  DEFENCE_MINISTER,

  /** Deputy or vice minister for foreign affairs. */
  DEPUTY_FOREIGN_MINISTER,

  /** Deputy or vice minister of defence. */
  DEPUTY_DEFENCE_MINISTER,

  /** Chief cabinet secretary or head of the executive office. */
  CHIEF_CABINET_SECRETARY,

  /** Ambassador to the other party. */
  AMBASSADOR,

  /** Spokesperson of a ministry or government. */
  SPOKESPERSON,

  /** Another official of a ministry or government. */
  OFFICIAL,

  /** Any other office; the tenure's title says which. */
  OTHER;

  private static final Office[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);


  /**
   * The id used in the dataset format, such as {@code "head-of-state"}.
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
  public static Optional<Office> fromId(String id) {
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
