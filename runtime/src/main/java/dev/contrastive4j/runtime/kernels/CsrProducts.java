package dev.contrastive4j.runtime.kernels;

import java.util.Arrays;

/**
 * The inner loops of a CSR matrix times a dense row-major matrix: output row {@code r} is the sum
 * over the entries {@code k} of row {@code r} of {@code values[k] * dense[columns[k]]}, added in
 * entry order. The loop over the dense row is a plain indexed loop so that the JIT vectorizes it.
 */
final class CsrProducts {
  private CsrProducts() {}

  static void rows(int[] pointers, int[] columns, float[] values, float[] dense, int width,
      int lo, int hi, float[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      int o = (r - dstRow0) * width;
      Arrays.fill(dst, o, o + width, 0f);
      for (int k = pointers[r]; k < pointers[r + 1]; k++) {
        float v = values[k];
        int s = columns[k] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += v * dense[s + j];
        }
      }
    }
  }

  static void rows(int[] pointers, int[] columns, double[] values, double[] dense, int width,
      int lo, int hi, double[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      int o = (r - dstRow0) * width;
      Arrays.fill(dst, o, o + width, 0d);
      for (int k = pointers[r]; k < pointers[r + 1]; k++) {
        double v = values[k];
        int s = columns[k] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += v * dense[s + j];
        }
      }
    }
  }

  /** The same product with every value 1 (segment sums). */
  static void unitRows(int[] pointers, int[] columns, float[] dense, int width,
      int lo, int hi, float[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      int o = (r - dstRow0) * width;
      Arrays.fill(dst, o, o + width, 0f);
      for (int k = pointers[r]; k < pointers[r + 1]; k++) {
        int s = columns[k] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += dense[s + j];
        }
      }
    }
  }

  /** The float64 counterpart of {@link #unitRows(int[], int[], float[], int, int, int, float[], int)}. */
  static void unitRows(int[] pointers, int[] columns, double[] dense, int width,
      int lo, int hi, double[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      int o = (r - dstRow0) * width;
      Arrays.fill(dst, o, o + width, 0d);
      for (int k = pointers[r]; k < pointers[r + 1]; k++) {
        int s = columns[k] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += dense[s + j];
        }
      }
    }
  }
}
