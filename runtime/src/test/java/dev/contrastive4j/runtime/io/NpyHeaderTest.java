package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A .npy header as a value: what its dict says, compared field by field. */
class NpyHeaderTest {
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

  private static NpyHeader header(long... shape) {
    return new NpyHeader(1, 0, NpyDtype.FLOAT32, LE, false, shape, 128);
  }

  @Test
  void readsNumpysOneCharacterBoolCode() {
    // '?' is NumPy's character code of bool, which a hand-written header may use for '|b1'.
    NpyHeader h = NpyHeader.parse(1, 0, "{'descr': '?', 'fortran_order': False, 'shape': (2,)}",
        64);
    assertEquals(NpyDtype.BOOL, h.dtype());
    assertArrayEquals(new long[] {2}, h.shape());
  }

  @Test
  void headersAreEqualWhenEveryFieldIs() {
    // A record of an array would compare the arrays' identity; these compare the shapes.
    NpyHeader h = header(3, 2);
    assertEquals(h, header(3, 2));
    assertEquals(h.hashCode(), header(3, 2).hashCode());
    List<NpyHeader> others = List.of(
        new NpyHeader(2, 0, NpyDtype.FLOAT32, LE, false, new long[] {3, 2}, 128),
        new NpyHeader(1, 1, NpyDtype.FLOAT32, LE, false, new long[] {3, 2}, 128),
        new NpyHeader(1, 0, NpyDtype.INT32, LE, false, new long[] {3, 2}, 128),
        new NpyHeader(1, 0, NpyDtype.FLOAT32, ByteOrder.BIG_ENDIAN, false, new long[] {3, 2}, 128),
        new NpyHeader(1, 0, NpyDtype.FLOAT32, LE, true, new long[] {3, 2}, 128),
        header(2, 3),
        new NpyHeader(1, 0, NpyDtype.FLOAT32, LE, false, new long[] {3, 2}, 192));
    for (NpyHeader other : others) {
      assertNotEquals(h, other, other.toString());
    }
    assertNotEquals(h, "a header");
  }
}
