package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Shape errors name the operation and the shapes at fault. */
class ShapeErrorTest {
  private final Tape tape = new Tape();

  private Tensor leaf(long... shape) {
    return tape.leaf(uniform(1, shape));
  }

  private static void assertMessage(String expected, Executable call) {
    ShapeMismatchException e = assertThrows(ShapeMismatchException.class, call);
    assertEquals(expected, e.getMessage());
  }

  @Test
  void matmul() {
    assertMessage("matmul: shapes [3, 4] and [5, 2] do not fit (inner dimensions 4 and 5)",
        () -> Ops.matmul(leaf(3, 4), leaf(5, 2)));
    assertMessage("matmul: shapes [3, 4] (transposed) and [4, 2] do not fit"
        + " (inner dimensions 3 and 4)", () -> Ops.matmul(leaf(3, 4), leaf(4, 2), true, false));
    assertMessage("matmul: needs two rank-2 tensors, got shapes [3] and [3, 2]",
        () -> Ops.matmul(leaf(3), leaf(3, 2)));
  }

  @Test
  void broadcasting() {
    assertMessage("add: shapes [3, 4] and [5, 4] cannot be broadcast together"
        + " (axis 0 of the result: 3 vs 5)", () -> Ops.add(leaf(3, 4), leaf(5, 4)));
    assertMessage("mul: shapes [2, 3] and [2] cannot be broadcast together"
        + " (axis 1 of the result: 3 vs 2)", () -> Ops.mul(leaf(2, 3), leaf(2)));
    assertMessage("prelu: alpha of shape [2, 3] must broadcast to the input's shape [3]"
        + " without enlarging it", () -> Ops.prelu(leaf(3), leaf(2, 3)));
  }

  @Test
  void axesAndShapes() {
    assertMessage("sum: axis 2 is out of range for shape [3, 4]",
        () -> Ops.sum(leaf(3, 4), 2, false));
    assertMessage("variance: axis -3 is out of range for shape [3, 4]",
        () -> Ops.variance(leaf(3, 4), -3, true));
    assertMessage("reshape: cannot reshape [3, 4] (12 elements) to [5, 2] (10 elements)",
        () -> Ops.reshape(leaf(3, 4), 5, 2));
    assertMessage("reshape: cannot reshape [3, 4] (12 elements) to [5, -1]",
        () -> Ops.reshape(leaf(3, 4), 5, -1));
    assertMessage("concat: shapes [2, 3] and [2, 4] (inputs 0 and 1) differ outside axis 0",
        () -> Ops.concat(0, leaf(2, 3), leaf(2, 4)));
    assertMessage("stack: shapes [2, 3] and [3, 2] (inputs 0 and 1) differ",
        () -> Ops.stack(1, leaf(2, 3), leaf(3, 2)));
    assertMessage("transpose: needs a rank-2 tensor, got shape [2, 3, 4]",
        () -> Ops.transpose(leaf(2, 3, 4)));
    assertMessage("permute: [0, 0] is not a permutation of the axes of shape [2, 3]",
        () -> Ops.permute(leaf(2, 3), 0, 0));
    assertMessage("rows: range [2, 5) does not fit shape [4, 3]", () -> Ops.rows(leaf(4, 3), 2, 5));
    assertMessage("binaryCrossEntropyWithLogits: logits of shape [4, 1] and labels of shape [4]"
        + " differ", () -> Ops.binaryCrossEntropyWithLogits(leaf(4, 1), leaf(4)));
  }

  @Test
  void gatherNamesTheBadIndex() {
    assertMessage("gatherRows: index 7 at position 2 is out of range for 4 rows (shape [4, 3])",
        () -> Ops.gatherRows(leaf(4, 3), 0, 3, 7, 1));
    assertMessage("gatherRows: index -1 at position 0 is out of range for 4 rows (shape [4, 3])",
        () -> Ops.gatherRows(leaf(4, 3), -1));
    assertMessage("gatherRows: indices must be an integer vector, got DOUBLE of shape [2]",
        () -> Ops.gatherRows(leaf(4, 3), Nd4j.createFromArray(1.0, 2.0)));
  }

  @Test
  void dataTypesMustAgree() {
    Tensor f = tape.leaf(Nd4j.ones(DataType.FLOAT, 2, 2));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ops.add(leaf(2, 2), f));
    assertEquals("add: data types differ (DOUBLE of shape [2, 2] and FLOAT of shape [2, 2])",
        e.getMessage());
  }

  /** Every operation with two or more inputs refuses mixed data types in its own words. */
  @Test
  void dataTypesMustAgreeInEveryMultiInputOperation() {
    Tensor d = leaf(2, 2);
    Tensor f = tape.leaf(Nd4j.ones(DataType.FLOAT, 2, 2));
    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("matmul", () -> Ops.matmul(d, f));
    calls.put("concat", () -> Ops.concat(0, d, f));
    calls.put("stack", () -> Ops.stack(0, d, f));
    calls.put("binaryCrossEntropyWithLogits", () -> Ops.binaryCrossEntropyWithLogits(d, f));
    calls.forEach((op, call) -> assertEquals(
        op + ": data types differ (DOUBLE of shape [2, 2] and FLOAT of shape [2, 2])",
        assertThrows(IllegalArgumentException.class, call).getMessage()));
  }

  /** The edges of the shape checks: the first value past each limit is refused by name. */
  @Test
  void limitsAreExact() {
    assertMessage("permute: [0, 2] is not a permutation of the axes of shape [2, 3]",
        () -> Ops.permute(leaf(2, 3), 0, 2));
    assertMessage("reshape: cannot reshape [3, 4] to [-1, -1] (only one dimension may be -1)",
        () -> Ops.reshape(leaf(3, 4), -1, -1));
    assertMessage("rows: range [-1, 2) does not fit shape [4, 3]",
        () -> Ops.rows(leaf(4, 3), -1, 2));
    assertMessage("rows: range [2, 1) does not fit shape [4, 3]", () -> Ops.rows(leaf(4, 3), 2, 1));
    assertMessage("rows: range [0, 0) does not fit shape []", () -> Ops.rows(leaf(), 0, 0));
    assertMessage("concat: shapes [2, 3] and [2, 3, 1] (inputs 0 and 1) differ outside axis 0",
        () -> Ops.concat(0, leaf(2, 3), leaf(2, 3, 1)));
    assertMessage("stack: axis 3 out of range for stacking shape [2, 3]",
        () -> Ops.stack(3, leaf(2, 3), leaf(2, 3)));
    assertMessage("stack: axis -4 out of range for stacking shape [2, 3]",
        () -> Ops.stack(-4, leaf(2, 3), leaf(2, 3)));
  }

  /** The first index equal to the row count is out of range, and the message names it. */
  @Test
  void gatherRefusesTheIndexEqualToTheRowCount() {
    assertMessage("gatherRows: index 4 at position 1 is out of range for 4 rows (shape [4, 3])",
        () -> Ops.gatherRows(leaf(4, 3), 0, 4, 3));
  }
}
