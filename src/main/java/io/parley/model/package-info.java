/**
 * The immutable domain values of Parley: meetings and their sessions, countries, people and the
 * offices they held, territories and the claims to them, positions, topics, agreements, events,
 * and the sources and citations behind every fact.
 *
 * <p>The types a newcomer reaches for first:
 *
 * <ul>
 *   <li>{@link io.parley.model.Meeting}: who met whom, when, where, in what format, with its
 *       {@link io.parley.model.Session}s;
 *   <li>{@link io.parley.model.Territory} and {@link io.parley.model.TerritorialClaim}: what is
 *       disputed, under which names, by whom;
 *   <li>{@link io.parley.model.Position}: what a state, an official or an analyst said on a
 *       {@link io.parley.model.Topic}, and when;
 *   <li>{@link io.parley.model.PartialDate}: a date known to the day, the month or the year.
 * </ul>
 *
 * <p>Every value is immutable and thread-safe, with structural equality. Values are made with
 * builders ({@code Meeting.builder()...build()}); a builder refuses a value that is inconsistent
 * in itself with an {@link io.parley.model.InvalidValueException} naming the field. Records refer
 * to each other by id (see {@link io.parley.model.Ids}); a {@code Parley} resolves the ids.
 * Collections are Guava immutable collections in the order the dataset gives them.
 *
 * <p>Nothing in this package is null: every type is {@code @NullMarked}, and absent values are
 * {@link java.util.Optional} or empty collections.
 *
 * @since 0.1.0
 */
@NullMarked
@ParleyStyle
package io.parley.model;

import org.jspecify.annotations.NullMarked;
