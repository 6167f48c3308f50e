package dev.contrastive4j.runtime.kernels;

import java.util.Arrays;

/**
 * Inner loops that build each output row from one input row: gathering, gathering with a
 * per-row scale, and routing a max-pool gradient to the argmax rows.
 */
final class RowCopies {
  private RowCopies() {}

  /** Output row {@code r} = {@code src} row {@code index[r]}. */
  static void gather(int[] index, float[] src, int width, int lo, int hi, float[] dst,
      int dstRow0) {
    for (int r = lo; r < hi; r++) {
      System.arraycopy(src, index[r] * width, dst, (r - dstRow0) * width, width);
    }
  }

  /** Output row {@code r} = {@code src} row {@code index[r]}. */
  static void gather(int[] index, double[] src, int width, int lo, int hi, double[] dst,
      int dstRow0) {
    for (int r = lo; r < hi; r++) {
      System.arraycopy(src, index[r] * width, dst, (r - dstRow0) * width, width);
    }
  }

  /** Output row {@code r} = {@code scale[index[r]]} times {@code src} row {@code index[r]}. */
  static void gatherScaled(int[] index, double[] scale, float[] src, int width, int lo, int hi,
      float[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      float c = (float) scale[index[r]];
      int s = index[r] * width;
      int o = (r - dstRow0) * width;
      for (int j = 0; j < width; j++) {
        dst[o + j] = c * src[s + j];
      }
    }
  }

  /** Output row {@code r} = {@code scale[index[r]]} times {@code src} row {@code index[r]}. */
  static void gatherScaled(int[] index, double[] scale, double[] src, int width, int lo, int hi,
      double[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      double c = scale[index[r]];
      int s = index[r] * width;
      int o = (r - dstRow0) * width;
      for (int j = 0; j < width; j++) {
        dst[o + j] = c * src[s + j];
      }
    }
  }

  /**
   * The max-pool gradient for input row {@code r} in segment {@code index[r]}: column {@code j}
   * gets the segment's gradient if {@code r} was the argmax of that column, else 0.
   */
  static void routeToArgmax(int[] index, int[] argmax, float[] grad, int width, int lo, int hi,
      float[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      int s = index[r] * width;
      int o = (r - dstRow0) * width;
      for (int j = 0; j < width; j++) {
        dst[o + j] = argmax[s + j] == r ? grad[s + j] : 0f;
      }
    }
  }

  /** The float64 counterpart of the float32 {@code routeToArgmax}. */
  static void routeToArgmax(int[] index, int[] argmax, double[] grad, int width, int lo, int hi,
      double[] dst, int dstRow0) {
    for (int r = lo; r < hi; r++) {
      int s = index[r] * width;
      int o = (r - dstRow0) * width;
      for (int j = 0; j < width; j++) {
        dst[o + j] = argmax[s + j] == r ? grad[s + j] : 0d;
      }
    }
  }

  /**
   * Segment max over the rows {@code rows[pointers[s] .. pointers[s + 1])} of {@code src} for
   * segments {@code [lo, hi)}; records the winning row per column in {@code argmax} (the first
   * on ties, -1 for an empty segment, whose maximum is 0). A NaN wins and stays.
   */
  static void segmentMax(int[] pointers, int[] rows, float[] src, int width, int lo, int hi,
      float[] dst, int dstRow0, int[] argmax) {
    for (int s = lo; s < hi; s++) {
      int o = (s - dstRow0) * width;
      int a = s * width;
      int p0 = pointers[s];
      int p1 = pointers[s + 1];
      if (p0 == p1) {
        Arrays.fill(dst, o, o + width, 0f);
        Arrays.fill(argmax, a, a + width, -1);
        continue;
      }
      int first = rows[p0];
      System.arraycopy(src, first * width, dst, o, width);
      Arrays.fill(argmax, a, a + width, first);
      for (int p = p0 + 1; p < p1; p++) {
        int row = rows[p];
        int b = row * width;
        for (int j = 0; j < width; j++) {
          float v = src[b + j];
          float best = dst[o + j];
          if (v > best || (v != v && best == best)) {
            dst[o + j] = v;
            argmax[a + j] = row;
          }
        }
      }
    }
  }

  /** The float64 counterpart of the float32 {@code segmentMax}. */
  static void segmentMax(int[] pointers, int[] rows, double[] src, int width, int lo, int hi,
      double[] dst, int dstRow0, int[] argmax) {
    for (int s = lo; s < hi; s++) {
      int o = (s - dstRow0) * width;
      int a = s * width;
      int p0 = pointers[s];
      int p1 = pointers[s + 1];
      if (p0 == p1) {
        Arrays.fill(dst, o, o + width, 0d);
        Arrays.fill(argmax, a, a + width, -1);
        continue;
      }
      int first = rows[p0];
      System.arraycopy(src, first * width, dst, o, width);
      Arrays.fill(argmax, a, a + width, first);
      for (int p = p0 + 1; p < p1; p++) {
        int row = rows[p];
        int b = row * width;
        for (int j = 0; j < width; j++) {
          double v = src[b + j];
          double best = dst[o + j];
          if (v > best || (v != v && best == best)) {
            dst[o + j] = v;
            argmax[a + j] = row;
          }
        }
      }
    }
  }
}
