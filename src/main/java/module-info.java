/**
 * Parley: typed, immutable, queryable facts about bilateral diplomacy, every fact traceable to
 * a source, with a curated dataset bundled in the module.
 *
 * <p>Start with {@link io.parley.Parley}. The domain values are in {@link
 * io.parley.model}; reading, validating and writing datasets in {@link io.parley.io}.
 *
 * @since 0.1.0
 */
module io.parley {
  requires transitive com.google.common;
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.parley;
  exports io.parley.model;
  exports io.parley.io;
}
