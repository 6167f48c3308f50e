package dev.contrastive4j.api.experiment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks an {@link Experiment} as a whole and reports every problem at once, each with the JSON
 * path of the value at fault: rates finite and in [0, 1] (dropout below 1, as the float
 * training computes in), units positive, at least one epoch, a positive learning rate, weights
 * and decays at least 0, valid activation, aggregation and pooling names, a Planetoid data
 * directory only for a Planetoid data set. Specs from plugins add their own checks through
 * {@link CheckedSpec}.
 *
 * <p>What depends on the data (does the node set exist?) is checked when the run is built.
 */
public final class ExperimentValidator {
  private ExperimentValidator() {}

  /** Every problem of {@code experiment}, each as {@code path: problem}; empty if it is valid. */
  public static List<String> problems(Experiment experiment) {
    ConfigProblems root = ConfigProblems.root();
    check(root, experiment);
    return root.problems();
  }

  /**
   * Returns {@code experiment} if it is valid.
   *
   * @throws ConfigValidationException listing every problem
   */
  public static Experiment validate(Experiment experiment) {
    List<String> problems = problems(experiment);
    if (!problems.isEmpty()) {
      throw new ConfigValidationException(null, problems);
    }
    return experiment;
  }

  /** Adds the problems of {@code experiment} to {@code root}, which stands at the root. */
  public static void check(ConfigProblems root, Experiment experiment) {
    dataset(root.at("dataset"), experiment.dataset());
    encoder(root.at("encoder"), experiment.encoder());
    task(root.at("task"), experiment.task());
    training(root.at("training"), experiment.training());
    evaluation(root.at("evaluation"), experiment.evaluation());
    root.at("output").notBlank("directory", experiment.output().directory());
    pathCharacters(root.at("output"), "directory", experiment.output().directory());
    fromBindings(root.at("from_bindings"), experiment.fromBindings());
  }

