package io.parley.model;

import org.immutables.value.Value;

/**
 * A spell during which a state-system list counts a state as a member, under one state number:
 * the Correlates of War list counts Japan as state 740 from 1860 to 14 August 1945 and again from
 * 28 April 1952, and Korea as state 730 from 1887 to 17 November 1905.
 *
 * <p>An open span means the state was still a member when the list was last brought up to date
 * (the list's own end date, such as 31 December 2016 for the COW list of 2016, is the end of its
 * coverage, not of the membership).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SystemMembership implements Cited {
  SystemMembership() {}

  /**
   * The list.
   *
   * @return the state system
   * @since 0.1.0
   */
  public abstract StateSystem system();

  /**
   * The state number the list gives the state during the spell, such as 740.
   *
   * @return a number from 1 to 999
   * @since 0.1.0
   */
  public abstract int code();

  /**
   * When the list counts the state as a member; open if still a member at the list's last
   * update.
   *
   * @return the span
   * @since 0.1.0
   */
  public abstract DateSpan span();

  /**
   * A new builder.
   *
   * @return an empty builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    InvalidValueException.require(code() > 0 && code() < 1000, "code", "%s is not in 1..999", code());
  }

  /**
   * Builds a {@link SystemMembership}; {@code system}, {@code code} and {@code span} are
   * required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSystemMembership.Builder {
    Builder() {}
  }
}
