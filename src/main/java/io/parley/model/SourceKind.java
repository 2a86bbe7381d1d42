package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What kind of publication a source is.
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}, the constant's
 * name in lower case with hyphens: {@code government}.
 *
 * @since 0.1.0
 */
public enum SourceKind {
  /** A government's own publication: a readout, statement, transcript or reference page. */
  GOVERNMENT,

  /** A news agency such as AP, Kyodo, TASS or Xinhua. */
  NEWS_AGENCY,

  /** A newspaper, magazine or broadcaster. */
  NEWSPAPER,

  /** Analysis or commentary by a research institution or scholar. */
  ANALYSIS,

  /** A reference work or registry: an encyclopedia, a standards body's list, a code list. */
  REFERENCE,

  /** The text of a treaty or declaration as published by a depositary or party. */
  TREATY_TEXT;

  private static final SourceKind[] VALUES = values();
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
  public static Optional<SourceKind> fromId(String id) {
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
