package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One experiment, fully resolved: what data, which encoder, which task (with its corruptor,
 * readout and projector), how to train, how to evaluate and where to write. The command line,
 * JSON/YAML files and the Java DSL all produce this model; a run writes it as
 * {@code config.json}. Immutable; missing (null) parts take their defaults.
 *
 * @param seed the seed of everything random in the run (initialization, corruption, dropout;
 *     default {@value #DEFAULT_SEED})
 * @param dataset what data to train on (default: the built-in CSBM graph)
 * @param encoder the encoder being trained (default: DGI's one-layer GCN of 512 units)
 * @param task the self-supervised task (default: Deep Graph Infomax)
 * @param training how long and how fast to train (default {@link TrainingSpec#DEFAULT}); unset
 *     epochs and patience are the task's ({@link TaskSpec#defaultTraining()}), as
 *     {@link #training()} gives them
 * @param evaluation how the frozen embeddings are evaluated (default
 *     {@link EvaluationSpec#DEFAULT})
 * @param output where the run writes its directory (default {@link OutputSpec#DEFAULT})
 * @param fromBindings the parts of a run that Guice bindings supplied in code in place of the
 *     ones this experiment describes, by bound type ({@code Encoder}, {@code Task},
 *     {@code Optimizer}, ...): the specs of those parts were not used. A run records them (JSON
 *     {@code from_bindings}, written only when there are some); such a run can be rebuilt only
 *     in code, with the same bindings. The data set has its own mark,
 *     {@link DatasetSpec#fromBinding()}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"seed", "dataset", "encoder", "task", "training", "evaluation", "output",
    "from_bindings"})
public record Experiment(
    @Nullable Long seed,
    @Nullable DatasetSpec dataset,
    @Nullable EncoderSpec encoder,
    @Nullable TaskSpec task,
    @Nullable TrainingSpec training,
    @Nullable EvaluationSpec evaluation,
    @Nullable OutputSpec output,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<String> fromBindings) {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 0;

  /**
   * The parts of a run a binding can supply instead of their specs, as {@link #fromBindings()}
   * names them (the simple names of the types the runtime binds), in the order of a run.
   */
  public static final List<String> BINDABLE_PARTS = List.of("ParameterStore", "Encoder", "Task",
      "TrainingOptions", "Optimizer", "Trainer", "LinearProbe");

  /** Puts the default in for every null part. */
  public Experiment {
    seed = seed == null ? DEFAULT_SEED : seed;
    dataset = dataset == null ? DatasetSpec.DEFAULT : dataset;
    encoder = encoder == null ? EncoderSpec.GcnSpec.DGI : encoder;
    task = task == null ? TaskSpec.DgiSpec.DEFAULT : task;
    training = training == null ? TrainingSpec.DEFAULT : training;
    evaluation = evaluation == null ? EvaluationSpec.DEFAULT : evaluation;
    output = output == null ? OutputSpec.DEFAULT : output;
    fromBindings = fromBindings == null ? List.of() : List.copyOf(fromBindings);
  }

  /** An experiment whose every part is the one it describes (none from bindings). */
  public Experiment(@Nullable Long seed, @Nullable DatasetSpec dataset,
      @Nullable EncoderSpec encoder, @Nullable TaskSpec task, @Nullable TrainingSpec training,
      @Nullable EvaluationSpec evaluation, @Nullable OutputSpec output) {
    this(seed, dataset, encoder, task, training, evaluation, output, null);
  }

  /** Every default: Deep Graph Infomax with the paper's GCN on the built-in CSBM graph. */
  public static Experiment defaults() {
    return new Experiment(null, null, null, null, null, null, null);
  }

  /** The seed; never null. */
  @Override
  public Long seed() {
    return seed;
  }

  /** The data set; never null. */
  @Override
  public DatasetSpec dataset() {
    return dataset;
  }

  /** The encoder; never null. */
  @Override
  public EncoderSpec encoder() {
    return encoder;
  }

  /** The task; never null. */
  @Override
  public TaskSpec task() {
    return task;
  }

  /**
   * The training settings, with the task's epochs and patience where they are unset
   * ({@link TrainingSpec#resolvedFor}); never null. The experiment keeps them unset, so that
   * {@link #withTask} brings the new task's defaults.
   */
  @Override
  public TrainingSpec training() {
    return training.resolvedFor(task);
  }

  /** The evaluation settings; never null. */
  @Override
  public EvaluationSpec evaluation() {
    return evaluation;
  }

  /** The output settings; never null. */
  @Override
  public OutputSpec output() {
    return output;
  }

  /** This experiment with another seed. */
  public Experiment withSeed(long value) {
    return new Experiment(value, dataset, encoder, task, training, evaluation,
        output, fromBindings);
  }

  /** This experiment with another data set. */
  public Experiment withDataset(DatasetSpec value) {
    return new Experiment(seed, value, encoder, task, training, evaluation, output, fromBindings);
  }

  /** This experiment with another encoder. */
  public Experiment withEncoder(EncoderSpec value) {
    return new Experiment(seed, dataset, value, task, training, evaluation, output, fromBindings);
  }

  /** This experiment with another task. */
  public Experiment withTask(TaskSpec value) {
    return new Experiment(seed, dataset, encoder, value, training, evaluation,
        output, fromBindings);
  }

  /** This experiment with other training settings. */
  public Experiment withTraining(TrainingSpec value) {
    return new Experiment(seed, dataset, encoder, task, value, evaluation, output, fromBindings);
  }

  /** This experiment with other evaluation settings. */
  public Experiment withEvaluation(EvaluationSpec value) {
    return new Experiment(seed, dataset, encoder, task, training, value, output, fromBindings);
  }

  /** The parts that bindings supplied instead (unmodifiable); never null. */
  @Override
  public List<String> fromBindings() {
    return fromBindings;
  }

  /** This experiment with other parts supplied by bindings ({@link #fromBindings()}). */
  public Experiment withFromBindings(List<String> value) {
    return new Experiment(seed, dataset, encoder, task, training, evaluation, output, value);
  }

  /** This experiment with other output settings. */
  public Experiment withOutput(OutputSpec value) {
    return new Experiment(seed, dataset, encoder, task, training, evaluation, value, fromBindings);
  }

  /**
   * Whether {@code o} is an experiment with the same parts, comparing the training settings as
   * {@link #training()} gives them: epochs left to the task equal the task's written out, as
   * when a run's {@code config.json} is read back.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Experiment e && seed.equals(e.seed) && dataset.equals(e.dataset)
        && encoder.equals(e.encoder) && task.equals(e.task) && training().equals(e.training())
        && evaluation.equals(e.evaluation) && output.equals(e.output)
        && fromBindings.equals(e.fromBindings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, dataset, encoder, task, training(), evaluation, output,
        fromBindings);
  }

  /** The parts as a record prints them, the training settings as {@link #training()} gives. */
  @Override
  public String toString() {
    return "Experiment[seed=" + seed + ", dataset=" + dataset + ", encoder=" + encoder
        + ", task=" + task + ", training=" + training() + ", evaluation=" + evaluation
        + ", output=" + output + ", fromBindings=" + fromBindings + "]";
  }
}
