package io.parley;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.model.Source;

/**
 * A query over sources, by id.
 *
 * <pre>{@code
 * parley.sources().get("scmp-2013-11-01").reference();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SourceQuery extends Query<Source, SourceQuery> {
  SourceQuery(Indexes indexes, ImmutableList<Filter<Source>> filters) {
    super(indexes, indexes.sources(), filters);
  }

  @Override
  SourceQuery with(ImmutableList<Filter<Source>> filters) {
    return new SourceQuery(indexes, filters);
  }
}
