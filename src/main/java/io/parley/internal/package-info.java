/**
 * Parley's internals: the compiled binary form of the bundled dataset, the indexes behind queries,
 * and text normalization for name lookup. Not exported; nothing here is API.
 */
@NullMarked
package io.parley.internal;

import org.jspecify.annotations.NullMarked;
