package io.parley;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.model.Citation;
import io.parley.model.Position;

/**
 * Two countries' latest positions on one topic, side by side, and whether they conflict.
 *
 * <p>They conflict when their stances do ({@link io.parley.model.Stance#conflictsWith}: one for
 * and the other against, or both asserting sovereignty), or when the topic is about a territory
 * that both countries claim; see {@link PositionQuery#divergence(String, String)}.
 *
 * <pre>{@code
 * for (Divergence d : parley.positions().divergence("JP", "RU")) {
 *   System.out.println(d.topic() + ": " + d.first().stance() + " / " + d.second().stance()
 *       + (d.conflicts() ? "  CONFLICT" : ""));
 * }
 * }</pre>
 *
 * @param topic the topic's id
 * @param first the first country's latest position on it
 * @param second the second country's latest position on it
 * @param conflicts whether the two stances conflict
 * @since 0.1.0
 */
public record Divergence(String topic, Position first, Position second, boolean conflicts) {
  /**
   * Checks the components.
   *
   * @param topic the topic's id
   * @param first the first country's position
   * @param second the second country's position
   * @param conflicts whether they conflict
   * @since 0.1.0
   */
  public Divergence {
    checkNotNull(topic, "topic");
    checkNotNull(first, "first");
    checkNotNull(second, "second");
  }

  /**
   * The citations of both positions, the first's then the second's.
   *
   * @return the citations
   * @since 0.1.0
   */
  public ImmutableList<Citation> citations() {
    return ImmutableList.<Citation>builder().addAll(first.citations()).addAll(second.citations()).build();
  }
}
