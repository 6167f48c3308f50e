package dev.contrastive4j.runtime.inject;

import static dev.contrastive4j.api.experiment.dsl.Experiments.barlowTwins;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dgi;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.firstNode;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.pool;
import static dev.contrastive4j.api.experiment.dsl.Experiments.vicReg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import dev.contrastive4j.runtime.training.TrainingOptions;
import org.junit.jupiter.api.Test;

/**
 * Settings against a data set of many graphs (components), as mini-batch training reads it:
 * those that would not train are refused when the run is built, at their field.
 */
class ManyGraphsSettingsTest {
  private static Experiment batchesOf(int components) {
    return experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .training(t -> t.epochs(1).batchComponents(components)));
  }

  private static String refusal(Experiment experiment, GraphDataset dataset) {
    return RunRefusals.of(BoundDatasets.injector(experiment, dataset), ExperimentRun.class);
  }

  @Test
  void fewerComponentsPerBatchThanTheDataSetHasTrainInMiniBatches() {
    GraphDataset five = SmallGraphs.rings(3, 4, 3, 5, 4);
    assertEquals(4, BoundDatasets.injector(batchesOf(4), five).getInstance(TrainingOptions.class)
        .componentsPerBatch());
  }

  @Test
  void miniBatchesKeepTheStoredOrderWhenAskedTo() {
    GraphDataset five = SmallGraphs.rings(3, 4, 3, 5, 4);
    assertTrue(BoundDatasets.injector(batchesOf(2), five).getInstance(TrainingOptions.class)
        .shuffleComponents());
    Experiment inOrder = experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .training(t -> t.epochs(1).batchComponents(2).shuffleComponents(false)));
    assertFalse(BoundDatasets.injector(inOrder, five).getInstance(TrainingOptions.class)
        .shuffleComponents());
  }

  @Test
  void notShufflingTheWholeGraphInOneStepIsRefusedAsItWouldChangeNothing() {
    // Made in code, as a user may, the experiment is not validated as a file is.
    Experiment whole = Experiment.defaults()
        .withTraining(new TrainingSpec(1, null, null, null, null, 0, false));
    assertEquals("training.shuffle_components: only mini-batches take the components in an "
        + "order, and training.batch_components 0 is the whole graph in one step; leave it at "
        + "true, was false", refusal(whole, SmallGraphs.rings(3, 4, 3, 5, 4)));
  }

  @Test
  void aBatchOfEveryComponentOrMoreIsRefusedAsItWouldChangeNothing() {
    // One batch of all five components is the whole graph in one step, as 0 is: the setting
    // was silently ignored.
    GraphDataset five = SmallGraphs.rings(3, 4, 3, 5, 4);
    String expected = "training.batch_components: data set 'rings' has 5 components "
        + "(graphs), so a mini-batch of 5 or more is the whole graph in one step, as 0 is; "
        + "use fewer than 5, or 0, was ";
    assertEquals(expected + 5, refusal(batchesOf(5), five));
    assertEquals(expected + 32, refusal(batchesOf(32), five));
  }

  @Test
  void aComponentWithoutNodesIsRefusedInMiniBatches() {
    // Mini-batches of such components failed in the middle of an epoch with ND4J's
    // 'Nd4j.gemm() C array should NOT be a view' (or, reading every node,
    // 'tensorAlongDimension(...) can't be used on empty tensors'); as batches take the
    // components in a new order every epoch, any such component could end up in one.
    String expected = "training.batch_components: in mini-batches every component needs a "
        + "node of node set 'node', which the task reads out, but component 1 of data set "
        + "'rings' has none (a mini-batch of such components would train on nothing); leave "
        + "out the components without nodes, or train on the whole graph (0), was ";
    assertEquals(expected + 1, refusal(batchesOf(1), SmallGraphs.rings(3, 0, 4, 3)));
    assertEquals(expected + 2, refusal(batchesOf(2), SmallGraphs.rings(3, 0, 4, 3)));
  }

  @Test
  void theFirstNodeOfAComponentWithoutNodesIsRefusedAtTheReadout() {
    // It failed in the first training step, after config.json was written.
    Experiment firstNode = experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .task(dgi(t -> t.readout(firstNode())))
        .training(t -> t.epochs(1)));
    assertEquals("task.readout: ReadoutFirstNode: component 4 of node set 'node' has no nodes, "
        + "so it has no first node (data set 'rings')",
        refusal(firstNode, SmallGraphs.rings(3, 4, 3, 3, 0, 3)));
  }

  @Test
  void barlowTwinsOrVicRegOnALastMiniBatchOfOneComponentIsRefused() {
    // Five components in steps of two leave one for the last step: standardized over its one
    // row, every value was 0, so that step's loss was a constant and it did not train.
    Experiment pooled = experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .task(barlowTwins(t -> t.readout(pool("mean"))))
        .training(t -> t.epochs(1).batchComponents(2)));
    GraphDataset five = SmallGraphs.rings(3, 4, 3, 5, 4);
    assertEquals("task.readout: the pool readout gives one row per component, so one row in "
        + "each epoch's last step (data set 'rings' has 5 components, and "
        + "training.batch_components = 2 leaves one for it), and Barlow Twins standardizes "
        + "each dimension over the rows (normalize_batch): its loss would be constant and "
        + "nothing would train; set normalize_batch to false; or read every node (all-nodes, "
        + "the default); or choose a batch size that leaves the last step more than one "
        + "component", refusal(pooled, five));
    Experiment vicReg = experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .task(vicReg(t -> t.readout(firstNode())))
        .training(t -> t.epochs(1).batchComponents(2)));
    assertTrue(refusal(vicReg, five).startsWith("task.readout: the first-node readout gives "
        + "one row per component, so one row in each epoch's last step (data set 'rings' has 5 "
        + "components, and training.batch_components = 2 leaves one for it), and VICReg's "
        + "variance and covariance terms"));
    Experiment threes = experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .task(barlowTwins(t -> t.readout(pool("mean"))))
        .training(t -> t.epochs(1).batchComponents(3)));
    // Two components are left for the last step of three.
    assertNotNull(BoundDatasets.injector(threes, five).getInstance(ExperimentRun.class));
  }
}
