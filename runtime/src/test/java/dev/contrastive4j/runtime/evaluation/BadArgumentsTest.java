package dev.contrastive4j.runtime.evaluation;

import static dev.contrastive4j.runtime.testing.Refusal.accepted;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import dev.contrastive4j.runtime.testing.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The linear probe's public entry points ({@link LinearProbe}, {@link ProbeRows},
 * {@link ProbeSelection}, {@link ProbeProtocol}) with each kind of bad argument: one
 * {@link ProbeException} before anything is fitted, naming the argument, row or candidate at
 * fault. Fits that must succeed run 3 epochs.
 */
class BadArgumentsTest {
  private static final int[] LABELS = {0, 1, 0, 1, 0, 1, 0, 1};
  private static final Split SPLIT = new Split(new int[] {0, 1, 2, 3}, new int[] {4, 5},
      new int[] {6, 7});
  /** Eight nodes of node set {@code node}, labeled 0, 1, 0, 1, ... */
  private static final GraphDataset NODES = new GraphDataset("toy", GraphTensor.builder()
      .nodeSet("node", NodeSet.of(8, Map.of("feat", Feature.dense(Nd4j.zeros(8, 3)))))
      .build(), "node", "feat", LABELS, 2, SPLIT);
  private static final INDArray EMBEDDINGS = GraphFixtures.uniform(3, 8, 3);
  private static final LinearProbe PROBE = new LinearProbe(LinearProbeConfig.builder()
      .maxEpochs(3).build());
  private static final List<Double> ONE_C = List.of(1.0);

  private static Refusal refused(String description, String message, Executable call) {
    return new Refusal(description, ProbeException.class, message, call);
  }

  private static Split split(int[] train, int[] val, int[] test) {
    return new Split(train, val, test);
  }

  private static String badCandidate(int index, Object value) {
    return "probe C: candidate " + index + " is " + value
        + "; C must be > 0 (or +Infinity for no regularization)";
  }

  @TestFactory
  Stream<DynamicTest> linearProbe() {
    INDArray nan = EMBEDDINGS.dup();
    nan.putScalar(5, 1, Double.NaN);
    return Stream.concat(Stream.of(
        refused("null config", "LinearProbe: config must not be null",
            () -> new LinearProbe(null)),
        refused("a null data set", "dataset must not be null",
            () -> PROBE.evaluate(EMBEDDINGS, (GraphDataset) null)),
        refused("a null data set, repeated", "dataset must not be null",
            () -> PROBE.evaluateRepeated(EMBEDDINGS, null, 2)),
        refused("null embeddings of a data set", "embeddings must not be null",
            () -> PROBE.evaluate(null, NODES)),
        refused("embeddings of a node too few", "data set 'toy' labels the 8 nodes of node set "
            + "'node', one embedding row each, but the embeddings have 7 rows",
            () -> PROBE.evaluate(EMBEDDINGS.get(NDArrayIndex.interval(0, 7)), NODES)),
        refused("a NaN embedding of a data set",
            "embeddings row 5 (column 1) is NaN; embeddings must be finite",
            () -> PROBE.evaluate(nan, NODES)),
        refused("a row in train and test", "split.test[0] = 1 is also in split.train; a row is "
            + "in one part only, once", () -> PROBE.evaluate(EMBEDDINGS, LABELS, 2,
                split(new int[] {0, 1}, new int[] {2}, new int[] {1}))),
        refused("a row twice in train", "split.train[1] = 0 is also in split.train; a row is "
            + "in one part only, once", () -> PROBE.fit(EMBEDDINGS, LABELS, 2,
                split(new int[] {0, 0, 1}, new int[0], new int[0]))),
        refused("a negative split row", "split.val[0] = -1 is outside [0, 8) (the embedding "
            + "rows)", () -> PROBE.evaluate(EMBEDDINGS, LABELS, 2,
                split(new int[] {0, 1}, new int[] {-1}, new int[0]))),
        refused("more classes than rows", "numClasses is 9, more than the 8 embedding rows it "
            + "classifies", () -> PROBE.evaluate(EMBEDDINGS, LABELS, 9, SPLIT)),
        refused("Integer.MAX_VALUE classes", "numClasses is 2147483647, more than the 8 "
            + "embedding rows it classifies",
            () -> PROBE.evaluate(EMBEDDINGS, LABELS, Integer.MAX_VALUE, SPLIT)),
        refused("a label below the unlabeled marker", "labels[2] = -2 is outside [0, 2) (or -1 "
            + "for unlabeled)", () -> PROBE.evaluate(EMBEDDINGS,
                new int[] {0, 1, -2, 1, 0, 1, 0, 1}, 2, SPLIT)),
        refused("no repeat", "repeats must be >= 1, got 0",
            () -> PROBE.evaluateRepeated(EMBEDDINGS, NODES, 0))).map(Refusal::test),
        Stream.of(
            accepted("a data set", () -> PROBE.evaluate(EMBEDDINGS, NODES)),
            // Rows outside the split may be unlabeled; val and test may be empty.
            accepted("only train rows", () -> PROBE.evaluate(EMBEDDINGS,
                new int[] {0, 1, -1, -1, -1, -1, -1, -1}, 2,
                split(new int[] {0, 1}, new int[0], new int[0]))),
            accepted("as many classes as rows", () -> PROBE.fit(EMBEDDINGS,
                new int[] {0, 1, 2, 3, 4, 5, 6, 7}, 8,
                split(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, new int[0], new int[0])))));
  }

