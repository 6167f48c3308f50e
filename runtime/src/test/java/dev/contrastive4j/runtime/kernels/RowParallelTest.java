package dev.contrastive4j.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The split of output rows over threads: whatever the costs of the rows and the size of the pool,
 * the ranges run tile the rows, each row exactly once.
 */
class RowParallelTest {

  /** The ranges {@code forRows} runs in a pool of the given size, sorted by their start. */
  private static List<int[]> ranges(int threads, int rows, int[] pointers, int width)
      throws Exception {
    List<int[]> ranges = Collections.synchronizedList(new ArrayList<>());
    KernelTestSupport.inPool(threads, () -> {
      RowParallel.forRows(rows, pointers, width, (lo, hi) -> ranges.add(new int[] {lo, hi}));
      return null;
    });
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(r -> r[0]));
    return sorted;
  }

  private static void assertTiles(int rows, List<int[]> ranges, String what) {
    int next = 0;
    for (int[] r : ranges) {
      assertEquals(next, r[0], what + ": a range starts where the previous one ended");
      next = Math.max(next, r[1]);
    }
    assertEquals(rows, next, what + ": the ranges end at the last row");
  }

  @Test
  void unevenRowsAreTiledInAnyPool() throws Exception {
    int rows = 6000;
    int[] pointers = new int[rows + 1];
    for (int r = 0; r < rows; r++) {
      pointers[r + 1] = pointers[r] + (r % 97 == 0 ? 400 : r % 5);
    }
    for (int threads : new int[] {1, 2, 4}) {
      List<int[]> uneven = ranges(threads, rows, pointers, 16);
      assertTiles(rows, uneven, threads + " threads");
      assertTiles(rows, ranges(threads, rows, null, 16), threads + " threads, equal rows");
      for (int[] r : uneven) {
        assertEquals(true, r[0] < r[1], threads + " threads: no empty range");
      }
    }
  }

  /** One row costlier than a whole leaf of work is run on its own, not split without end. */
  @Test
  void aRowCostlierThanALeafRunsWhole() throws Exception {
    int[] pointers = {0, 0, 100_000, 100_000};
    List<int[]> ranges = ranges(4, 3, pointers, 8);
    assertTiles(3, ranges, "a heavy middle row");
    assertEquals(3, ranges.size(), "each row alone: the middle one costs more than a leaf");
  }
}