  /**
   * Each entry must name a part a binding can replace, once: refused only when a run was built
   * from it, a misspelt part passed every check of code that only reads the file.
   */
  private static void fromBindings(ConfigProblems at, List<String> parts) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (!Experiment.BINDABLE_PARTS.contains(part)) {
        at.at(i).report("'" + part + "' is not a part a binding can replace; the parts are "
            + String.join(", ", Experiment.BINDABLE_PARTS));
      } else if (!seen.add(part)) {
        at.at(i).report("'" + part + "' is listed twice");
      }
    }
  }

  private static void evaluation(ConfigProblems at, EvaluationSpec evaluation) {
    at.atLeast("probe_repeats", evaluation.probeRepeats(), 1);
    at.oneOf("probe_protocol", evaluation.probeProtocol(), EvaluationSpec.PROBE_PROTOCOLS);
    String takesNoC = evaluation.probeCProblem();
    if (takesNoC != null) {
      at.report("probe_c", takesNoC);
      return;
    }
    List<Double> probeC = evaluation.probeC();
    for (int i = 0; i < probeC.size(); i++) {
      double c = probeC.get(i);
      String problem = !(c > 0) || Double.isInfinite(c) ? "must be positive and finite, was " + c
          : ConfigProblems.floatProblem(c, false);
      if (problem != null) {
        at.at("probe_c").at(i).report(problem);
      }
    }
  }

  private static void dataset(ConfigProblems at, DatasetSpec dataset) {
    at.notBlank("name", dataset.name());
    pathCharacters(at, "name", dataset.name());
    pathCharacters(at, "data_dir", dataset.dataDir());
    if (dataset.fromBinding() && dataset.normalizeFeatures()) {
      at.report("normalize_features", "a data set supplied by a binding (from_binding) is not "
          + "loaded here, so its features are not normalized here either; normalize them in code");
    }
    if (dataset.fromBinding() && dataset.dataDir() != null) {
      at.report("data_dir", "a data set supplied by a binding (from_binding) is not read from a "
          + "data_dir");
    } else if (at.notBlank("data_dir", dataset.dataDir()) && dataset.dataDir() != null
        && !DatasetSpec.isPlanetoid(dataset.name()) && !at.reportedAt("name")) {
      // It would be ignored: a user who meant "my data is here" would train on other data.
      at.report("data_dir", "only the Planetoid data sets (" + String.join(", ",
          DatasetSpec.PLANETOID) + ") are read from a data_dir, but the data set is '"
          + dataset.name() + "'; give a data directory of your own as the data set's name");
    }
  }

  /**
   * A value used as a path must be one the file system takes: a NUL character (U+0000, which a
   * JSON string can hold) would surface as the JDK's {@code Nul character not allowed}, naming
   * no field.
   */
  private static void pathCharacters(ConfigProblems at, String property,
      @Nullable String value) {
    if (value != null && value.indexOf('\0') >= 0) {
      at.report(property, "must not hold a NUL character (\\u0000), which no path can");
    }
  }

  private static void encoder(ConfigProblems at, EncoderSpec encoder) {
    units(at.at("units"), encoder.units());
    at.oneOf("activation", encoder.activation(), EncoderSpec.ACTIVATIONS);
    at.inHalfOpenUnitInterval("dropout", encoder.dropout());
    if (encoder instanceof EncoderSpec.HeteroSpec hetero) {
      at.oneOf("aggregation", hetero.aggregation(), EncoderSpec.HeteroSpec.AGGREGATIONS);
    }
  }

  private static void units(ConfigProblems at, List<? extends Number> units) {
    for (int i = 0; i < units.size(); i++) {
      long value = units.get(i).longValue();
      if (value <= 0) {
        at.at(i).report("must be positive, was " + value);
      }
    }
  }

  private static void task(ConfigProblems at, TaskSpec task) {
    at.notBlank("node_set", task.nodeSet());
    at.notBlank("feature", task.feature());
    units(at.at("projector_units"), task.projectorUnits());
    corruptor(at.at("corruptor"), task.corruptor());
    corruptor(at.at("clean_view"), task.cleanView());
    readout(at.at("readout"), task.readout());
    if (task instanceof TaskSpec.DgiSpec dgi) {
      at.oneOf("discriminator", dgi.discriminator(), TaskSpec.DgiSpec.DISCRIMINATORS);
    } else if (task instanceof TaskSpec.BarlowTwinsSpec bt && bt.lambda() != null) {
      at.nonNegative("lambda", bt.lambda());
    } else if (task instanceof TaskSpec.VicRegSpec v) {
      at.nonNegative("sim_weight", v.simWeight());
      at.nonNegative("var_weight", v.varWeight());
      at.nonNegative("cov_weight", v.covWeight());
      if (v.simWeight() == 0 && v.varWeight() == 0 && v.covWeight() == 0) {
        at.report("sim_weight, var_weight and cov_weight are all 0; at least one must be "
            + "positive (VICReg's loss has no term otherwise)");
      }
    } else if (task instanceof TaskSpec.TripletSpec t) {
      at.nonNegative("margin", t.margin());
      corruptor(at.at("positive_view"), t.positiveView());
    }
    if (task instanceof CheckedSpec checked) {
      checked.check(at);
    }
  }

  private static void corruptor(ConfigProblems at, @Nullable CorruptorSpec corruptor) {
    if (corruptor instanceof CorruptorSpec.ShuffleFeatures c) {
      at.inUnitInterval("rate", c.rate());
    } else if (corruptor instanceof CorruptorSpec.DropoutFeatures c) {
      at.inHalfOpenUnitInterval("rate", c.rate());
    } else if (corruptor instanceof CorruptorSpec.DropEdges c) {
      at.inUnitInterval("rate", c.rate());
    } else if (corruptor instanceof CorruptorSpec.MaskFeatureColumns c) {
      at.inUnitInterval("rate", c.rate());
    } else if (corruptor instanceof CorruptorSpec.Compose c) {
      for (int i = 0; i < c.steps().size(); i++) {
        corruptor(at.at("steps").at(i), c.steps().get(i));
      }
    } else if (corruptor instanceof CheckedSpec checked) {
      checked.check(at);
    }
  }

  private static void readout(ConfigProblems at, @Nullable ReadoutSpec readout) {
    if (readout instanceof ReadoutSpec.Pool pool) {
      at.oneOf("pooling", pool.pooling(), ReadoutSpec.Pool.POOLINGS);
    } else if (readout instanceof CheckedSpec checked) {
      checked.check(at);
    }
  }

  private static void training(ConfigProblems at, TrainingSpec training) {
    at.atLeast("epochs", training.epochs(), 1);
    at.positive("learning_rate", training.learningRate());
    at.nonNegative("weight_decay", training.weightDecay());
    at.nonNegative("patience", training.patience());
    at.atLeast("metrics_every", training.metricsEvery(), 1);
    at.atLeast("batch_components", training.batchComponents(), 0);
    at.atLeast("checkpoint_every", training.checkpointEvery(), 1);
    // A batch_components at fault was read as 0: it, not shuffle_components, is to blame.
    if (!training.shuffleComponents() && training.batchComponents() == 0
        && !at.reportedAt("batch_components")) {
      // It would be ignored: the whole graph in one step takes the components in no order.
      at.report("shuffle_components", "only mini-batches (batch_components above 0) take the "
          + "components in an order, shuffled or not, and batch_components 0 trains on the "
          + "whole graph in one step; leave it at true, or set batch_components, was false");
    }
  }
}
