package dev.contrastive4j.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import org.junit.jupiter.api.Test;

/** Which copies {@link RowSelections} records: reorderings of all the rows, not row subsets. */
class RowSelectionsTest {
  private static final CsrMatrix SOURCE = GraphFixtures.sparse(1, 4, 3, 0.5);

  @Test
  void aReorderingOfAllRowsIsRecordedWithItsOwnCopyOfTheOrder() {
    int[] order = {2, 0, 3, 3};
    CsrMatrix copy = SOURCE.selectRows(order);
    RowSelections.record(copy, SOURCE, order);
    order[0] = 1; // the caller's array is its own again
    RowSelections.RowSelection selection = RowSelections.of(copy);
    assertSame(SOURCE, selection.source());
    assertArrayEquals(new int[] {2, 0, 3, 3}, selection.order().ids());
    assertEquals(4, selection.order().numSegments());
  }

  @Test
  void subsetsSupersetsAndTheSourceItselfAreNotRecorded() {
    int[] fewer = {3, 1};
    CsrMatrix subset = SOURCE.selectRows(fewer);
    RowSelections.record(subset, SOURCE, fewer);
    assertNull(RowSelections.of(subset), "fewer rows than the source");
    int[] more = {0, 1, 2, 3, 0};
    CsrMatrix superset = SOURCE.selectRows(more);
    RowSelections.record(superset, SOURCE, more);
    assertNull(RowSelections.of(superset), "more rows than the source");
    RowSelections.record(SOURCE, SOURCE, new int[] {0, 1, 2, 3});
    assertNull(RowSelections.of(SOURCE), "the source itself");
    int[] order = {3, 2, 1, 0};
    CsrMatrix wrongCopy = SOURCE.selectRows(new int[] {0, 1});
    RowSelections.record(wrongCopy, SOURCE, order);
    assertNull(RowSelections.of(wrongCopy), "a copy whose rows are not the order's");
    assertNull(RowSelections.of(SOURCE.selectRows(order)), "never recorded");
  }
}
