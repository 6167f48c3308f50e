package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One experiment, fully resolved: what data, which encoder, which task (with its corruptor,
 * readout and projector), how to train, how to evaluate and where to write. The command line,
 * JSON/YAML files and the Java DSL all produce this model; a run writes it as
 * {@code config.json}. Immutable; missing parts take their defaults.
 *
 * @param seed the seed of everything random in the run (initialization, corruption, dropout)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"seed", "dataset", "encoder", "task", "training", "evaluation", "output"})
public record Experiment(
    Long seed,
    DatasetSpec dataset,
    EncoderSpec encoder,
    TaskSpec task,
    TrainingSpec training,
    EvaluationSpec evaluation,
    OutputSpec output) {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 0;

  public Experiment {
    seed = seed == null ? DEFAULT_SEED : seed;
    dataset = dataset == null ? DatasetSpec.DEFAULT : dataset;
    encoder = encoder == null ? EncoderSpec.GcnSpec.DGI : encoder;
    task = task == null ? TaskSpec.DgiSpec.DEFAULT : task;
    training = training == null ? TrainingSpec.DEFAULT : training;
    evaluation = evaluation == null ? EvaluationSpec.DEFAULT : evaluation;
    output = output == null ? OutputSpec.DEFAULT : output;
  }

  /** Every default: Deep Graph Infomax with the paper's GCN on the built-in CSBM graph. */
  public static Experiment defaults() {
    return new Experiment(null, null, null, null, null, null, null);
  }

  public Experiment withSeed(long value) {
    return new Experiment(value, dataset, encoder, task, training, evaluation, output);
  }

  public Experiment withDataset(DatasetSpec value) {
    return new Experiment(seed, value, encoder, task, training, evaluation, output);
  }

  public Experiment withEncoder(EncoderSpec value) {
    return new Experiment(seed, dataset, value, task, training, evaluation, output);
  }

  public Experiment withTask(TaskSpec value) {
    return new Experiment(seed, dataset, encoder, value, training, evaluation, output);
  }

  public Experiment withTraining(TrainingSpec value) {
    return new Experiment(seed, dataset, encoder, task, value, evaluation, output);
  }

  public Experiment withEvaluation(EvaluationSpec value) {
    return new Experiment(seed, dataset, encoder, task, training, value, output);
  }

  public Experiment withOutput(OutputSpec value) {
    return new Experiment(seed, dataset, encoder, task, training, evaluation, value);
  }
}
