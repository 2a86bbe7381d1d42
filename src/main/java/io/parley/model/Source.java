package io.parley.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A publication that states facts: a government readout, a news agency's report, a newspaper
 * article, an analysis, a reference work.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Source implements Entity {
  Source() {}

  /**
   * The id, such as {@code scmp-2013-11-01}.
   *
   * @return the id
   * @since 0.1.0
   */
  @Override
  public abstract String id();

  /**
   * Who published it, such as "Associated Press".
   *
   * @return the publisher
   * @since 0.1.0
   */
  public abstract String publisher();

  /**
   * The publication that carried it, when that is not the publisher, such as "The Detroit News"
   * for an AP report.
   *
   * @return the carrier, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> via();

  /**
   * The headline or title, where it was recorded.
   *
   * @return the headline, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> headline();

  /**
   * The author, where named.
   *
   * @return the author, or empty
   * @since 0.1.0
   */
  public abstract Optional<String> author();

  /**
   * When it was published, as precisely as known.
   *
   * @return the date, or empty
   * @since 0.1.0
   */
  public abstract Optional<PartialDate> published();

  /**
   * Its public address.
   *
   * @return an absolute http or https address, or empty where none has been located
   * @since 0.1.0
   */
  public abstract Optional<String> url();

  /**
   * The BCP 47 language tag of the text.
   *
   * @return the language
   * @since 0.1.0
   */
  public abstract String language();

  /**
   * What kind of publication it is.
   *
   * @return the kind
   * @since 0.1.0
   */
  public abstract SourceKind kind();


  /**
   * A reference in a common style: author, "headline", publisher (via carrier), date, address.
   *
   * @return the reference as one line of text
   * @since 0.1.0
   */
  public String reference() {
    StringBuilder b = new StringBuilder();
    author().ifPresent(a -> b.append(a).append(". "));
    headline().ifPresent(h -> b.append('"').append(h).append(".\" "));
    b.append(publisher());
    via().ifPresent(v -> b.append(", via ").append(v));
    published().ifPresent(d -> b.append(", ").append(d));
    b.append('.');
    url().ifPresent(u -> b.append(' ').append(u));
    return b.toString();
  }

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
    Ids.check(id(), "id");
    InvalidValueException.requireText(publisher(), "publisher");
    InvalidValueException.requireText(headline(), "headline");
    InvalidValueException.requireText(via(), "via");
    InvalidValueException.requireText(author(), "author");
    InvalidValueException.require(
        Name.isLanguageTag(language()), "language", "\"%s\" is not a BCP 47 language tag", language());
    if (url().isPresent()) {
      checkUrl(url().get());
    }
  }

  private static void checkUrl(String url) {
    String why = null;
    try {
      URI uri = new URI(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        why = "is not an http or https address";
      } else if (uri.getHost() == null) {
        why = "has no host";
      }
    } catch (URISyntaxException e) {
      why = "is not a valid address: " + e.getReason() + " at index " + e.getIndex();
    }
    InvalidValueException.require(why == null, "url", "\"%s\" %s", url, why);
  }

  /**
   * Builds a {@link Source}; {@code id}, {@code publisher}, {@code language} and {@code kind} are
   * required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
