package io.parley;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.parley.model.Citation;
import io.parley.model.Position;
import io.parley.model.Relation;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Two countries' latest statements on one question, side by side, and how they relate. A question
 * is a {@linkplain io.parley.model.Proposition proposition} together with those it excludes (the
 * four islands are Japanese; the four islands are Russian); a statement is a position coded to
 * one of them, with whether its holder agrees. See {@link PositionQuery#divergence(String,
 * String)}.
 *
 * <pre>{@code
 * for (Divergence d : parley.positions().divergence("JP", "RU")) {
 *   System.out.println(d.topic() + " " + d.propositions() + ": " + d.relation()
 *       + d.gapDays().stream().mapToObj(g -> " (" + g + " days apart)").findFirst().orElse(""));
 * }
 * }</pre>
 *
 * @param topic the topic's id
 * @param propositions the question's propositions, by id, sorted: one, or several that exclude
 *     each other
 * @param first the first country's latest statement on the question, if it has made one
 * @param second the second country's latest statement on the question, if it has made one
 * @param relation how the two relate; {@link Relation#ONE_SIDED} when only one has spoken
 * @since 0.1.0
 */
public record Divergence(String topic, ImmutableList<String> propositions,
    Optional<Position> first, Optional<Position> second, Relation relation) {
  /**
   * Checks the components: at least one statement, and one-sided exactly when one is missing.
   *
   * @param topic the topic's id
   * @param propositions the question's propositions
   * @param first the first country's statement
   * @param second the second country's statement
   * @param relation how they relate
   * @since 0.1.0
   */
  public Divergence {
    checkNotNull(topic, "topic");
    checkNotNull(propositions, "propositions");
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkNotNull(relation, "relation");
    checkArgument(first.isPresent() || second.isPresent(), "a divergence needs a statement");
    checkArgument((relation == Relation.ONE_SIDED) == (first.isEmpty() || second.isEmpty()),
        "one-sided exactly when one statement is missing, not %s", relation);
  }

  /**
   * Whether the two statements conflict.
   *
   * @return true for {@link Relation#CONFLICT}
   * @since 0.1.0
   */
  public boolean conflicts() {
    return relation == Relation.CONFLICT;
  }

  /**
   * How far apart the two statements were made, in days between their first possible days, so
   * that a 2014 statement set against a 2019 one shows as such.
   *
   * @return the gap, never negative; empty when only one side has spoken
   * @since 0.1.0
   */
  public OptionalLong gapDays() {
    if (first.isEmpty() || second.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.abs(ChronoUnit.DAYS.between(
        first.get().date().firstDay(), second.get().date().firstDay())));
  }

  /**
   * The citations of both statements, the first's then the second's.
   *
   * @return the citations
   * @since 0.1.0
   */
  public ImmutableList<Citation> citations() {
    ImmutableList.Builder<Citation> out = ImmutableList.builder();
    first.ifPresent(p -> out.addAll(p.citations()));
    second.ifPresent(p -> out.addAll(p.citations()));
    return out.build();
  }
}
