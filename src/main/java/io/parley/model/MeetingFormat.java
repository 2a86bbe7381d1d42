package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The format of a bilateral meeting.
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}, the constant's
 * name in lower case with hyphens: {@code summit}.
 *
 * @since 0.1.0
 */
public enum MeetingFormat {
  /** Heads of state or government. */
  SUMMIT,

  /** Foreign and defence ministers of both sides together ("2+2"). */
  TWO_PLUS_TWO,

  /** Foreign ministers. */
  FOREIGN_MINISTERS,

  /** Defence ministers. */
  DEFENCE_MINISTERS,

  /** Deputy or vice ministers. */
  VICE_MINISTERIAL,

  /** Officials below vice-ministerial rank. */
  WORKING_LEVEL,

  /** A telephone or video call rather than a meeting in person. */
  PHONE_CALL,

  /** Any other format. */
  OTHER;

  private static final MeetingFormat[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);


  /**
   * The id used in the dataset format, such as {@code "summit"}.
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
  public static Optional<MeetingFormat> fromId(String id) {
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
