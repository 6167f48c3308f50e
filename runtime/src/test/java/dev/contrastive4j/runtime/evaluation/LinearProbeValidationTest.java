package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Bad inputs to the probe fail before training, with one message naming the fault. */
class LinearProbeValidationTest {
  private static final Blobs DATA = Blobs.gaussian(20, 4, 2, 3.0, 6, 6, 1);
  private static final LinearProbe PROBE = new LinearProbe(LinearProbeConfig.builder()
      .maxEpochs(3).build());

  @Test
  void nanEmbeddingIsNamedByRowAndColumn() {
    INDArray embeddings = DATA.embeddings().dup();
    embeddings.putScalar(13, 2, Double.NaN);
    assertMessage("embeddings row 13 (column 2) is NaN; embeddings must be finite",
        () -> PROBE.evaluate(embeddings, DATA.labels(), 2, DATA.split()));
  }

  @Test
  void infiniteEmbeddingIsNamedByRowAndColumn() {
    INDArray embeddings = DATA.embeddings().castTo(DataType.DOUBLE);
    embeddings.putScalar(0, 3, Double.NEGATIVE_INFINITY);
    assertMessage("embeddings row 0 (column 3) is -Infinity; embeddings must be finite",
        () -> PROBE.fit(embeddings, DATA.labels(), 2, DATA.split()));
  }

  @Test
  void rowsMustMatchLabels() {
    assertMessage("embeddings have 20 rows but labels has 19 entries",
        () -> PROBE.evaluate(DATA.embeddings(), java.util.Arrays.copyOf(DATA.labels(), 19), 2,
            DATA.split()));
  }

  @Test
  void splitIndicesMustBeRowsOfTheEmbeddings() {
    Split outside = new Split(new int[] {0, 1}, new int[] {2, 20}, new int[] {3});
    assertMessage("split.val[1] = 20 is outside [0, 20) (the embedding rows)",
        () -> PROBE.evaluate(DATA.embeddings(), DATA.labels(), 2, outside));
    Split negative = new Split(new int[] {0, -1}, new int[] {2}, new int[] {3});
    assertMessage("split.train[1] = -1 is outside [0, 20) (the embedding rows)",
        () -> PROBE.evaluate(DATA.embeddings(), DATA.labels(), 2, negative));
  }

  @Test
  void splitNodesMustBeLabeled() {
    int[] labels = DATA.labels();
    labels[7] = -1;
    Split split = new Split(new int[] {0, 1}, new int[] {2}, new int[] {3, 7});
    assertMessage("split.test[1] = 7 has no label (-1)",
        () -> PROBE.evaluate(DATA.embeddings(), labels, 2, split));
  }

  @Test
  void labelsMustBeClassesOrUnlabeled() {
    int[] labels = DATA.labels();
    labels[4] = 2;
    assertMessage("labels[4] = 2 is outside [0, 2) (or -1 for unlabeled)",
        () -> PROBE.evaluate(DATA.embeddings(), labels, 2, DATA.split()));
  }

  @Test
  void trainMustNotBeEmpty() {
    Split split = new Split(new int[0], new int[] {2}, new int[] {3});
    assertMessage("split.train is empty: the probe needs train nodes to fit",
        () -> PROBE.evaluate(DATA.embeddings(), DATA.labels(), 2, split));
  }

  @Test
  void shapesTypesAndCountsAreChecked() {
    assertMessage("embeddings must be a non-empty [n, d] matrix, got shape [20]",
        () -> PROBE.evaluate(Nd4j.zeros(20), DATA.labels(), 2, DATA.split()));
    assertMessage("embeddings must be floating point, got INT",
        () -> PROBE.evaluate(Nd4j.zeros(DataType.INT32, 20, 4), DATA.labels(), 2, DATA.split()));
    assertMessage("numClasses must be >= 2, got 1",
        () -> PROBE.evaluate(DATA.embeddings(), new int[20], 1, DATA.split()));
    assertMessage("embeddings must not be null",
        () -> PROBE.evaluate(null, DATA.labels(), 2, DATA.split()));
    assertMessage("labels must not be null",
        () -> PROBE.evaluate(DATA.embeddings(), null, 2, DATA.split()));
    assertMessage("split must not be null",
        () -> PROBE.evaluate(DATA.embeddings(), DATA.labels(), 2, null));
    assertMessage("repeats must be >= 1, got 0",
        () -> PROBE.evaluateRepeated(DATA.embeddings(), DATA.labels(), 2, DATA.split(), 0));
  }

  @Test
  void predictChecksTheDimension() {
    FittedProbe fitted = PROBE.fit(DATA.embeddings(), DATA.labels(), 2, DATA.split());
    assertMessage("embeddings have 5 columns but the probe was fitted on 4",
        () -> fitted.predict(Nd4j.zeros(DataType.FLOAT, 3, 5)));
    INDArray bad = Nd4j.zeros(DataType.FLOAT, 3, 4);
    bad.putScalar(2, 1, Float.NaN);
    assertMessage("embeddings row 2 (column 1) is NaN; embeddings must be finite",
        () -> fitted.predict(bad));
  }

  private static void assertMessage(String expected, Executable call) {
    ProbeException e = assertThrows(ProbeException.class, call);
    assertEquals(expected, e.getMessage());
  }
}
