package io.parley;

import com.google.common.collect.ImmutableList;
import io.parley.internal.query.Filter;
import io.parley.internal.query.Indexes;
import io.parley.model.Topic;

/**
 * A query over topics, by id.
 *
 * <pre>{@code
 * parley.topics().get("peace-treaty").label();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TopicQuery extends Query<Topic, TopicQuery> {
  TopicQuery(Indexes indexes, ImmutableList<Filter<Topic>> filters) {
    super(indexes, indexes.topics(), filters);
  }

  @Override
  TopicQuery with(ImmutableList<Filter<Topic>> filters) {
    return new TopicQuery(indexes, filters);
  }
}
