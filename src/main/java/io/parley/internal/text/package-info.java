/**
 * Text for name lookup: the folded key and words of a name ({@code NameKey}: case, accents,
 * punctuation and the script of Chinese characters, by the generated {@code HanVariants} table),
 * and "did you mean" suggestions by edit distance ({@code Suggest}). Not exported.
 */
@NullMarked
package io.parley.internal.text;

import org.jspecify.annotations.NullMarked;