  @TestFactory
  Stream<DynamicTest> rowsAndSelection() {
    return Stream.concat(Stream.of(
        refused("rows of null embeddings", "embeddings must not be null",
            () -> ProbeRows.of(null, NODES)),
        refused("rows of a null data set", "dataset must not be null",
            () -> ProbeRows.of(EMBEDDINGS, null)),
        refused("rows of a vector", "embeddings must be a non-empty [n, d] matrix, got shape "
            + "[8]", () -> ProbeRows.of(Nd4j.zeros(DataType.DOUBLE, 8), NODES)),
        refused("a null base probe", "base probe must not be null",
            () -> ProbeSelection.chooseC(null, ONE_C, EMBEDDINGS, NODES)),
        refused("a null base probe, evaluated", "base probe must not be null",
            () -> ProbeSelection.chooseCAndEvaluate(null, ONE_C, EMBEDDINGS, NODES, 1)),
        refused("null candidates", "probe C candidates must not be null",
            () -> ProbeSelection.chooseC(PROBE, null, EMBEDDINGS, NODES)),
        refused("no candidate", "probe C: at least one candidate is needed",
            () -> ProbeSelection.chooseC(PROBE, List.of(), EMBEDDINGS, NODES)),
        // Refused before the first candidate is fitted, not when its own probe is made.
        refused("a negative second candidate", badCandidate(1, -1.0),
            () -> ProbeSelection.chooseC(PROBE, List.of(1.0, -1.0), EMBEDDINGS, NODES)),
        refused("a null second candidate", badCandidate(1, null),
            () -> ProbeSelection.chooseC(PROBE, Arrays.asList(1.0, null), EMBEDDINGS, NODES)),
        refused("a NaN candidate", badCandidate(0, Double.NaN),
            () -> ProbeSelection.chooseCAndEvaluate(PROBE, List.of(Double.NaN), EMBEDDINGS,
                NODES, 1)),
        refused("a zero candidate", badCandidate(0, 0.0),
            () -> ProbeSelection.checkDataset(NODES, List.of(0.0))),
        refused("checkDataset of null", "dataset must not be null",
            () -> ProbeSelection.checkDataset(null, ONE_C)),
        refused("a protocol without a base probe", "base probe must not be null",
            () -> ProbeProtocol.DGI_PAPER.evaluate(null, List.of(), EMBEDDINGS, NODES, 1)),
        refused("a protocol with null candidates", "probe C candidates must not be null",
            () -> ProbeProtocol.VALIDATED_L2.checkDataset(NODES, null))).map(Refusal::test),
        Stream.of(
            accepted("the rows of a data set", () -> ProbeRows.of(EMBEDDINGS, NODES)),
            // One candidate is taken without a fit; +Infinity is no regularization.
            accepted("no regularization", () -> ProbeSelection.chooseC(PROBE,
                List.of(Double.POSITIVE_INFINITY), EMBEDDINGS, NODES))));
  }
}
