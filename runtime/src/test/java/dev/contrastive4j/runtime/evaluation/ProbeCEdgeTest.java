package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.evaluation.ProbeCEdge.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** When the probe's chosen C is the smallest or the largest of its candidates, and when not. */
class ProbeCEdgeTest {
  private static final GraphDataset DATA = CsbmGenerator.generate(CsbmConfig.defaults()
      .withNumNodes(400).withNumClasses(3).withFeatures(40, 0.1, 0.4).withSeed(11));
  private static final INDArray FEATURES = DATA.graph().nodeSet(DATA.targetNodeSet())
      .feature(DATA.featureName()).toDense();
  private static final double[] GRID = {0.01, 0.1, 1.0, 3.0};

  /** Candidates {@code c} with the validation accuracies {@code val}, in order. */
  private static List<CandidateAccuracy> compared(double[] c, double[] val) {
    List<CandidateAccuracy> list = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      list.add(new CandidateAccuracy(c[i], val[i]));
    }
    return list;
  }

  @Test
  void theLargestCandidateStrictlyBestIsAtTheLargestEdge() {
    Optional<ProbeCEdge> edge = ProbeCEdge.of(compared(GRID, new double[] {0.5, 0.6, 0.7, 0.8}),
        3.0);
    assertEquals(Optional.of(new ProbeCEdge(Side.LARGEST, 3.0, List.of(0.01, 0.1, 1.0, 3.0),
        List.of())), edge);
    assertFalse(edge.orElseThrow().tied());
  }

  @Test
  void theSmallestCandidateStrictlyBestIsAtTheSmallestEdge() {
    assertEquals(Optional.of(new ProbeCEdge(Side.SMALLEST, 0.01, List.of(0.01, 0.1, 1.0, 3.0),
        List.of())), ProbeCEdge.of(compared(GRID, new double[] {0.8, 0.7, 0.6, 0.5}), 0.01));
  }

  @Test
  void aCandidateBetweenOthersIsNoEdge() {
    assertEquals(Optional.empty(),
        ProbeCEdge.of(compared(GRID, new double[] {0.5, 0.8, 0.7, 0.6}), 0.1));
    // Listed first or last, but neither the smallest nor the largest value.
    double[] unsorted = {1.0, 0.01, 3.0, 0.1};
    assertEquals(Optional.empty(),
        ProbeCEdge.of(compared(unsorted, new double[] {0.8, 0.7, 0.6, 0.5}), 1.0));
    assertEquals(Side.LARGEST, ProbeCEdge.of(compared(unsorted,
        new double[] {0.5, 0.6, 0.8, 0.7}), 3.0).orElseThrow().side(), "by value, not place");
  }

  @Test
  void oneCandidateOrOneValueChoosesNothingSoHasNoEdge() {
    assertEquals(Optional.empty(), ProbeCEdge.of(List.of(), 1.0));
    assertEquals(Optional.empty(),
        ProbeCEdge.of(List.of(new CandidateAccuracy(1.0, 0.7)), 1.0));
    assertEquals(Optional.empty(), ProbeCEdge.of(compared(new double[] {1.0, 1.0},
        new double[] {0.7, 0.7}), 1.0));
  }

  @Test
  void theFirstOfTiedCandidatesAtAnEdgeSaysWhichItTiedWith() {
    // From strong to weak regularization, the smallest wins a tie by being listed first.
    ProbeCEdge tied = ProbeCEdge.of(compared(GRID, new double[] {0.7, 0.7, 0.7, 0.6}), 0.01)
        .orElseThrow();
    assertEquals(Side.SMALLEST, tied.side());
    assertEquals(List.of(0.1, 1.0), tied.tiedWith());
    assertTrue(tied.tied());
    // Listed the other way round, the largest does.
    double[] descending = {3.0, 1.0, 0.1, 0.01};
    ProbeCEdge largest = ProbeCEdge.of(compared(descending, new double[] {0.7, 0.7, 0.5, 0.5}),
        3.0).orElseThrow();
    assertEquals(new ProbeCEdge(Side.LARGEST, 3.0, List.of(3.0, 1.0, 0.1, 0.01), List.of(1.0)),
        largest);
    // A repeated value of the chosen C is not another candidate it tied with.
    assertEquals(List.of(), ProbeCEdge.of(compared(new double[] {1.0, 1.0, 3.0},
        new double[] {0.7, 0.7, 0.6}), 1.0).orElseThrow().tiedWith());
  }

  @Test
  void aChosenCThatWasNotComparedIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ProbeCEdge.of(compared(GRID, new double[] {0.5, 0.6, 0.7, 0.8}), 30.0));
  }

  @Test
  void theChosenProbeOfASelectionRecordsEveryCandidateAndFindsItsEdge() {
    List<Double> candidates = List.of(0.001, 0.1, 10.0);
    ChosenProbe chosen = ProbeSelection.chooseCAndEvaluate(new LinearProbe(), candidates,
        FEATURES, DATA, 1);
    List<CandidateAccuracy> expected = new ArrayList<>();
    for (double c : candidates) {
      expected.add(new CandidateAccuracy(c, new LinearProbe(LinearProbeConfig.builder().c(c)
          .build()).evaluate(FEATURES, DATA).valAccuracy()));
    }
    assertEquals(expected, chosen.compared());
    assertEquals(ProbeCEdge.of(expected, chosen.probe().config().c()), chosen.cAtEdge());

    // Of two candidates the chosen one is always at an edge.
    ChosenProbe ofTwo = ProbeSelection.chooseCAndEvaluate(new LinearProbe(), List.of(0.1, 10.0),
        FEATURES, DATA, 1);
    assertEquals(ofTwo.probe().config().c() == 0.1 ? Side.SMALLEST : Side.LARGEST,
        ofTwo.cAtEdge().orElseThrow().side());
  }

  @Test
  void aProbeWithNothingChosenHasNoEdge() {
    ChosenProbe fixed = ProbeSelection.chooseCAndEvaluate(new LinearProbe(), List.of(3.0),
        FEATURES, DATA, 1);
    assertEquals(List.of(), fixed.compared());
    assertEquals(Optional.empty(), fixed.cAtEdge());
    ChosenProbe paper = ProbeProtocol.DGI_PAPER.evaluate(new LinearProbe(), List.of(), FEATURES,
        DATA, 1);
    assertEquals(List.of(), paper.compared());
    assertEquals(Optional.empty(), paper.cAtEdge());
  }
}
