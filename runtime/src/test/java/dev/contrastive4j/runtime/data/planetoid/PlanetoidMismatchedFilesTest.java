package dev.contrastive4j.runtime.data.planetoid;

import static dev.contrastive4j.runtime.data.planetoid.CoraCopy.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.runtime.data.planetoid.pickle.NdArray;
import dev.contrastive4j.runtime.data.planetoid.pickle.PickleFileReader;
import dev.contrastive4j.runtime.data.planetoid.pickle.PlanetoidPickles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cora files that each read well but do not fit together: row and column counts, x and y as
 * the first rows of allx and ally, the test index range, and labels the split needs.
 */
class PlanetoidMismatchedFilesTest {
  /** Bytes before an int32 label row of y, ally and ty: BINSTRING and its length (n x 7 x 4). */
  private static final byte[] Y_DATA = bytes('T', 0x50, 0x0f, 0, 0);
  private static final byte[] ALLY_DATA = bytes('T', 0xd0, 0xba, 0, 0);
  private static final byte[] TY_DATA = bytes('T', 0x60, 0x6d, 0, 0);

  @TempDir
  Path dir;

  private CoraCopy cora;

  @BeforeEach
  void copyAndLoadCora() {
    cora = CoraCopy.in(dir);
    // Loaded whole first, so that each test also passes through the checks it then trips:
    // PIT counts a check as covered only by tests that get past it.
    assertEquals(2708, cora.load().labels().length);
  }

  @Test
  void rowCounts() throws IOException {
    cora.replaceWithReal("ally", "ind.cora.ty");
    cora.expectProblem("ally", "has 1000 rows but ind.cora.allx has 1708 rows");
    cora.replaceWithReal("ally", "ind.cora.ally");
    cora.replaceWithReal("y", "ind.cora.ty");
    cora.expectProblem("y", "has 1000 rows but ind.cora.x has 140 rows");
    cora.replaceWithReal("y", "ind.cora.y");
    cora.replaceWithReal("ty", "ind.cora.y");
    cora.expectProblem("ty", "has 140 rows but ind.cora.tx has 1000 rows");
  }

  @Test
  void xSwappedWithTxIsNamedNotY() throws IOException {
    // y's row count was compared with x's first, which blamed y, the intact file.
    cora.replaceWithReal("x", "ind.cora.tx");
    cora.replaceWithReal("tx", "ind.cora.x");
    cora.expectProblem("x", "row 0 differs from row 0 of ind.cora.allx (it should hold the "
        + "first 1000 rows of it)");
  }

  @Test
  void classAndFeatureCountsOfAnotherDataSet() throws IOException {
    for (String suffix : List.of("y", "ty")) {
      cora.replaceWithReal(suffix, "ind.citeseer." + suffix);
      cora.expectProblem(suffix, "has 6 columns (classes) but ind.cora.ally has 7 columns");
      cora.replaceWithReal(suffix, "ind.cora." + suffix);
    }
    for (String suffix : List.of("x", "tx")) {
      cora.replaceWithReal(suffix, "ind.citeseer." + suffix);
      cora.expectProblem(suffix,
          "has 3703 columns (features) but ind.cora.allx has 1433 columns");
      cora.replaceWithReal(suffix, "ind.cora." + suffix);
    }
  }

  @Test
  void aTestIndexPerRowOfTx() throws IOException {
    List<String> lines = Files.readAllLines(cora.file("test.index"));
    Files.write(cora.file("test.index"), lines.subList(0, 999));
    cora.expectProblem("test.index", "has 999 test indices but ind.cora.tx has 1000 rows");
  }

