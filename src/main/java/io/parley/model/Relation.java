package io.parley.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * How two parties' statements on one question relate, the way discourse network analysis codes
 * them: a statement is a party, a {@link Proposition} and whether the party agrees. A question is a
 * proposition together with those it {@linkplain Proposition#excludes() excludes}.
 *
 * <p>In files each constant is written as its {@link #id() id}: {@code conflict}, {@code
 * congruence}, {@code one-sided}, {@code unrelated}.
 *
 * @since 0.1.0
 */
public enum Relation {
  /**
   * One agrees and the other disagrees with the same proposition, or each agrees with one of two
   * propositions that exclude each other.
   */
  CONFLICT,

  /**
   * Both agree, or both disagree, with the same proposition; or one agrees with a proposition and
   * the other disagrees with one it excludes.
   */
  CONGRUENCE,

  /** Only one of the two has spoken on the question. */
  ONE_SIDED,

  /**
   * Both have spoken on the question, but what they said neither agrees nor conflicts: each
   * disagreed with a different one of two exclusive propositions, or their propositions are linked
   * only through a third.
   */
  UNRELATED;

  private static final Relation[] VALUES = values();
  private static final String[] IDS = EnumIds.idsOf(VALUES);

  /**
   * The id used in files, such as {@code "one-sided"}.
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
  public static Optional<Relation> fromId(String id) {
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
