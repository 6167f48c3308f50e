package dev.contrastive4j.runtime.kernels;

import java.util.Arrays;

/**
 * The inner loops of a CSR matrix times a dense row-major matrix: output row {@code r} is the sum
 * over the entries {@code k} of row {@code r} of {@code values[k] * dense[columns[k]]}.
 *
 * <p>The loop over the dense row is a plain indexed loop so that the JIT vectorizes it. Entries
 * are taken eight, then four, at a time, so that the output row is loaded and stored once per
 * group rather than once per entry (about twice as fast on Cora-shaped data). The grouping
 * depends only on the row, never on threads, so results stay deterministic.
 */
final class CsrProducts {
  private CsrProducts() {}

  static void rows(int[] pointers, int[] columns, float[] values, float[] dense, int width,
      int lo, int hi, float[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      int o = (r - dstRow0) * width;
      Arrays.fill(dst, o, o + width, 0f);
      int k = pointers[r];
      int end = pointers[r + 1];
      for (; k + 7 < end; k += 8) {
        float v0 = values[k];
        float v1 = values[k + 1];
        float v2 = values[k + 2];
        float v3 = values[k + 3];
        float v4 = values[k + 4];
        float v5 = values[k + 5];
        float v6 = values[k + 6];
        float v7 = values[k + 7];
        int s0 = columns[k] * width;
        int s1 = columns[k + 1] * width;
        int s2 = columns[k + 2] * width;
        int s3 = columns[k + 3] * width;
        int s4 = columns[k + 4] * width;
        int s5 = columns[k + 5] * width;
        int s6 = columns[k + 6] * width;
        int s7 = columns[k + 7] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += (v0 * dense[s0 + j] + v1 * dense[s1 + j] + v2 * dense[s2 + j]
              + v3 * dense[s3 + j]) + (v4 * dense[s4 + j] + v5 * dense[s5 + j]
              + v6 * dense[s6 + j] + v7 * dense[s7 + j]);
        }
      }
      for (; k + 3 < end; k += 4) {
        float v0 = values[k];
        float v1 = values[k + 1];
        float v2 = values[k + 2];
        float v3 = values[k + 3];
        int s0 = columns[k] * width;
        int s1 = columns[k + 1] * width;
        int s2 = columns[k + 2] * width;
        int s3 = columns[k + 3] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += v0 * dense[s0 + j] + v1 * dense[s1 + j] + v2 * dense[s2 + j]
              + v3 * dense[s3 + j];
        }
      }
      for (; k < end; k++) {
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
      int k = pointers[r];
      int end = pointers[r + 1];
      for (; k + 7 < end; k += 8) {
        double v0 = values[k];
        double v1 = values[k + 1];
        double v2 = values[k + 2];
        double v3 = values[k + 3];
        double v4 = values[k + 4];
        double v5 = values[k + 5];
        double v6 = values[k + 6];
        double v7 = values[k + 7];
        int s0 = columns[k] * width;
        int s1 = columns[k + 1] * width;
        int s2 = columns[k + 2] * width;
        int s3 = columns[k + 3] * width;
        int s4 = columns[k + 4] * width;
        int s5 = columns[k + 5] * width;
        int s6 = columns[k + 6] * width;
        int s7 = columns[k + 7] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += (v0 * dense[s0 + j] + v1 * dense[s1 + j] + v2 * dense[s2 + j]
              + v3 * dense[s3 + j]) + (v4 * dense[s4 + j] + v5 * dense[s5 + j]
              + v6 * dense[s6 + j] + v7 * dense[s7 + j]);
        }
      }
      for (; k + 3 < end; k += 4) {
        double v0 = values[k];
        double v1 = values[k + 1];
        double v2 = values[k + 2];
        double v3 = values[k + 3];
        int s0 = columns[k] * width;
        int s1 = columns[k + 1] * width;
        int s2 = columns[k + 2] * width;
        int s3 = columns[k + 3] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += v0 * dense[s0 + j] + v1 * dense[s1 + j] + v2 * dense[s2 + j]
              + v3 * dense[s3 + j];
        }
      }
      for (; k < end; k++) {
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
      int k = pointers[r];
      int end = pointers[r + 1];
      for (; k + 3 < end; k += 4) {
        int s0 = columns[k] * width;
        int s1 = columns[k + 1] * width;
        int s2 = columns[k + 2] * width;
        int s3 = columns[k + 3] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += dense[s0 + j] + dense[s1 + j] + dense[s2 + j] + dense[s3 + j];
        }
      }
      for (; k < end; k++) {
        int s = columns[k] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += dense[s + j];
        }
      }
    }
  }

  /** The float64 counterpart of the float32 {@code unitRows}. */
  static void unitRows(int[] pointers, int[] columns, double[] dense, int width,
      int lo, int hi, double[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      int o = (r - dstRow0) * width;
      Arrays.fill(dst, o, o + width, 0d);
      int k = pointers[r];
      int end = pointers[r + 1];
      for (; k + 3 < end; k += 4) {
        int s0 = columns[k] * width;
        int s1 = columns[k + 1] * width;
        int s2 = columns[k + 2] * width;
        int s3 = columns[k + 3] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += dense[s0 + j] + dense[s1 + j] + dense[s2 + j] + dense[s3 + j];
        }
      }
      for (; k < end; k++) {
        int s = columns[k] * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += dense[s + j];
        }
      }
    }
  }
}
