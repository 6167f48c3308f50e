package dev.contrastive4j.runtime.kernels;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Runs a body over ranges of output rows in parallel, splitting by estimated work so that rows
 * with many entries do not end up in one thread. The body must compute each row completely, so
 * that which thread takes a row never changes the result.
 */
final class RowParallel {
  /** Multiply-adds below which forking costs more than it saves. */
  static final long SEQUENTIAL_WORK = 1L << 15;

  /** Computes the output rows {@code [lo, hi)}. */
  @FunctionalInterface
  interface RangeBody {
    void run(int lo, int hi);
  }

  private RowParallel() {}

  /**
   * Runs {@code body} over {@code [0, rows)}.
   *
   * @param entryPointers CSR row pointers whose differences estimate each row's cost, or null if
   *     all rows cost the same
   * @param width the number of columns processed per entry
   */
  static void forRows(int rows, int[] entryPointers, int width, RangeBody body) {
    if (rows == 0) {
      return;
    }
    long total = cost(entryPointers, 0, rows) * Math.max(1, width);
    int threads = ForkJoinTask.inForkJoinPool()
        ? ForkJoinTask.getPool().getParallelism()
        : ForkJoinPool.getCommonPoolParallelism() + 1; // the caller works too
    if (threads <= 1 || rows == 1 || total < SEQUENTIAL_WORK) {
      body.run(0, rows);
      return;
    }
    // A few leaves per thread so that uneven rows still balance.
    long leafWork = Math.max(SEQUENTIAL_WORK / 2, total / (4L * threads));
    new RangeTask(entryPointers, Math.max(1, width), leafWork, body, 0, rows).invoke();
  }

  /** Rows plus entries in {@code [lo, hi)}: every row costs at least its fill and its write. */
  private static long cost(int[] entryPointers, int lo, int hi) {
    long rows = hi - lo;
    return entryPointers == null ? rows : rows + entryPointers[hi] - entryPointers[lo];
  }

  private static final class RangeTask extends RecursiveAction {
    private final int[] entryPointers;
    private final int width;
    private final long leafWork;
    private final RangeBody body;
    private final int lo;
    private final int hi;

    RangeTask(int[] entryPointers, int width, long leafWork, RangeBody body, int lo, int hi) {
      this.entryPointers = entryPointers;
      this.width = width;
      this.leafWork = leafWork;
      this.body = body;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    protected void compute() {
      long work = cost(entryPointers, lo, hi);
      if (hi - lo <= 1 || work * width <= leafWork) {
        body.run(lo, hi);
        return;
      }
      int mid = middle(work / 2);
      invokeAll(new RangeTask(entryPointers, width, leafWork, body, lo, mid),
          new RangeTask(entryPointers, width, leafWork, body, mid, hi));
    }

    /** The first row after {@code lo} at which the cost from {@code lo} reaches {@code half}. */
    private int middle(long half) {
      int a = lo + 1;
      int b = hi - 1;
      while (a < b) {
        int m = (a + b) >>> 1;
        if (cost(entryPointers, lo, m) < half) {
          a = m + 1;
        } else {
          b = m;
        }
      }
      return a;
    }
  }
}
