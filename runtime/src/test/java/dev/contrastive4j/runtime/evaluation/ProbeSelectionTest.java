package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class ProbeSelectionTest {
  private static final GraphDataset DATA = CsbmGenerator.generate(CsbmConfig.defaults()
      .withNumNodes(600).withNumClasses(3).withFeatures(60, 0.1, 0.4).withSeed(5));
  private static final INDArray FEATURES = DATA.graph().nodeSet(DATA.targetNodeSet())
      .feature(DATA.featureName()).toDense();

  @Test
  void keepsTheCandidateWithTheBestValidationAccuracy() {
    List<Double> candidates = List.of(0.001, 0.1, 10.0);
    LinearProbe chosen = ProbeSelection.chooseC(new LinearProbe(), candidates, FEATURES, DATA);
    double chosenVal = chosen.evaluate(FEATURES, DATA).valAccuracy();
    for (double c : candidates) {
      double val = new LinearProbe(LinearProbeConfig.builder().c(c).build())
          .evaluate(FEATURES, DATA).valAccuracy();
      assertTrue(chosenVal >= val, "C=" + c + " has val " + val + " > chosen " + chosenVal);
    }
    assertTrue(candidates.contains(chosen.config().c()));
  }

  @Test
  void chooseCAndEvaluateGivesTheNumbersOfChooseCThenEvaluateRepeated() {
    List<Double> candidates = List.of(0.001, 0.1, 10.0);
    ChosenProbe chosen = ProbeSelection.chooseCAndEvaluate(new LinearProbe(), candidates,
        FEATURES, DATA, 3);
    LinearProbe separately = ProbeSelection.chooseC(new LinearProbe(), candidates, FEATURES,
        DATA);
    assertEquals(separately.config(), chosen.probe().config());
    // The reused first fit is the one evaluateRepeated makes with the probe's own seed.
    assertEquals(separately.evaluateRepeated(FEATURES, DATA, 3), chosen.report());
    assertEquals(List.of(0L, 1L, 2L),
        chosen.report().runs().stream().map(ProbeResult::seed).toList());
    assertEquals(1, ProbeSelection.chooseCAndEvaluate(new LinearProbe(), List.of(0.3), FEATURES,
        DATA, 1).report().runs().size());
    assertEquals("repeats must be >= 1, got 0", assertThrows(ProbeException.class,
        () -> ProbeSelection.chooseCAndEvaluate(new LinearProbe(), candidates, FEATURES, DATA,
            0)).getMessage());
  }

  @Test
  void oneCandidateFixesC() {
    assertEquals(0.3, ProbeSelection.chooseC(new LinearProbe(), List.of(0.3), FEATURES, DATA)
        .config().c());
    assertThrows(ProbeException.class,
        () -> ProbeSelection.chooseC(new LinearProbe(), List.of(), FEATURES, DATA));
  }

  /** {@code data} with the train nodes of class 1 alone for training, and {@code val}. */
  static GraphDataset trainOfClassOne(GraphDataset data, int[] val) {
    int[] train = IntStream.of(data.split().train()).filter(i -> data.labels()[i] == 1)
        .toArray();
    return new GraphDataset(data.name(), data.graph(), data.targetNodeSet(), data.featureName(),
        data.labels(), data.numClasses(), new Split(train, val, data.split().test()));
  }

  @Test
  void trainNodesOfOneClassAreRefusedNotFittedToAConstant() {
    GraphDataset oneClass = trainOfClassOne(DATA, DATA.split().val());
    assertEquals("data set 'csbm': every node of split.train has class 1; the linear probe "
        + "needs train nodes of at least 2 classes", assertThrows(ProbeException.class,
            () -> ProbeSelection.checkDataset(oneClass, List.of(1.0))).getMessage());
  }

  @Test
  void onATieTheFirstCandidateIsKept() {
    // Two kinds of graphs that every C tells apart: both candidates reach the same validation
    // accuracy, and the one listed first is kept, in either order.
    GraphDataset graphs = SmallGraphs.twoKinds(40, 3);
    INDArray nodes = graphs.graph().nodeSet(graphs.targetNodeSet())
        .feature(graphs.featureName()).toDense();
    for (List<Double> candidates : List.of(List.of(1.0, 0.1), List.of(0.1, 1.0))) {
      ChosenProbe chosen = ProbeSelection.chooseCAndEvaluate(new LinearProbe(), candidates,
          nodes, graphs, 1);
      assertEquals(chosen.compared().get(0).valAccuracy(),
          chosen.compared().get(1).valAccuracy(), "tied: " + chosen.compared());
      assertEquals(candidates.get(0), chosen.probe().config().c());
    }
  }

  @Test
  void aDatasetThatCannotBeProbedIsNamedBeforeAnyFit() {
    GraphDataset noVal = new GraphDataset(DATA.name(), DATA.graph(), DATA.targetNodeSet(),
        DATA.featureName(), DATA.labels(), DATA.numClasses(),
        new Split(DATA.split().train(), new int[0], DATA.split().test()));
    assertEquals("data set 'csbm': split.val is empty; choosing the probe's C among 2 candidates "
        + "needs validation nodes (or set evaluation.probe_c to one value)",
        assertThrows(ProbeException.class, () -> ProbeSelection.chooseC(new LinearProbe(),
            List.of(0.1, 1.0), FEATURES, noVal)).getMessage());
    assertEquals(1.0, ProbeSelection.chooseC(new LinearProbe(), List.of(1.0), FEATURES, noVal)
        .config().c(), "one C needs no validation nodes");

    GraphDataset noTrain = new GraphDataset(DATA.name(), DATA.graph(), DATA.targetNodeSet(),
        DATA.featureName(), DATA.labels(), DATA.numClasses(),
        new Split(new int[0], DATA.split().val(), DATA.split().test()));
    assertEquals("data set 'csbm': split.train is empty; the linear probe needs train nodes to "
        + "fit", assertThrows(ProbeException.class,
            () -> ProbeSelection.checkDataset(noTrain, List.of(1.0))).getMessage());

    GraphDataset noTest = new GraphDataset(DATA.name(), DATA.graph(), DATA.targetNodeSet(),
        DATA.featureName(), DATA.labels(), DATA.numClasses(),
        new Split(DATA.split().train(), DATA.split().val(), new int[0]));
    assertEquals("data set 'csbm': split.test is empty; the linear probe reports test accuracy "
        + "and needs test nodes", assertThrows(ProbeException.class,
            () -> ProbeSelection.checkDataset(noTest, List.of(1.0))).getMessage());
  }

  @Test
  void aDatasetOfGraphLabelsIsProbedOnTheMeansOfItsGraphsAndCheckedByGraph() {
    GraphDataset graphs = SmallGraphs.twoKinds(40, 3);
    INDArray nodes = graphs.graph().nodeSet(graphs.targetNodeSet())
        .feature(graphs.featureName()).toDense();
    List<Double> candidates = List.of(0.1, 1.0);
    ChosenProbe chosen = ProbeSelection.chooseCAndEvaluate(new LinearProbe(), candidates, nodes,
        graphs, 2);
    assertEquals(chosen.probe().evaluateRepeated(ProbeRows.of(nodes, graphs), graphs.labels(),
        graphs.numClasses(), graphs.split(), 2), chosen.report());
    assertEquals(chosen.report(), chosen.probe().evaluateRepeated(nodes, graphs, 2));
    // The kinds' features differ by 2 in every column: their means are told apart.
    assertEquals(1.0, chosen.report().testMean());

    int[] kindZero = IntStream.of(graphs.split().train()).filter(g -> g % 2 == 0).toArray();
    GraphDataset oneClass = GraphDataset.ofGraphs(graphs.name(), graphs.graph(), "node", "feat",
        graphs.labels(), 2, new Split(kindZero, graphs.split().val(), graphs.split().test()));
    assertEquals("data set 'two-kinds': every graph of split.train has class 0; the linear probe "
        + "needs train graphs of at least 2 classes", assertThrows(ProbeException.class,
            () -> ProbeSelection.checkDataset(oneClass, List.of(1.0))).getMessage());
    GraphDataset noTest = GraphDataset.ofGraphs(graphs.name(), graphs.graph(), "node", "feat",
        graphs.labels(), 2, new Split(graphs.split().train(), graphs.split().val(), new int[0]));
    assertEquals("data set 'two-kinds': split.test is empty; the linear probe reports test "
        + "accuracy and needs test graphs", assertThrows(ProbeException.class,
            () -> ProbeSelection.checkDataset(noTest, List.of(1.0))).getMessage());
  }
}
