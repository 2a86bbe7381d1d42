package io.parley.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;

/**
 * How to cite one version of a dataset, as plain text and as a BibTeX entry, made from what the
 * dataset's {@link Manifest} says of itself.
 *
 * <pre>{@code
 * DatasetCitation c = Parley.bundled().citation();
 * c.text();     // "The Parley authors. Parley bundled dataset, version 2027.1. CC BY 4.0."
 * c.bibtex();
 * // @misc{parley-bundled-dataset-2027.1,
 * //   title = {{Parley bundled dataset}},
 * //   version = {2027.1},
 * //   year = {2027},
 * //   note = {The Parley authors. Parley bundled dataset, version 2027.1. CC BY 4.0.}
 * // }
 * }</pre>
 *
 * <p>The plain text is the manifest's own {@link Manifest#citation() citation}, word for word. The
 * BibTeX entry is a {@code @misc} keyed by the title and version, with the title (in double
 * braces, so that styles keep its capitals), the version, the year (the year part of the version,
 * which is the year of release) and the plain citation as its {@code note}, so that whoever and
 * whatever it names is cited as the dataset asks. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class DatasetCitation {
  private final Manifest manifest;

  private DatasetCitation(Manifest manifest) {
    this.manifest = manifest;
  }

  /**
   * The citation of the dataset that the manifest describes.
   *
   * @param manifest the dataset's manifest
   * @return the citation
   * @since 0.1.0
   */
  public static DatasetCitation of(Manifest manifest) {
    return new DatasetCitation(checkNotNull(manifest, "manifest"));
  }

  /**
   * The version of the dataset cited, such as {@code 2026.1}.
   *
   * @return the data version
   * @since 0.1.0
   */
  public String dataVersion() {
    return manifest.dataVersion();
  }

  /**
   * How to cite the dataset, as one line of text: the manifest's citation.
   *
   * @return the citation text
   * @since 0.1.0
   */
  public String text() {
    return manifest.citation();
  }

  /**
   * The key of the BibTeX entry: the title's words in lower case joined by hyphens, then the
   * version, such as {@code parley-bundled-dataset-2027.1}.
   *
   * @return the key
   * @since 0.1.0
   */
  public String bibtexKey() {
    StringBuilder b = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < manifest.title().length(); i++) {
      char c = Ascii.toLowerCase(manifest.title().charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && b.length() > 0) {
          b.append('-');
        }
        b.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return (b.length() == 0 ? "dataset" : b.toString()) + "-" + manifest.dataVersion();
  }

  /**
   * A BibTeX {@code @misc} entry for the dataset version; see the class documentation.
   *
   * @return the entry, several lines without a final line break
   * @since 0.1.0
   */
  public String bibtex() {
    return "@misc{" + bibtexKey() + ",\n"
        + "  title = {{" + References.escape(manifest.title()) + "}},\n"
        + "  version = {" + manifest.dataVersion() + "},\n"
        + "  year = {" + manifest.dataVersion().substring(0, 4) + "},\n"
        + "  note = {" + References.escape(manifest.citation()) + "}\n"
        + "}";
  }

  /**
   * Equal when made from equal manifests.
   *
   * @param o another object
   * @return whether it is an equal citation
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DatasetCitation && ((DatasetCitation) o).manifest.equals(manifest);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return manifest.hashCode();
  }

  /**
   * The plain text, {@link #text()}.
   *
   * @return the citation text
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return text();
  }
}
