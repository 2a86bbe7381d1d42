package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What a position does: a small, fixed set so that positions compare across holders and time.
 *
 * <p>Each stance has a {@link #polarity()}. {@link #conflictsWith} is the documented rule that
 * divergence uses: two stances conflict when one is {@link Polarity#FOR} and the other {@link
 * Polarity#AGAINST}, or when both assert sovereignty (two claims to the same thing).
 *
 * <p>In the dataset format each constant is written as its {@link #id() id}: {@code
 * asserts-sovereignty}.
 *
 * @since 0.1.0
 */
public enum Stance {
  /** Asserts that the holder's state is sovereign over a territory. */
  ASSERTS_SOVEREIGNTY(Polarity.FOR),
  /** States a view or fact as the holder's position, neither for nor against the other side. */
  ASSERTS(Polarity.NEUTRAL),
  /** Supports a course of action or another party's proposal. */
  SUPPORTS(Polarity.FOR),
  /** Puts forward a proposal. */
  PROPOSES(Polarity.FOR),
  /** Agrees with the other party, or agreed on something with it. */
  AGREES(Polarity.FOR),
  /** Expresses hope or optimism about an outcome. */
  EXPECTS(Polarity.FOR),
  /** Expresses concern about something. */
  EXPRESSES_CONCERN(Polarity.AGAINST),
  /** Lodges a protest. */
  PROTESTS(Polarity.AGAINST),
  /** Opposes a course of action. */
  OPPOSES(Polarity.AGAINST),
  /** Rejects a claim, proposal or characterisation. */
  REJECTS(Polarity.AGAINST),
  /** An outside assessment or forecast, such as an analyst's. */
  ASSESSES(Polarity.NEUTRAL);

  private static final Stance[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);


  /**
   * Whether a stance is for, against, or neither.
   *
   * @since 0.1.0
   */
  public enum Polarity {
    /** For: supports, proposes, agrees, expects, asserts sovereignty. */
    FOR,
    /** Against: opposes, rejects, protests, expresses concern. */
    AGAINST,
    /** Neither: asserts a view, assesses. */
    NEUTRAL
  }

  private final Polarity polarity;

  Stance(Polarity polarity) {
    this.polarity = polarity;
  }

  /**
   * Whether this stance is for, against or neither.
   *
   * @return the polarity
   * @since 0.1.0
   */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * Whether two stances on the same topic conflict: one for and the other against, or both
   * asserting sovereignty.
   *
   * @param other the other stance
   * @return true if they conflict
   * @since 0.1.0
   */
  public boolean conflictsWith(Stance other) {
    if (this == ASSERTS_SOVEREIGNTY && other == ASSERTS_SOVEREIGNTY) {
      return true;
    }
    return (polarity == Polarity.FOR && other.polarity == Polarity.AGAINST)
        || (polarity == Polarity.AGAINST && other.polarity == Polarity.FOR);
  }

  /**
   * The id used in the dataset format, such as {@code "asserts-sovereignty"}.
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
  public static Optional<Stance> fromId(String id) {
    return EnumIds.fromId(VALUES, IDS, id);
  }

  /**
   * Every id, in declaration order.
   *
   * @return the ids
   * @since 0.1.0
   */
  public static ImmutableList<String> ids() {
    return ImmutableList.copyOf(IDS);
  }
}
