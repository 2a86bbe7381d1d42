package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Who holds a position.
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}, the constant's
 * name in lower case with hyphens: {@code government}.
 *
 * @since 0.1.0
 */
public enum HolderKind {
  /** A state, speaking through an unnamed organ such as "a Russian Foreign Ministry statement". */
  GOVERNMENT,

  /** A named person speaking for a state. */
  OFFICIAL,

  /** An unnamed official speaking for a state, such as "a Japanese foreign ministry official". */
  UNNAMED_OFFICIAL,

  /** A named outside analyst, speaking for no state. */
  ANALYST;

  private static final HolderKind[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);


  /**
   * The id used in the dataset format, such as {@code "government"}.
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
  public static Optional<HolderKind> fromId(String id) {
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
