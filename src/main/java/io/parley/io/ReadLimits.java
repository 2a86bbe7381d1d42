package io.parley.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Limits on what a {@link DatasetReader} accepts, so that a hostile or broken file fails fast with
 * a clear problem instead of exhausting memory or time.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what happens past it</th></tr>
 *   <tr><td>{@link #maxFileBytes()}</td><td>64 MiB</td><td>the file is not read</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1,000,000 characters</td><td>the file stops at that string</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>the file stops at that depth</td></tr>
 *   <tr><td>{@link #maxRecords()}</td><td>5,000,000 per file</td><td>the file stops at that record</td></tr>
 *   <tr><td>{@link #maxProblems()}</td><td>100</td><td>further problems are counted, not listed or kept</td></tr>
 * </table>
 *
 * <p>Three bounds of the format itself are fixed: a field name has at most 1,000 characters (or
 * {@link #maxStringLength()}, if smaller), a number at most 100 characters, and one record at
 * most 100,000 JSON values; past any of them the file stops there. The largest file of the
 * bundled dataset is some 200 KB and its largest record a few hundred values, so the defaults
 * leave room for datasets hundreds of times larger while bounding what one read can cost: memory
 * in proportion to the files (of the order of ten times their size for ordinary data), and time
 * in proportion to their size. For input from strangers, set {@link #maxFileBytes()} to what you
 * expect to receive.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxFileBytes(1 << 20).withMaxRecords(10_000);
 * Dataset d = DatasetReader.withLimits(limits).read(Path.of("my-data"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(64L << 20, 1_000_000, 64, 5_000_000, 100);

  private final long maxFileBytes;
  private final int maxStringLength;
  private final int maxNestingDepth;
  private final int maxRecords;
  private final int maxProblems;

  private ReadLimits(long maxFileBytes, int maxStringLength, int maxNestingDepth, int maxRecords, int maxProblems) {
    checkArgument(maxFileBytes > 0, "maxFileBytes %s must be positive", maxFileBytes);
    checkArgument(maxStringLength > 0, "maxStringLength %s must be positive", maxStringLength);
    checkArgument(maxNestingDepth >= 4, "maxNestingDepth %s must be at least 4, the format's own depth", maxNestingDepth);
    checkArgument(maxRecords > 0, "maxRecords %s must be positive", maxRecords);
    checkArgument(maxProblems > 0, "maxProblems %s must be positive", maxProblems);
    this.maxFileBytes = maxFileBytes;
    this.maxStringLength = maxStringLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxRecords = maxRecords;
    this.maxProblems = maxProblems;
  }

  /**
   * The default limits, in the table above.
   *
   * @return the defaults
   * @since 0.1.0
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The largest file read, in bytes.
   *
   * @return the limit
   * @since 0.1.0
   */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * The longest string value, in characters; field names are held to the smaller of this and
   * 1,000.
   *
   * @return the limit
   * @since 0.1.0
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The deepest nesting of arrays and objects.
   *
   * @return the limit
   * @since 0.1.0
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The most records read from one file.
   *
   * @return the limit
   * @since 0.1.0
   */
  public int maxRecords() {
    return maxRecords;
  }

  /**
   * The most problems listed in a {@link DatasetException}; the rest are counted.
   *
   * @return the limit
   * @since 0.1.0
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * These limits with another file size limit.
   *
   * @param bytes a positive size
   * @return the new limits
   * @since 0.1.0
   */
  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(bytes, maxStringLength, maxNestingDepth, maxRecords, maxProblems);
  }

  /**
   * These limits with another string length limit.
   *
   * @param length a positive length
   * @return the new limits
   * @since 0.1.0
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxFileBytes, length, maxNestingDepth, maxRecords, maxProblems);
  }

  /**
   * These limits with another nesting depth limit.
   *
   * @param depth at least 4
   * @return the new limits
   * @since 0.1.0
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxFileBytes, maxStringLength, depth, maxRecords, maxProblems);
  }

  /**
   * These limits with another record count limit.
   *
   * @param records a positive count
   * @return the new limits
   * @since 0.1.0
   */
  public ReadLimits withMaxRecords(int records) {
    return new ReadLimits(maxFileBytes, maxStringLength, maxNestingDepth, records, maxProblems);
  }

  /**
   * These limits with another cap on problems listed.
   *
   * @param problems a positive count
   * @return the new limits
   * @since 0.1.0
   */
  public ReadLimits withMaxProblems(int problems) {
    return new ReadLimits(maxFileBytes, maxStringLength, maxNestingDepth, maxRecords, problems);
  }

  /**
   * A description of every limit.
   *
   * @return the limits as text
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "ReadLimits{maxFileBytes=" + maxFileBytes + ", maxStringLength=" + maxStringLength
        + ", maxNestingDepth=" + maxNestingDepth + ", maxRecords=" + maxRecords
        + ", maxProblems=" + maxProblems + "}";
  }
}
