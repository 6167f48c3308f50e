package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.SpecTypeNames;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;

/**
 * Configures a whole {@link Experiment} inside {@link Experiments#experiment}. Every part starts
 * at its default; the blocks ({@code training { ... }}) start from the part's current settings,
 * so several blocks for the same part add up.
 */
public final class ExperimentBuilder extends BlockBuilder {
  private long seed = Experiment.DEFAULT_SEED;
  private DatasetSpec dataset = DatasetSpec.DEFAULT;
  private EncoderSpec encoder = EncoderSpec.GcnSpec.DGI;
  private TaskSpec task = TaskSpec.DgiSpec.DEFAULT;
  private TrainingSpec training = TrainingSpec.DEFAULT;
  private EvaluationSpec evaluation = EvaluationSpec.DEFAULT;
  private OutputSpec output = OutputSpec.DEFAULT;

  ExperimentBuilder() {}

  Experiment build() {
    return new Experiment(seed, dataset, encoder, task, training, evaluation, output);
  }

  /** The seed of everything random in the run (default 0). */
  public long getSeed() {
    return seed;
  }

  /** Sets the seed of everything random in the run. */
  public void setSeed(long value) {
    checkOpen();
    seed = value;
  }

  /** Sets the seed of everything random in the run. */
  public ExperimentBuilder seed(long value) {
    setSeed(value);
    return this;
  }

  /** The data set (default: the built-in CSBM graph). */
  public DatasetSpec getDataset() {
    return dataset;
  }

  /** Sets the data set. */
  public void setDataset(DatasetSpec value) {
    dataset = set("dataset", value);
  }

  /** Sets the data set. */
  public ExperimentBuilder dataset(DatasetSpec value) {
    setDataset(value);
    return this;
  }

  /** Configures the data set, starting from the current one. */
  public ExperimentBuilder dataset(Block<DatasetBuilder> block) {
    setDataset(BlockBuilder.run(new DatasetBuilder(dataset), block).build());
    return this;
  }

  /** The encoder (default: DGI's GCN, one layer of 512 units with PReLU). */
  public EncoderSpec getEncoder() {
    return encoder;
  }

  /** Sets the encoder, for example {@code gcn { ... }} or {@code sage { ... }}. */
  public void setEncoder(EncoderSpec value) {
    encoder = set("encoder", value);
  }

  /** Sets the encoder, for example {@code gcn(g -> ...)} or {@code sage(s -> ...)}. */
  public ExperimentBuilder encoder(EncoderSpec value) {
    setEncoder(value);
    return this;
  }

  /**
   * Configures the GCN encoder (the default kind), starting from its current settings.
   *
   * @throws IllegalStateException if the encoder is of another kind, whose settings this block
   *     would throw away: configure that one where it is made ({@code sage { ... }})
   */
  public ExperimentBuilder encoder(Block<GcnBuilder> block) {
    if (!(encoder instanceof EncoderSpec.GcnSpec start)) {
      throw otherKind("encoder", "a GCN encoder", SpecTypeNames.of(encoder), "gcn");
    }
    setEncoder(BlockBuilder.run(new GcnBuilder(start), block).build());
    return this;
  }

  /** The task (default: Deep Graph Infomax). */
  public TaskSpec getTask() {
    return task;
  }

  /** Sets the task, for example {@code dgi { ... }} or {@code barlowTwins { ... }}. */
  public void setTask(TaskSpec value) {
    task = set("task", value);
  }

  /** Sets the task, for example {@code dgi(t -> ...)} or {@code barlowTwins(t -> ...)}. */
  public ExperimentBuilder task(TaskSpec value) {
    setTask(value);
    return this;
  }

  /**
   * Configures the Deep Graph Infomax task (the default kind), starting from its current
   * settings.
   *
   * @throws IllegalStateException if the task is of another kind, whose settings this block
   *     would throw away: configure that one where it is made ({@code barlowTwins { ... }})
   */
  public ExperimentBuilder task(Block<DgiBuilder> block) {
    if (!(task instanceof TaskSpec.DgiSpec start)) {
      throw otherKind("task", "a Deep Graph Infomax task", SpecTypeNames.of(task), "dgi");
    }
    setTask(BlockBuilder.run(new DgiBuilder(start), block).build());
    return this;
  }

  /**
   * The misuse of a block of the default kind ({@code task { ... }}) on a part of another kind,
   * which it would replace unsaid.
   */
  private IllegalStateException otherKind(String part, String kind, String type,
      String replacement) {
    checkOpen();
    return new IllegalStateException(part + " { ... } configures " + kind + ", but the " + part
        + " is '" + type + "'; give its settings where it is made, or replace it with " + part
        + " = " + replacement + " { ... }");
  }

  /**
   * How to train (default: Adam at 0.001 on the task's schedule, {@link TrainingSpec#DEFAULT}),
   * as given: epochs and patience left unset are the task's in the experiment built.
   */
  public TrainingSpec getTraining() {
    return training;
  }

  /** Sets how to train. */
  public void setTraining(TrainingSpec value) {
    training = set("training", value);
  }

  /** Sets how to train. */
  public ExperimentBuilder training(TrainingSpec value) {
    setTraining(value);
    return this;
  }

  /** Configures how to train, starting from the current settings. */
  public ExperimentBuilder training(Block<TrainingBuilder> block) {
    setTraining(BlockBuilder.run(new TrainingBuilder(training), block).build());
    return this;
  }

  /** How the embeddings are evaluated (default: five linear probes). */
  public EvaluationSpec getEvaluation() {
    return evaluation;
  }

  /** Sets how the embeddings are evaluated. */
  public void setEvaluation(EvaluationSpec value) {
    evaluation = set("evaluation", value);
  }

  /** Sets how the embeddings are evaluated. */
  public ExperimentBuilder evaluation(EvaluationSpec value) {
    setEvaluation(value);
    return this;
  }

  /** Configures how the embeddings are evaluated, starting from the current settings. */
  public ExperimentBuilder evaluation(Block<EvaluationBuilder> block) {
    setEvaluation(BlockBuilder.run(new EvaluationBuilder(evaluation), block).build());
    return this;
  }

  /** Where the run writes (default: a directory named after the run, with charts). */
  public OutputSpec getOutput() {
    return output;
  }

  /** Sets where the run writes. */
  public void setOutput(OutputSpec value) {
    output = set("output", value);
  }

  /** Sets where the run writes. */
  public ExperimentBuilder output(OutputSpec value) {
    setOutput(value);
    return this;
  }

  /** Configures where the run writes, starting from the current settings. */
  public ExperimentBuilder output(Block<OutputBuilder> block) {
    setOutput(BlockBuilder.run(new OutputBuilder(output), block).build());
    return this;
  }
}
