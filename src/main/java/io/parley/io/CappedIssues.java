package io.parley.io;

import io.parley.internal.Issue;
import java.util.ArrayList;
import java.util.List;

/** The issues of one record, keeping the first {@code cap} as found and counting the rest. */
final class CappedIssues extends java.util.AbstractList<Issue> {
  private final int cap;
  private final List<Issue> kept = new ArrayList<>();
  long dropped;

  CappedIssues(int cap) {
    this.cap = cap;
  }

  @Override
  public boolean add(Issue i) {
    if (kept.size() < cap) {
      kept.add(i);
    } else {
      dropped++;
    }
    return true;
  }

  @Override
  public Issue get(int index) {
    return kept.get(index);
  }

  @Override
  public int size() {
    return kept.size();
  }

  @Override
  public void clear() {
    kept.clear();
    dropped = 0;
  }
}
