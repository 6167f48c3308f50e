package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.planetoid.pickle.NdArray;
import java.nio.file.Path;

/** Decodes the one-hot label matrices y, ty and ally into class indices. */
final class OneHotLabels {
  private OneHotLabels() {}

  /**
   * The class of each row: the column holding 1, or {@link GraphDataset#UNLABELED} for a row of
   * zeros (CiteSeer's test nodes without data).
   *
   * @param labels a 2-D array of zeros and ones, at most one 1 per row
   * @param file the file it came from, for messages
   * @throws DatasetException if the array is not 2-D or a row is not one-hot
   */
  static int[] decode(NdArray labels, Path file) {
    if (labels.rank() != 2) {
      throw new DatasetException(file, "labels have shape " + NdArray.shapeText(labels.shape())
          + ", expected (nodes, classes)");
    }
    int rows = labels.dim(0);
    int cols = labels.dim(1);
    double[] values = labels.toDoubles();
    int[] out = new int[rows];
    for (int r = 0; r < rows; r++) {
      int label = GraphDataset.UNLABELED;
      for (int c = 0; c < cols; c++) {
        double v = values[r * cols + c];
        if (v == 1.0 && label == GraphDataset.UNLABELED) {
          label = c;
        } else if (v != 0.0) {
          throw new DatasetException(file, "row " + r + " is not one-hot (column " + c
              + " holds " + v + ")");
        }
      }
      out[r] = label;
    }
    return out;
  }
}
