/**
 * The build-time compiler of the bundled dataset: reads the JSON sources with the library's own
 * reader and writes the binary form into the jar. Not exported; run only by the build.
 */
@NullMarked
package io.parley.internal.compiler;

import org.jspecify.annotations.NullMarked;
