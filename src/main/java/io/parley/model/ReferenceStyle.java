package io.parley.model;

/**
 * A style in which a {@link Source} renders itself as a reference: see {@link
 * Source#reference(ReferenceStyle)}.
 *
 * @since 0.1.0
 */
public enum ReferenceStyle {
  /**
   * One line: author, "headline", publisher (via carrier), date, address; what {@link
   * Source#reference()} returns.
   *
   * <pre>{@code
   * Elaine Kurtenbach. "Japan, Russia hold talks on security, territory dispute." Associated Press, via The Detroit News, 2017-03-20. https://...
   * }</pre>
   */
  PLAIN,

  /**
   * After the APA style (7th edition) for news articles and web pages: author, (date), headline,
   * publisher, address. The author's name is written as the source gives it, not inverted to
   * "Family, I."; where no author is named the headline takes the author's place, as APA does;
   * the date is written {@code (2017, March 20)}, {@code (2017, March)}, {@code (2017)} or {@code
   * (n.d.)}.
   *
   * <pre>{@code
   * Elaine Kurtenbach. (2017, March 20). Japan, Russia hold talks on security, territory dispute. Associated Press, via The Detroit News. https://...
   * }</pre>
   */
  APA,

  /**
   * A BibTeX {@code @misc} entry keyed by the source's id, with {@code author}, {@code title}
   * (in double braces, so that styles keep its capitals), {@code howpublished} (the publisher and
   * carrier), {@code year}, {@code month} (as BibTeX's month macros) and {@code url}; absent
   * values are left out, and BibTeX's special characters are escaped. Text in native scripts is
   * kept as UTF-8, which biber and biblatex read.
   *
   * <pre>{@code
   * @misc{ap-2017-03-20,
   *   author = {Elaine Kurtenbach},
   *   title = {{Japan, Russia hold talks on security, territory dispute}},
   *   howpublished = {Associated Press, via The Detroit News},
   *   year = {2017},
   *   month = mar,
   *   url = {https://...}
   * }
   * }</pre>
   */
  BIBTEX
}
