package dev.contrastive4j.runtime.inject;

import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.google.inject.AbstractModule;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.TaskLoss;
import dev.contrastive4j.api.task.TaskMetric;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.losses.TapeLosses;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.tasks.BarlowTwins;
import dev.contrastive4j.runtime.tasks.ContrastiveLossTask;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plugin tasks (registered as a generated module registers one) that need several rows per
 * step are refused, at {@code task.readout}, on the steps that would give them fewer, as the
 * built-in Barlow Twins and VICReg are: the refusal reads {@code Task.minRowsPerStep()}.
 */
class PluginTaskRowsTest {
  private static final GraphDataset FIVE = SmallGraphs.rings(3, 4, 3, 5, 4);

  /** A plugin task's spec, as the processor generates one. */
  @JsonTypeName("paired-barlow")
  record PairedSpec(String nodeSet, String feature, List<Integer> projectorUnits, Long seed,
      CorruptorSpec corruptor, CorruptorSpec cleanView, ReadoutSpec readout, int rows,
      String reason, boolean subclass) implements TaskSpec {}

  /**
   * A user's task whose loss composes the Barlow Twins and VICReg losses, as a
   * {@code @ContrastiveTask} on {@code ContrastiveLossTask} may, declaring the rows it needs.
   */
  static final class PairedBarlow extends ContrastiveLossTask {
    private final PairedSpec spec;

    PairedBarlow(TaskSettings settings, ParameterStore store, long dim, PairedSpec spec) {
      super(settings, store, dim);
      this.spec = spec;
    }

    @Override
    public int minRowsPerStep() {
      return spec.rows();
    }

    @Override
    public String minRowsPerStepReason() {
      return spec.reason();
    }

    /** Both views, side by side: {@code [items, 2, dim]}. */
    @Override
    protected Tensor contrast(Tape tape, Tensor clean, Tensor corrupted) {
      return Ops.stack(1, clean, corrupted);
    }

    @Override
    public Map<String, TaskLoss> losses() {
      TaskLoss paired = (labels, predictions) -> pairedLoss(Ops.unstack(predictions.output(), 1));
      return Map.of("paired", paired);
    }

    /** The Barlow Twins loss of the two views plus their VICReg loss. */
    private static Tensor pairedLoss(List<Tensor> views) {
      return Ops.add(TapeLosses.barlowTwins(views.get(0), views.get(1)),
          TapeLosses.vicReg(views.get(0), views.get(1)));
    }

    @Override
    public List<TaskMetric> metrics() {
      return List.of();
    }
  }

  /** A plugin task that extends the built-in Barlow Twins, as {@code @ContrastiveTask} may. */
  static final class BarlowSubclass extends BarlowTwins {
    BarlowSubclass(TaskSettings settings, ParameterStore store, long dim) {
      super(settings, store, dim, null, true);
    }
  }

  /** Registers the task, as a generated module does. */
  static final class PairedModule extends AbstractModule {
    @Override
    protected void configure() {
      ComponentsModule.tasks(binder()).addBinding(PairedSpec.class).toInstance(
          (spec, settings, store, dim, c) -> ((PairedSpec) spec).subclass()
              ? new BarlowSubclass(Tasks.twoViews(settings, c), store, dim)
              : new PairedBarlow(Tasks.twoViews(settings, c), store, dim, (PairedSpec) spec));
    }
  }

