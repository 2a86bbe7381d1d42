package io.parley.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown by a value's builder when the value would be inconsistent in itself: a meeting whose
 * session lies outside its span, an agreement in force before it was signed, an id that breaks
 * {@link Ids the id rule}. It names the field, so readers can point at the place in a file.
 *
 * <p>Rules that involve other records (a participant must exist, a claimant must be a state on the
 * date) are checked when a whole dataset is read or built, and reported as a {@code
 * DatasetException} instead.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The path of the offending field. */
  private final String field;
  /** What is wrong with it. */
  private final String reason;

  /**
   * Creates an exception for one field.
   *
   * @param field the field's path within the value, such as {@code sessions[1].date}
   * @param reason what is wrong, in a sentence fragment a data editor can act on
   * @since 0.1.0
   */
  public InvalidValueException(String field, String reason) {
    super(checkNotNull(field, "field") + ": " + checkNotNull(reason, "reason"));
    this.field = field;
    this.reason = reason;
  }

  /**
   * The path of the offending field within the value, such as {@code sessions[1].date}.
   *
   * @return the field path
   * @since 0.1.0
   */
  public String field() {
    return field;
  }

  /**
   * What is wrong with the field.
   *
   * @return the reason
   * @since 0.1.0
   */
  public String reason() {
    return reason;
  }

  /** Throws unless {@code ok}. */
  static void require(boolean ok, String field, String reason, Object... args) {
    if (!ok) {
      throw new InvalidValueException(field, args.length == 0 ? reason : String.format(reason, args));
    }
  }

  /** Throws if the optional text is present and blank. */
  static void requireText(java.util.Optional<String> text, String field) {
    if (text.isPresent()) {
      requireText(text.get(), field);
    }
  }

  /** Throws unless {@code text} has a character other than white space. */
  static void requireText(String text, String field) {
    require(!text.isBlank(), field, "is blank");
  }
}
