/**
 * The entry point, {@link io.parley.Parley}, and the queries over each kind of record.
 *
 * <pre>{@code
 * Parley parley = Parley.bundled();
 * for (Meeting m : parley.meetings().between("JP", "RU").format(MeetingFormat.TWO_PLUS_TWO).list()) {
 *   System.out.println(m.number().getAsInt() + " " + m.span() + " " + m.place().flatMap(Place::city).orElse(""));
 * }
 * }</pre>
 *
 * <p>A {@code Parley} and every query are immutable and thread-safe. Nothing in this package is
 * null ({@code @NullMarked}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.parley;

import org.jspecify.annotations.NullMarked;
