package io.parley.model;

import com.google.common.collect.ImmutableList;

/**
 * A record with a stable id, as every kind in a dataset has.
 *
 * @since 0.1.0
 */
public interface Entity {
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
