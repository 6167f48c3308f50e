package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link Standardization}: train-row statistics by hand, as scikit-learn's StandardScaler. */
class StandardizationTest {

  @Test
  void columnsAreShiftedAndScaledByTheTrainRowsPopulationStatistics() {
    // Column 0: mean 2, population std 1 (the sample std would be sqrt 2); column 1 is constant
    // on the train rows, so only shifted; column 2: mean 2, std 2. Other rows use the same
    // statistics, and the input is not changed.
    INDArray train = Nd4j.createFromArray(new double[][] {{1, 5, 0}, {3, 5, 4}});
    INDArray rows = Nd4j.createFromArray(new double[][] {{1, 5, 0}, {3, 5, 4}, {4, 7, -2}});
    INDArray before = rows.dup();
    INDArray standardized = Standardization.of(train).apply(rows);
    assertEquals(Nd4j.createFromArray(new double[][] {{-1, 0, -1}, {1, 0, 1}, {2, 2, -2}}),
        standardized);
    assertEquals(before, rows);
  }
}