  @Test
  void xAndYMustBeTheFirstRowsOfAllxAndAlly() throws IOException {
    // x's indices array begins with row 0's first column, 19: make it 18.
    byte[] xIndices = bytes('T', 0x5c, 0x29, 0, 0, 19, 0, 0, 0);
    byte[] changed = xIndices.clone();
    changed[5] = 18;
    cora.replace("x", xIndices, changed);
    cora.expectProblem("x", "row 0 differs from row 0 of ind.cora.allx (it should hold the "
        + "first 140 rows of it)");
    cora.replaceWithReal("x", "ind.cora.x");
    setLabelRow("y", Y_DATA, 0, 2);
    cora.expectProblem("y", "row 0 has class 2 but row 0 of ind.cora.ally has class 3");
  }

  @Test
  void xAndYAsLongAsAllxAndAllyLeaveNoValidationNodes() throws IOException {
    cora.replaceWithReal("x", "ind.cora.allx");
    cora.replaceWithReal("y", "ind.cora.ally");
    cora.expectProblem("y", "1708 training rows leave no room for 500 validation nodes among "
        + "the 1708 rows of ind.cora.allx");
  }

  @Test
  void trainingRowsMayLeaveExactlyTheValidationNodes() throws IOException {
    // x and y as the first 1208 rows of allx and ally: 1208 + 500 validation nodes are all of
    // allx's 1708 rows.
    CsrMatrix allx = PickleFileReader.readCsrMatrix(cora.file("allx"));
    int[] rows = IntStream.range(0, 1208).toArray();
    Files.write(cora.file("x"), PlanetoidPickles.csrMatrix(allx.selectRows(rows)));
    NdArray ally = PickleFileReader.readArray(cora.file("ally"));
    Files.write(cora.file("y"), PlanetoidPickles.int32Matrix(1208, 7,
        Arrays.copyOf(ally.toInts("ally"), 1208 * 7)));
    GraphDataset d = cora.load();
    assertEquals(1208, d.split().train().length);
    assertArrayEquals(IntStream.range(1208, 1708).toArray(), d.split().val());
  }

  @Test
  void testIndicesMaySpanTwiceTheirNumberButNoMore() throws IOException {
    // Cora's last test index (2157) moved to 3707: the 1000 indices then span 2000 nodes.
    List<String> lines = Files.readAllLines(cora.file("test.index"));
    assertEquals("2157", lines.get(999));
    lines.set(999, "3707");
    Files.write(cora.file("test.index"), lines);
    GraphDataset wide = cora.load();
    assertEquals(3708, wide.labels().length);
    assertEquals(6, wide.labels()[3707]);
    lines.set(999, "3708");
    Files.write(cora.file("test.index"), lines);
    cora.expectProblem("test.index", "test indices run from 1708 to 3708, far more than the "
        + "1000 test nodes");
  }

  @Test
  void everyNodeOfTheSplitNeedsALabel() throws IOException {
    setLabelRow("y", Y_DATA, 0, -1);
    setLabelRow("ally", ALLY_DATA, 0, -1);
    cora.expectProblem("ally", "training node 0 has no label (a row of zeros)");
    cora.replaceWithReal("y", "ind.cora.y");
    cora.replaceWithReal("ally", "ind.cora.ally");
    setLabelRow("ally", ALLY_DATA, 639, -1);
    cora.expectProblem("ally", "validation node 639 has no label (a row of zeros)");
    cora.replaceWithReal("ally", "ind.cora.ally");
    // Row 0 of ty belongs to node 2692, the first line of test.index.
    setLabelRow("ty", TY_DATA, 0, -1);
    cora.expectProblem("ty", "test node 2692 has no label (a row of zeros)");
  }

  /** Makes row {@code row} of a label file one-hot at {@code label}, or all zeros for -1. */
  private void setLabelRow(String suffix, byte[] dataStart, int row, int label)
      throws IOException {
    Path f = cora.file(suffix);
    byte[] bytes = Files.readAllBytes(f);
    int at = CoraCopy.indexOf(bytes, dataStart) + dataStart.length + row * 7 * 4;
    Arrays.fill(bytes, at, at + 7 * 4, (byte) 0);
    if (label >= 0) {
      bytes[at + 4 * label] = 1;
    }
    Files.write(f, bytes);
  }
}
