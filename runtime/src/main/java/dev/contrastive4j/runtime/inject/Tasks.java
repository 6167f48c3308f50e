package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.tasks.BarlowTwins;
import dev.contrastive4j.runtime.tasks.DeepGraphInfomax;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tasks.Triplet;
import dev.contrastive4j.runtime.tasks.VicReg;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Turns task specs into tasks: resolves the common parameters, then asks the task's factory. */
public final class Tasks {
  /**
   * The views two-view methods use when none are configured (Graph Barlow Twins): drop 20 % of
   * the edges and mask 20 % of the feature columns, drawn afresh for each view.
   */
  public static final CorruptorSpec DEFAULT_AUGMENTATION = new CorruptorSpec.Compose(List.of(
      new CorruptorSpec.DropEdges(0.2, null), new CorruptorSpec.MaskFeatureColumns(0.2, null)));

  private final Map<Class<? extends TaskSpec>, TaskFactory> factories;
  private final Corruptors corruptors;
  private final Readouts readouts;

  /** Tasks made by {@code factories}, with their corruptors and readouts made by the other two. */
  @Inject
  public Tasks(Map<Class<? extends TaskSpec>, TaskFactory> factories, Corruptors corruptors,
      Readouts readouts) {
    this.factories = factories;
    this.corruptors = corruptors;
    this.readouts = readouts;
  }

  /** The built-in factories, by spec class. */
  static Map<Class<? extends TaskSpec>, TaskFactory> builtIn() {
    return Map.of(
        TaskSpec.DgiSpec.class, (spec, settings, store, dim, c) ->
            new DeepGraphInfomax(settings, store, dim),
        TaskSpec.BarlowTwinsSpec.class, (spec, settings, store, dim, c) -> {
          var bt = (TaskSpec.BarlowTwinsSpec) spec;
          return new BarlowTwins(twoViews(settings, c), store, dim, bt.lambda(),
              bt.normalizeBatch());
        },
        TaskSpec.VicRegSpec.class, (spec, settings, store, dim, c) -> {
          var v = (TaskSpec.VicRegSpec) spec;
          return new VicReg(twoViews(settings, c), store, dim, v.simWeight(), v.varWeight(),
              v.covWeight());
        },
        TaskSpec.TripletSpec.class, (spec, settings, store, dim, c) -> {
          var t = (TaskSpec.TripletSpec) spec;
          return new Triplet(settings, store, dim, t.margin(),
              positiveView(t.positiveView(), settings, c));
        });
  }

  /**
   * The settings of a two-view method (Barlow Twins, VICReg): both views augmented by
   * {@link #DEFAULT_AUGMENTATION} unless configured. Generated task factories use it too.
   */
  public static TaskSettings twoViews(TaskSettings settings, Corruptors c) {
    TaskSettings s = settings;
    if (s.corruptor() == null) {
      s = s.withCorruptor(c.create(DEFAULT_AUGMENTATION, s.seed() + 1, "task.corruptor"));
    }
    if (s.cleanViewAugmentation() == null) {
      s = s.withCleanViewAugmentation(
          c.create(DEFAULT_AUGMENTATION, s.seed() + 2, "task.clean_view"));
    }
    return s;
  }

  /**
   * The triplet task's positive-view corruptor: {@code spec}, or {@link #DEFAULT_AUGMENTATION}
   * when null. Generated task factories use it too.
   */
  public static Corruptor positiveView(CorruptorSpec spec, TaskSettings settings, Corruptors c) {
    return c.create(spec != null ? spec : DEFAULT_AUGMENTATION, settings.seed() + 3,
        "task.positive_view");
  }

  /**
   * The task for {@code spec} on {@code dataset}.
   *
   * @throws ConfigException naming the field at fault
   */
  public Task create(TaskSpec spec, GraphDataset dataset, ParameterStore store,
      long representationDim, long experimentSeed) {
    String nodeSet = spec.nodeSet() != null ? spec.nodeSet() : dataset.targetNodeSet();
    if (!dataset.graph().nodeSets().containsKey(nodeSet)) {
      throw new ConfigException("task.node_set", "node set '" + nodeSet + "' is not in data set '"
          + dataset.name() + "'; it has " + dataset.graph().nodeSets().keySet());
    }
    for (int i = 0; i < spec.projectorUnits().size(); i++) {
      if (spec.projectorUnits().get(i) <= 0) {
        throw new ConfigException("task.projector_units[" + i + "]", "must be positive, was "
            + spec.projectorUnits().get(i));
      }
    }
    long seed = spec.seed() != null ? spec.seed() : experimentSeed;
    Corruptor corruptor = spec.corruptor() == null ? null
        : corruptors.create(spec.corruptor(), seed + 1, "task.corruptor");
    Corruptor cleanView = spec.cleanView() == null ? null
        : corruptors.create(spec.cleanView(), seed + 2, "task.clean_view");
    TaskSettings settings = new TaskSettings(nodeSet, spec.feature(), corruptor, cleanView,
        readouts.create(spec.readout(), "task.readout"), spec.projectorUnits(), seed);
    TaskFactory factory = factories.get(spec.getClass());
    if (factory == null) {
      throw new ConfigException("task.type", "no task is registered for "
          + spec.getClass().getName());
    }
    return factory.create(spec, settings, store, representationDim, corruptors);
  }
}
