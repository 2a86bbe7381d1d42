package io.parley.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * A dataset could not be loaded or built: it lists every problem found (up to a cap, with the
 * count of the rest), each with its file, line, column, record, field and reason.
 *
 * <p>When this is thrown, nothing was loaded: a read either returns a whole, consistent dataset or
 * throws this.
 *
 * @since 0.1.0
 */
public final class DatasetException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems reported. */
  private final ImmutableList<Problem> problems;
  /** How many more problems were found than reported. */
  private final int omitted;

  /**
   * Creates an exception listing problems.
   *
   * @param problems the problems reported, at least one
   * @param omitted how many more were found but not listed, past the cap
   * @since 0.1.0
   */
  public DatasetException(Iterable<Problem> problems, int omitted) {
    this(ImmutableList.copyOf(problems), omitted);
  }

  private DatasetException(ImmutableList<Problem> problems, int omitted) {
    super(message(problems, omitted));
    checkArgument(!problems.isEmpty(), "a DatasetException needs at least one problem");
    checkArgument(omitted >= 0, "omitted %s is negative", omitted);
    this.problems = problems;
    this.omitted = omitted;
  }

  /**
   * The problems reported, in the order found: by file, then by place in the file.
   *
   * @return at least one problem
   * @since 0.1.0
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * How many further problems were found but not listed, past the reader's cap.
   *
   * @return the count of the rest, usually 0
   * @since 0.1.0
   */
  public int omitted() {
    return omitted;
  }

  private static String message(ImmutableList<Problem> problems, int omitted) {
    int total = problems.size() + omitted;
    StringBuilder b = new StringBuilder();
    b.append(total == 1 ? "1 problem" : total + " problems").append(" in dataset:");
    for (Problem p : problems) {
      b.append("\n  ").append(p);
    }
    if (omitted > 0) {
      b.append("\n  ... and ").append(omitted).append(" more");
    }
    return b.toString();
  }
}
