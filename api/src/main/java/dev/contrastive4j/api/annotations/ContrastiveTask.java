package dev.contrastive4j.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a contrastive task that experiments, the command line and Guice can use by
 * {@link #name}. Put it on a public, concrete class that extends one of the runtime's tasks
 * ({@code DeepGraphInfomax}, {@code BarlowTwins}, {@code VicReg}, {@code Triplet}) or their
 * base {@code ContrastiveLossTask}, all in {@code dev.contrastive4j.runtime.tasks}.
 *
 * <p>The class needs one public constructor (or the one marked {@code @Inject}) whose first
 * parameters are those of the base class's constructor, in order:
 * <ul>
 *   <li>{@code DeepGraphInfomax}, {@code ContrastiveLossTask}:
 *       {@code (TaskSettings settings, ParameterStore store, long representationDim)}
 *   <li>{@code BarlowTwins}: those, then {@code (Double lambda, boolean normalizeBatch)}
 *   <li>{@code VicReg}: those, then {@code (double simWeight, double varWeight, double covWeight)}
 *   <li>{@code Triplet}: those, then {@code (double margin, Corruptor positiveView)}
 * </ul>
 * The runtime fills them from the experiment. Any further parameter is either annotated
 * {@link Param} (configured from the experiment, with a default) or injected by Guice.
 *
 * <p>The annotation processor generates, next to the class {@code X}: {@code XSpec} (the task's
 * {@code TaskSpec}, type name {@link #name}, with the values given here as defaults),
 * {@code XFactory} (builds the task from a spec) and {@code XModule} (a Guice module that
 * registers the factory and the referenced corruptor and readout plugins), plus a registry of
 * all plugins of the compilation (found through {@link PluginRegistry}) and the experiment
 * scaffold {@code META-INF/contrastive4j/<name>.json}.
 *
 * <p>Corruptors and readouts are referenced by class ({@link #corruptor()}) or by name
 * ({@link #corruptorName()}), not both; either way the class must be annotated
 * {@link Corruptor} or {@link Readout}, and a name must be one of the same compilation. Leaving
 * both unset keeps the experiment's default for that part, the same as for the built-in task
 * the class extends.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ContrastiveTask {

  /** The value of {@link #seed} that means "the experiment's seed". */
  long EXPERIMENT_SEED = Long.MIN_VALUE;

  /**
   * The task's name: its {@code type} in experiment files and its name on the command line
   * ({@code train --task <name>}). Unique among all tasks, ignoring case, and not a built-in
   * task's name; ASCII letters and digits, '-', '_' and '.', starting with a letter or digit.
   */
  String name();

  /** One line that says what the task does, shown by {@code contrastive4j tasks}. */
  String description() default "";

  /** The node set to read out; empty means the data set's target node set. */
  String nodeSet() default "";

  /** The encoded feature to read out; empty means {@code hidden_state}. */
  String feature() default "";

  /** Units of the dense ReLU projector applied to both views, each positive; empty for none. */
  int[] projectorUnits() default {};

  /** The seed of the task's corruptors; {@link #EXPERIMENT_SEED} means the experiment's seed. */
  long seed() default EXPERIMENT_SEED;

  /**
   * The corruptor that makes the second view (for a triplet task: the negative sample, made from
   * the positive one), a class annotated {@link Corruptor}. The default ({@code Corruptor.class}
   * itself) means unset: features shuffled across their sets (DGI's corruption), or for
   * tasks that extend {@code BarlowTwins} or {@code VicReg} the default augmentation (drop 20 %
   * of the edges, mask 20 % of the feature columns).
   */
  Class<? extends dev.contrastive4j.api.task.Corruptor> corruptor()
      default dev.contrastive4j.api.task.Corruptor.class;

  /**
   * The corruptor of the second view by its {@link Corruptor#name}; empty: as
   * {@link #corruptor()} unset.
   */
  String corruptorName() default "";

  /**
   * The augmentation of the first view, a class annotated {@link Corruptor}. Unset: the clean
   * graph, or for tasks that extend {@code BarlowTwins} or {@code VicReg} the default
   * augmentation (drop 20 % of the edges, mask 20 % of the feature columns).
   */
  Class<? extends dev.contrastive4j.api.task.Corruptor> cleanView()
      default dev.contrastive4j.api.task.Corruptor.class;

  /**
   * The augmentation of the first view by its {@link Corruptor#name}; empty: as
   * {@link #cleanView()} unset.
   */
  String cleanViewName() default "";

  /** The readout, a class annotated {@link Readout}; unset: every node of the node set. */
  Class<? extends dev.contrastive4j.api.task.Readout> readout()
      default dev.contrastive4j.api.task.Readout.class;

  /** The readout by its {@link Readout#name}; empty: as {@link #readout()} unset. */
  String readoutName() default "";

  /**
   * Barlow Twins only: the weight of the off-diagonal terms, at least 0; NaN (the default)
   * means 1 / dim, the width the loss compares (the last projector units, else the encoder's
   * output width).
   */
  double lambda() default Double.NaN;

  /** Barlow Twins only: whether to standardize each dimension over the batch. */
  boolean normalizeBatch() default true;

  /** VICReg only: the weight of the invariance term, at least 0. */
  double simWeight() default 25;

  /** VICReg only: the weight of the variance term, at least 0. */
  double varWeight() default 25;

  /** VICReg only: the weight of the covariance term, at least 0. */
  double covWeight() default 1;

  /** Triplet only: the hinge margin, finite and at least 0. */
  double margin() default 1;

  /**
   * Triplet only: the corruptor that makes the positive sample, a class annotated
   * {@link Corruptor}; unset: the default augmentation (drop edges, mask feature columns).
   */
  Class<? extends dev.contrastive4j.api.task.Corruptor> positiveView()
      default dev.contrastive4j.api.task.Corruptor.class;

  /**
   * Triplet only: the positive view's corruptor by its {@link Corruptor#name}; empty: as
   * {@link #positiveView()} unset.
   */
  String positiveViewName() default "";
}
