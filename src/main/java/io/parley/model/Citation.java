package io.parley.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pointer to the {@link Source} that states a fact, with the supporting excerpt where one was
 * recorded.
 *
 * <pre>{@code
 * Citation c = Citation.builder()
 *     .source("the-hindu-2013-11-02")
 *     .excerpt("holding their first joint Defence and Foreign Ministers' meeting")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Citation {
  Citation() {}

  /**
   * The id of the cited {@link Source}.
   *
   * @return a source id
   * @since 0.1.0
   */
  public abstract String source();

  /**
   * The words of the source that state the fact, copied as the source has them.
   *
   * @return the excerpt, or empty if none was recorded
   * @since 0.1.0
   */
  public abstract Optional<String> excerpt();

  /**
   * A new builder.
   *
   * @return an empty builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A citation of the source, without an excerpt.
   *
   * @param source the source's id
   * @return the citation
   * @since 0.1.0
   */
  public static Citation of(String source) {
    return builder().source(source).build();
  }

  @Value.Check
  void check() {
    Ids.check(source(), "source");
    InvalidValueException.requireText(excerpt(), "excerpt");
  }

  /**
   * Builds a {@link Citation}; {@code source} is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
