/**
 * The query engine: each kind's records in query order ({@code Table}), and the indexes behind the
 * refinements ({@code Indexes}, {@code Postings}), built once, on first use. A refinement is a
 * {@code Filter}: a test, and the {@code Candidates} an index yields for it; a name lookup's filter
 * also ranks ({@code NameIndex}: whole names, then words, then beginnings). Not exported.
 */
@NullMarked
package io.parley.internal.query;

import org.jspecify.annotations.NullMarked;
