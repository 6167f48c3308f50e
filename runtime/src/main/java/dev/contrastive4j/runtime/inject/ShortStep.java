package dev.contrastive4j.runtime.inject;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The training step of a run that gives a readout the fewest rows, when that is fewer than a
 * task needs: found from the rows each component gives (1 for a readout of one row per
 * component, its nodes of the node set for one of every node) and how the trainer batches the
 * components. With the components shuffled anew each epoch, any of them may make up a step, so
 * the step of the smallest ones counts; in the data set's order, the steps are known.
 *
 * @param kind which step it is
 * @param rows the rows it gives
 * @param components the components it takes, in order
 * @param step its place in each epoch, from 1, in the data set's order; 0 when shuffled or the
 *     whole graph
 */
record ShortStep(Kind kind, long rows, int[] components, int step) {

  /** Which step is short. */
  enum Kind {
    /** The whole graph, in one step per epoch. */
    WHOLE_GRAPH,
    /** A step of {@code training.batch_components} components. */
    FULL_STEP,
    /** The last step of an epoch, of the components left over. */
    LAST_STEP
  }

  /**
   * The step with the fewest rows, if it gives fewer than {@code needed}; else null.
   *
   * @param rowsPerComponent the rows each component gives
   * @param perStep components per step; 0 (or all of them, or more) is the whole graph
   * @param shuffled whether the components are taken in a new random order each epoch
   */
  static ShortStep find(long[] rowsPerComponent, int perStep, boolean shuffled, int needed) {
    int components = rowsPerComponent.length;
    if (perStep == 0 || perStep >= components) {
      long rows = Arrays.stream(rowsPerComponent).sum();
      return rows < needed ? new ShortStep(Kind.WHOLE_GRAPH, rows,
          IntStream.range(0, components).toArray(), 0) : null;
    }
    int last = components % perStep;
    int fullSteps = components / perStep;
    // Shuffled, any components may meet in a step: the smallest ones, the fewest rows.
    int[] order = shuffled ? smallestFirst(rowsPerComponent)
        : IntStream.range(0, components).toArray();
    for (int s = 0; s < (shuffled ? Math.min(1, fullSteps) : fullSteps); s++) {
      int[] taken = Arrays.copyOfRange(order, s * perStep, (s + 1) * perStep);
      long rows = rows(rowsPerComponent, taken);
      if (rows < needed) {
        return new ShortStep(Kind.FULL_STEP, rows, sorted(taken, shuffled), shuffled ? 0 : s + 1);
      }
    }
    if (last == 0) {
      return null;
    }
    int[] taken = shuffled ? Arrays.copyOfRange(order, 0, last)
        : Arrays.copyOfRange(order, components - last, components);
    long rows = rows(rowsPerComponent, taken);
    return rows < needed ? new ShortStep(Kind.LAST_STEP, rows, sorted(taken, shuffled),
        shuffled ? 0 : fullSteps + 1) : null;
  }

  /** The components by their rows, fewest first; ties by place. */
  private static int[] smallestFirst(long[] rowsPerComponent) {
    return IntStream.range(0, rowsPerComponent.length).boxed()
        .sorted(Comparator.<Integer>comparingLong(c -> rowsPerComponent[c])
            .thenComparingInt(c -> c))
        .mapToInt(Integer::intValue).toArray();
  }

  private static long rows(long[] rowsPerComponent, int[] components) {
    long rows = 0;
    for (int c : components) {
      rows += rowsPerComponent[c];
    }
    return rows;
  }

  /** Drawn components are named in the data set's order; a step in order is so already. */
  private static int[] sorted(int[] components, boolean shuffled) {
    int[] out = components.clone();
    if (shuffled) {
      Arrays.sort(out);
    }
    return out;
  }
}
