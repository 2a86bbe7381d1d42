package io.parley.internal.query;

import org.jspecify.annotations.Nullable;

/**
 * A value computed once, on first use, safely from many threads: what lets the bundled dataset
 * decode a kind of record, or build an index, only when a query first needs it. An abstract class
 * rather than a lambda-based supplier, to keep lambda bootstrapping off the start-up path.
 */
public abstract class Lazy<T> {
  private volatile @Nullable T value;

  public abstract T compute();

  public final T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute();
          value = v;
        }
      }
    }
    return v;
  }
}
