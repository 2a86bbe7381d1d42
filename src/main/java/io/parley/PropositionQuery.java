package io.parley;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.model.Proposition;

/**
 * A query over propositions, by id.
 *
 * <pre>{@code
 * parley.propositions().get("southern-kurils-japanese").text();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PropositionQuery extends Query<Proposition, PropositionQuery> {
  PropositionQuery(Indexes indexes, ImmutableList<Filter<Proposition>> filters) {
    super(indexes, indexes.propositions(), filters);
  }

  @Override
  PropositionQuery with(ImmutableList<Filter<Proposition>> filters) {
    return new PropositionQuery(indexes, filters);
  }
}
