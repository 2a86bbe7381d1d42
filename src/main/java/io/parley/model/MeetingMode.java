package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * How a meeting was held: with both sides in one place, or each side where it sat, linked by
 * video or telephone.
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}: {@code in-person},
 * {@code video}, {@code telephone}. A meeting without a mode was held in person.
 *
 * @since 0.1.0
 */
public enum MeetingMode {
  /** Both sides in one place, the meeting's {@linkplain Meeting#place() place}. */
  IN_PERSON,

  /** By video link, each side where it sat (its {@linkplain Meeting#sides() side}). */
  VIDEO,

  /** By telephone, each side where it sat (its {@linkplain Meeting#sides() side}). */
  TELEPHONE;

  private static final MeetingMode[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);

  /**
   * The id used in the dataset format, such as {@code "in-person"}.
   *
   * @return the kebab-case id
   * @since 0.1.0
   */
  public String id() {
    return IDS[ordinal()];
  }

  /**
   * Whether the sides were apart: video or telephone.
   *
   * @return true unless in person
   * @since 0.1.0
   */
  public boolean isRemote() {
    return this != IN_PERSON;
  }

  /**
   * The constant with the given id.
   *
   * @param id a kebab-case id
   * @return the constant, or empty if no constant has that id
   * @since 0.1.0
   */
  public static Optional<MeetingMode> fromId(String id) {
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
