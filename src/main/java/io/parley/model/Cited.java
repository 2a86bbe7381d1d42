package io.parley.model;

import com.google.common.collect.ImmutableList;

/**
 * Something that states facts and says where they come from.
 *
 * <p>In a dataset, every fact-bearing record has at least one citation; the reader refuses one
 * without.
 *
 * @since 0.1.0
 */
public interface Cited {
  /**
   * The sources that state this, each with the supporting excerpt where one was recorded.
   *
   * @return the citations, in the order the dataset gives them
   * @since 0.1.0
   */
  ImmutableList<Citation> citations();
}
