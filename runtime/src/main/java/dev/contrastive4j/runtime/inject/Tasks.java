package dev.contrastive4j.runtime.inject;

import com.google.inject.Provider;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.layers.DgiDiscriminator;
import dev.contrastive4j.runtime.tasks.BarlowTwins;
import dev.contrastive4j.runtime.tasks.DeepGraphInfomax;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tasks.Triplet;
import dev.contrastive4j.runtime.tasks.VicReg;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import jakarta.inject.Inject;
import java.util.Map;

/** Turns task specs into tasks: resolves the common parameters, then asks the task's factory. */
public final class Tasks {
  // Providers, so that only the factory of the task a run uses is made (see DeferredFactory).
  private final Map<Class<? extends TaskSpec>, Provider<TaskFactory>> factories;
  private final Corruptors corruptors;
  private final Readouts readouts;

  /** Tasks made by {@code factories}, with their corruptors and readouts made by the other two. */
  @Inject
  public Tasks(Map<Class<? extends TaskSpec>, Provider<TaskFactory>> factories,
      Corruptors corruptors, Readouts readouts) {
    this.factories = factories;
    this.corruptors = corruptors;
    this.readouts = readouts;
  }

  /** The built-in factories, by spec class. */
  static Map<Class<? extends TaskSpec>, Provider<TaskFactory>> builtIn() {
    return DeferredFactory.<Class<? extends TaskSpec>, TaskFactory>ready(Map.of(
        TaskSpec.DgiSpec.class, (spec, settings, store, dim, c) ->
            new DeepGraphInfomax(settings, store, dim, Enums.parse(DgiDiscriminator.class,
                ((TaskSpec.DgiSpec) spec).discriminator(), "task.discriminator")),
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
        }));
  }

  /**
   * The settings of a two-view method (Barlow Twins, VICReg): both views augmented by
   * {@link CorruptorSpec#DEFAULT_AUGMENTATION} unless configured. Generated task factories use
   * it too.
   */
  public static TaskSettings twoViews(TaskSettings settings, Corruptors c) {
    TaskSettings s = settings;
    if (s.corruptor() == null) {
      s = s.withCorruptor(
          c.create(CorruptorSpec.DEFAULT_AUGMENTATION, s.seed() + 1, "task.corruptor"));
    }
    if (s.cleanViewAugmentation() == null) {
      s = s.withCleanViewAugmentation(
          c.create(CorruptorSpec.DEFAULT_AUGMENTATION, s.seed() + 2, "task.clean_view"));
    }
    return s;
  }

  /**
   * The triplet task's positive-view corruptor: {@code spec}, or {@link
   * CorruptorSpec#DEFAULT_AUGMENTATION} when null. Generated task factories use it too.
   */
  public static Corruptor positiveView(CorruptorSpec spec, TaskSettings settings, Corruptors c) {
    return c.create(spec != null ? spec : CorruptorSpec.DEFAULT_AUGMENTATION, settings.seed() + 3,
        "task.positive_view");
  }

  /**
   * A corruptor that cannot corrupt the data set (dropout of an integer feature, say) fails
   * here, at its field, rather than in the first training step after the run directory is
   * written: a copy made from the same spec corrupts the graph once. The copy's calls are its
   * own, so the task's corruptor draws the same views as without the check. Each step of a
   * composition is tried on its own first, so that a refusal names the step at fault
   * ({@code task.corruptor.steps[1]}).
   *
   * @throws ConfigException naming {@code path}, or a step in it, with the corruptor's own
   *     message
   */
  private void requireApplicable(CorruptorSpec spec, long seed, String path,
      GraphDataset dataset) {
    if (spec == null) {
      return;
    }
    if (spec instanceof CorruptorSpec.Compose compose) {
      for (int i = 0; i < compose.steps().size(); i++) {
        requireApplicable(compose.steps().get(i), Corruptors.stepSeed(seed, i),
            Corruptors.stepPath(path, i), dataset);
      }
    }
    try {
      corruptors.create(spec, seed, path).corrupt(dataset.graph());
    } catch (ConfigException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, e.getMessage() + " (data set '" + dataset.name() + "')");
    }
  }

  /**
   * A readout that cannot read the data set (the first node of a component without nodes) fails
   * here, at {@code task.readout}, rather than in the first training step after the run
   * directory is written, and in mini-batches naming the component by its place in the batch.
   *
   * @throws ConfigException with the readout's own message
   */
  private static void requireReadable(Readout readout, String nodeSet, GraphDataset dataset) {
    try {
      readout.count(dataset.graph(), nodeSet);
    } catch (InvalidGraphException e) {
      throw new ConfigException("task.readout", e.getMessage() + " (data set '"
          + dataset.name() + "')");
    }
  }

  /** The node set {@code spec} reads out: its own, or else the data set's target node set. */
  static String nodeSet(TaskSpec spec, GraphDataset dataset) {
    return spec.nodeSet() != null ? spec.nodeSet() : dataset.targetNodeSet();
  }

  /**
   * The task for {@code spec} on {@code dataset}.
   *
   * @throws ConfigException naming the field at fault
   */
  public Task create(TaskSpec spec, GraphDataset dataset, ParameterStore store,
      long representationDim, long experimentSeed) {
    // Without its factory nothing else about the task matters: say so first.
    Provider<TaskFactory> factory = factories.get(spec.getClass());
    if (factory == null) {
      throw UnregisteredSpec.at("task.type", "task", spec);
    }
    String nodeSet = nodeSet(spec, dataset);
    if (!dataset.graph().nodeSets().containsKey(nodeSet)) {
      throw new ConfigException("task.node_set", "node set '" + nodeSet + "' is not in data set '"
          + dataset.name() + "'; it has " + dataset.graph().nodeSets().keySet());
    }
    if (dataset.graph().nodeSet(nodeSet).totalSize() == 0) {
      throw new ConfigException("task.node_set", "node set '" + nodeSet + "' of data set '"
          + dataset.name() + "' has no nodes, so there is nothing to read out");
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
    requireApplicable(spec.corruptor(), seed + 1, "task.corruptor", dataset);
    requireApplicable(spec.cleanView(), seed + 2, "task.clean_view", dataset);
    if (spec instanceof TaskSpec.TripletSpec triplet) {
      requireApplicable(triplet.positiveView(), seed + 3, "task.positive_view", dataset);
    }
    Readout readout = readouts.create(spec.readout(), "task.readout");
    requireReadable(readout, nodeSet, dataset);
    TaskSettings settings = new TaskSettings(nodeSet, spec.feature(), corruptor, cleanView,
        readout, spec.projectorUnits(), seed);
    return factory.get().create(spec, settings, store, representationDim, corruptors);
  }
}
