package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What a session of a meeting was.
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}, the constant's
 * name in lower case with hyphens: {@code plenary}.
 *
 * @since 0.1.0
 */
public enum SessionKind {
  /** Talks of both delegations in full. */
  PLENARY,

  /** The joint session of a 2+2: all four ministers together. */
  JOINT,

  /** The foreign ministers' talks. */
  FOREIGN_MINISTERS,

  /** The defence ministers' talks. */
  DEFENCE_MINISTERS,

  /** The leaders' talks. */
  LEADERS,

  /** Talks one on one, with interpreters only. */
  TETE_A_TETE,

  /** A working lunch or dinner. */
  WORKING_MEAL,

  /** A joint press conference or press statements. */
  PRESS_CONFERENCE,

  /** A signing ceremony. */
  SIGNING,

  /** Any other session. */
  OTHER;

  private static final SessionKind[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);


  /**
   * The id used in the dataset format, such as {@code "plenary"}.
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
  public static Optional<SessionKind> fromId(String id) {
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
