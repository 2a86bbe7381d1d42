package io.parley.model;

import com.google.common.collect.ImmutableList;

/**
 * A record of one of the dataset's kinds, each with a stable id: {@link Agreement}, {@link
 * Country}, {@link Event}, {@link Meeting}, {@link Person}, {@link Position}, {@link
 * Proposition}, {@link Series}, {@link Source}, {@link TerritorialClaim}, {@link Territory} and
 * {@link Topic}. The set is closed.
 *
 * @since 0.1.0
 */
public sealed interface Entity
    permits Agreement, Country, Event, Meeting, Person, Position, Proposition, Series, Source,
        TerritorialClaim, Territory, Topic {
  /**
   * The record's id, unique among records of its kind and stable across dataset versions.
   *
   * @return an id that follows {@link Ids the id rule}
   * @since 0.1.0
   */
  String id();

  /**
   * Notes on the record: where sources disagree or one is wrong, which says what.
   *
   * @return the notes, in the order the dataset gives them
   * @since 0.1.0
   */
  ImmutableList<Note> notes();
}
