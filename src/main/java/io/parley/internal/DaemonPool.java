package io.parley.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/** The reader's and the validator's thread pools: fixed, of daemon threads named for their job. */
public final class DaemonPool {
  private DaemonPool() {}

  /** A pool of {@code threads} daemon threads named {@code name-1}, {@code name-2}, ... */
  public static ExecutorService of(String name, int threads) {
    return Executors.newFixedThreadPool(threads, new ThreadFactory() {
      private int n;

      @Override
      public synchronized Thread newThread(Runnable r) {
        Thread t = new Thread(r, name + "-" + ++n);
        t.setDaemon(true);
        return t;
      }
    });
  }
}