  private static Experiment paired(ReadoutSpec readout, int rows, String reason,
      boolean subclass, int batchComponents) {
    return experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .task(new PairedSpec(null, null, List.of(), null, null, null, readout, rows, reason,
            subclass))
        .training(t -> t.epochs(1).batchComponents(batchComponents)));
  }

  private static String refusal(Experiment experiment, GraphDataset dataset) {
    return RunRefusals.of(BoundDatasets.injector(experiment, dataset, new PairedModule()),
        ExperimentRun.class);
  }

  @Test
  void aPluginTaskOnALastMiniBatchOfOneComponentIsRefusedWithItsReason() {
    String reason = "the paired loss standardizes each dimension over the rows, so over one row "
        + "it is constant";
    assertEquals("task.readout: the pool readout gives one row per component, so one row in "
        + "each epoch's last step (data set 'rings' has 5 components, and "
        + "training.batch_components = 2 leaves one for it), and " + reason + "; or read every "
        + "node (all-nodes, the default); or choose a batch size that leaves the last step "
        + "more than one component",
        refusal(paired(new ReadoutSpec.Pool("mean"), 2, reason, false, 2), FIVE));
  }

  @Test
  void aPluginTaskWithoutAReasonIsNamedWithTheRowsItDeclares() {
    assertEquals("task.readout: the first-node readout gives one row per component, so one row "
        + "per step with training.batch_components = 1, and the task 'paired-barlow' ("
        + PairedBarlow.class.getName() + ") needs at least 2 rows per step (its "
        + "minRowsPerStep()); read every node (all-nodes, the default)",
        refusal(paired(new ReadoutSpec.FirstNode(), 2, "", false, 1), FIVE));
  }

  @Test
  void aPluginTaskThatExtendsBarlowTwinsIsRefusedAsBarlowTwinsIs() {
    // The refusal looked at the built-in specs only: this trained on one row per step.
    assertEquals("task.readout: the first-node readout gives one row per component, so one row "
        + "per step on data set 'rings', which is one graph, and Barlow Twins standardizes "
        + "each dimension over the rows (normalize_batch): its loss would be constant and "
        + "nothing would train; set normalize_batch to false; or read every node (all-nodes, "
        + "the default)",
        refusal(paired(new ReadoutSpec.FirstNode(), 1, "", true, 0), SmallGraphs.rings(5)));
  }

  @Test
  void aTaskThatNeedsThreeRowsCountsThem() {
    assertEquals("task.readout: the pool readout gives one row per component, so 2 rows per "
        + "step on data set 'rings', which has 2 components (graphs), and the task "
        + "'paired-barlow' (" + PairedBarlow.class.getName() + ") needs at least 3 rows per "
        + "step (its minRowsPerStep()); read every node (all-nodes, the default)",
        refusal(paired(new ReadoutSpec.Pool("mean"), 3, "", false, 0),
            SmallGraphs.rings(3, 4)));
    // Five components in steps of three leave two for the last one.
    assertEquals("task.readout: the pool readout gives one row per component, so 2 rows in "
        + "each epoch's last step (data set 'rings' has 5 components, and "
        + "training.batch_components = 3 leaves 2 for it), and the task 'paired-barlow' ("
        + PairedBarlow.class.getName() + ") needs at least 3 rows per step (its "
        + "minRowsPerStep()); read every node (all-nodes, the default); or choose a batch "
        + "size that leaves the last step at least 3 components",
        refusal(paired(new ReadoutSpec.Pool("mean"), 3, "", false, 3), FIVE));
  }

  @Test
  void aTaskThatNeedsThreeRowsCountsTheNodesOfEveryNode() {
    // Two graphs of one node each may meet in a step of two: 2 rows.
    assertEquals("task.readout: the all-nodes readout gives one row per node of node set "
        + "'node', so 2 rows in a step that draws components 0 and 2 of data set 'rings' (2 "
        + "nodes of the set in all) with training.batch_components = 2, and the task "
        + "'paired-barlow' (" + PairedBarlow.class.getName() + ") needs at least 3 rows per "
        + "step (its minRowsPerStep()); train on more components per step "
        + "(training.batch_components), or on the whole graph (0)",
        refusal(paired(new ReadoutSpec.AllNodes(), 3, "", false, 2),
            SmallGraphs.rings(1, 4, 1, 3, 5, 4)));
  }

  @Test
  void stepsOfEnoughRowsTrain() {
    // Two components are left for the last step of three; every node is many rows.
    assertNotNull(BoundDatasets.injector(paired(new ReadoutSpec.Pool("mean"), 2, "", false, 3),
        FIVE, new PairedModule()).getInstance(ExperimentRun.class));
    assertNotNull(BoundDatasets.injector(paired(new ReadoutSpec.AllNodes(), 2, "", false, 1),
        FIVE, new PairedModule()).getInstance(ExperimentRun.class));
  }
}
