package io.parley;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.model.Series;

/**
 * A query over series of recurring meetings, by id.
 *
 * <pre>{@code
 * parley.series().get("jp-ru-2plus2").coverage();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SeriesQuery extends Query<Series, SeriesQuery> {
  SeriesQuery(Indexes indexes, ImmutableList<Filter<Series>> filters) {
    super(indexes, indexes.series(), filters);
  }

  @Override
  SeriesQuery with(ImmutableList<Filter<Series>> filters) {
    return new SeriesQuery(indexes, filters);
  }
}
