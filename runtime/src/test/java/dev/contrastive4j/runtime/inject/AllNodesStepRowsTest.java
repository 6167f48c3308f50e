package dev.contrastive4j.runtime.inject;

import static dev.contrastive4j.api.experiment.dsl.Experiments.allNodes;
import static dev.contrastive4j.api.experiment.dsl.Experiments.barlowTwins;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.vicReg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import org.junit.jupiter.api.Test;

/**
 * Reading every node ({@code all-nodes}, the default readout) gives a step one row per node of
 * the node set: Barlow Twins and VICReg, which need 2, are refused at {@code task.readout} on a
 * graph of one node and on mini-batches that may draw too few nodes, as they are with a readout
 * of one row per component. Each of these runs was built and trained on one row without a word.
 */
class AllNodesStepRowsTest {
  private static final String BARLOW = "Barlow Twins standardizes each dimension over the rows "
      + "(normalize_batch): its loss would be constant and nothing would train; set "
      + "normalize_batch to false";
  private static final String MORE_PER_STEP = "; or train on more components per step "
      + "(training.batch_components), or on the whole graph (0)";
  private static final String LARGER_LAST_STEP = "; or choose a batch size that leaves the last "
      + "step more than one component";
  /** Five graphs, the second of a single node. */
  private static final GraphDataset ONE_NODE_SECOND = SmallGraphs.rings(3, 1, 4, 3, 5);

  private static Experiment barlow(int batchComponents, boolean shuffle) {
    return experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .task(barlowTwins())
        .training(t -> t.epochs(1).batchComponents(batchComponents).shuffleComponents(shuffle)));
  }

  private static String refusal(Experiment experiment, GraphDataset dataset) {
    return RunRefusals.of(BoundDatasets.injector(experiment, dataset), ExperimentRun.class);
  }

  private static void builds(Experiment experiment, GraphDataset dataset) {
    assertNotNull(BoundDatasets.injector(experiment, dataset).getInstance(ExperimentRun.class));
  }

  @Test
  void aGraphOfOneNodeIsRefusedWhetherAllNodesIsNamedOrTheDefault() {
    String expected = "task.readout: the all-nodes readout gives one row per node of node set "
        + "'node', so one row per step on data set 'rings', which has one such node, and "
        + BARLOW;
    assertEquals(expected, refusal(barlow(0, true), SmallGraphs.rings(1)));
    Experiment named = experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .task(barlowTwins(t -> t.readout(allNodes()))).training(t -> t.epochs(1)));
    assertEquals(expected, refusal(named, SmallGraphs.rings(1)));
  }

  @Test
  void theWholeGraphCountsItsNodesBesideAComponentWithoutAny() {
    // Components without nodes are refused in mini-batches only; the whole graph has one node.
    assertEquals("task.readout: the all-nodes readout gives one row per node of node set "
        + "'node', so one row per step on data set 'rings', which has one such node, and "
        + BARLOW, refusal(barlow(0, true), SmallGraphs.rings(1, 0)));
  }

  @Test
  void aShuffledStepThatMayDrawAGraphOfOneNodeIsRefused() {
    assertEquals("task.readout: the all-nodes readout gives one row per node of node set "
        + "'node', so one row in a step that draws component 1 of data set 'rings' (one node of "
        + "the set) with training.batch_components = 1, and " + BARLOW + MORE_PER_STEP,
        refusal(barlow(1, true), ONE_NODE_SECOND));
  }

  @Test
  void aShuffledLastStepThatMayDrawAGraphOfOneNodeIsRefused() {
    // Steps of two always hold at least 4 nodes; the fifth graph, alone in the last step, may
    // be the one of a single node.
    assertEquals("task.readout: the all-nodes readout gives one row per node of node set "
        + "'node', so one row in an epoch's last step when it draws component 1 of data set "
        + "'rings' (one node of the set), as training.batch_components = 2 leaves one of the 5 "
        + "components for it, and " + BARLOW + LARGER_LAST_STEP,
        refusal(barlow(2, true), ONE_NODE_SECOND));
  }

  @Test
  void inTheDataSetsOrderTheStepsThemselvesAreCounted() {
    assertEquals("task.readout: the all-nodes readout gives one row per node of node set "
        + "'node', so one row in step 2 of each epoch, which takes component 1 of data set "
        + "'rings' (one node of the set) with training.batch_components = 1 in the data set's "
        + "order (training.shuffle_components false), and " + BARLOW + MORE_PER_STEP,
        refusal(barlow(1, false), ONE_NODE_SECOND));
    assertEquals("task.readout: the all-nodes readout gives one row per node of node set "
        + "'node', so one row in each epoch's last step, which takes component 4 of data set "
        + "'rings' (one node of the set), as training.batch_components = 2 in the data set's "
        + "order (training.shuffle_components false) leaves one of the 5 components for it, "
        + "and " + BARLOW + LARGER_LAST_STEP,
        refusal(barlow(2, false), SmallGraphs.rings(3, 4, 3, 5, 1)));
    // In order, the graph of one node shares its step with the first.
    builds(barlow(2, false), ONE_NODE_SECOND);
  }

  @Test
  void vicRegIsRefusedWithItsReasonUnlessOnlyItsInvarianceTermIsOn() {
    Experiment vicReg = experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .task(vicReg()).training(t -> t.epochs(1).batchComponents(1)));
    assertEquals("task.readout: the all-nodes readout gives one row per node of node set "
        + "'node', so one row in a step that draws component 1 of data set 'rings' (one node of "
        + "the set) with training.batch_components = 1, and VICReg's variance and covariance "
        + "terms (var_weight, cov_weight) are taken over the rows: over one row they are "
        + "constant, and only the invariance term would train, towards collapse; set "
        + "var_weight and cov_weight to 0 for the invariance term alone" + MORE_PER_STEP,
        refusal(vicReg, ONE_NODE_SECOND));
    Experiment invariance = vicReg.withTask(new TaskSpec.VicRegSpec(null, null, null, null, null,
        null, null, null, 0.0, 0.0));
    builds(invariance, ONE_NODE_SECOND);
  }

  @Test
  void stepsOfEnoughNodesTrain() {
    builds(barlow(0, true), ONE_NODE_SECOND);
    builds(barlow(1, true), SmallGraphs.rings(3, 2, 4, 3, 5));
    builds(barlow(3, true), ONE_NODE_SECOND);
  }
}
