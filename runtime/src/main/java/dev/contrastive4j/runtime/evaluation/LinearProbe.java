package dev.contrastive4j.runtime.evaluation;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.runtime.tensor.ThreadRandom;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.OptimizationAlgorithm;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * Linear-probe evaluation of frozen embeddings: a multinomial logistic regression fitted on the
 * train rows of a split and scored by accuracy on its val and test rows. The rows are nodes, or
 * for a data set that labels whole graphs the graphs, each the mean of its nodes' embeddings
 * (see {@link ProbeRows}).
 *
 * <p>The regression is a DL4J {@link MultiLayerNetwork} with a single {@link OutputLayer}
 * (softmax, {@link LossFunctions.LossFunction#MCXENT}) in float64, trained full-batch with Adam
 * (one step per epoch, exponentially decaying learning rate) and an L2 penalty on the weights.
 * The defaults of {@link LinearProbeConfig} mimic the probe of PyTorch Geometric's DGI example
 * (scikit-learn's {@code LogisticRegression(C=1.0)} fitted to convergence); see there for why.
 *
 * <p>A probe is immutable, and deterministic for a fixed seed and number of ND4J threads (the
 * last digits of the objective may differ between thread counts; accuracies did not).
 *
 * <pre>{@code
 * ProbeReport report = new LinearProbe().evaluateRepeated(embeddings, dataset, 10);
 * System.out.println(report.testMean() + " ± " + report.testStd());
 * }</pre>
 */
public final class LinearProbe {
  private final LinearProbeConfig config;

  /** A probe with the default settings. */
  public LinearProbe() {
    this(LinearProbeConfig.defaults());
  }

  /**
   * A probe with the given settings.
   *
   * @throws ProbeException if {@code config} is null
   */
  public LinearProbe(LinearProbeConfig config) {
    if (config == null) {
      throw new ProbeException("LinearProbe: config must not be null");
    }
    this.config = config;
  }

  /** The settings. */
  public LinearProbeConfig config() {
    return config;
  }

  /**
   * Fits the regression on the train rows, seeded with the configured seed.
   *
   * @param embeddings finite {@code [n, d]} floating-point matrix, one row per item classified
   *     (node, or graph)
   * @param labels {@code n} classes in {@code [0, numClasses)}, or -1 for rows outside the split
   * @param numClasses number of classes, from 2 to {@code n}
   * @param split train, val and test rows of {@code embeddings}, no row in two parts or twice in
   *     one; train not empty
   * @return the fitted probe
   * @throws ProbeException naming the argument, row or index at fault
   */
  public FittedProbe fit(INDArray embeddings, int[] labels, int numClasses, Split split) {
    return train(prepare(ProbeInput.of(embeddings, labels, numClasses, split)), config.seed());
  }

  /**
   * Fits the regression with the configured seed and scores it on val and test.
   *
   * @param embeddings finite {@code [n, d]} floating-point matrix, one row per item classified
   *     (node, or graph)
   * @param labels {@code n} classes in {@code [0, numClasses)}, or -1 for rows outside the split
   * @param numClasses number of classes, from 2 to {@code n}
   * @param split train, val and test rows of {@code embeddings}, no row in two parts or twice in
   *     one; train not empty
   * @return val and test accuracy (NaN for an empty part)
   * @throws ProbeException naming the argument, row or index at fault
   */
  public ProbeResult evaluate(INDArray embeddings, int[] labels, int numClasses, Split split) {
    Prepared data = prepare(ProbeInput.of(embeddings, labels, numClasses, split));
    return score(data, train(data, config.seed()));
  }

  /**
   * As {@link #evaluate(INDArray, int[], int, Split)} with the labels, classes and split of
   * {@code dataset}, on the rows {@link ProbeRows#of} makes: the nodes' embeddings, or for a data
   * set that labels graphs the mean of each graph's.
   *
   * @param embeddings finite {@code [n, d]} floating-point matrix, one row per node of the data
   *     set's target node set (the encoder's states), whichever its labels are of
   */
  public ProbeResult evaluate(INDArray embeddings, GraphDataset dataset) {
    return evaluate(ProbeRows.of(embeddings, dataset), dataset.labels(), dataset.numClasses(),
        dataset.split());
  }

  /**
   * Runs {@code repeats} probes with seeds {@code seed, seed + 1, ...} and summarizes them.
   *
   * @param repeats number of probes, at least 1
   * @return the individual results with their mean and standard deviation
   * @throws ProbeException naming the argument, row or index at fault
   * @see #evaluate(INDArray, int[], int, Split)
   */
  public ProbeReport evaluateRepeated(INDArray embeddings, int[] labels, int numClasses,
      Split split, int repeats) {
    if (repeats < 1) {
      throw new ProbeException("repeats must be >= 1, got " + repeats);
    }
    return repeatedFits(prepare(ProbeInput.of(embeddings, labels, numClasses, split)),
        List.of(), repeats);
  }

  /**
   * As {@link #evaluateRepeated(INDArray, int[], int, Split, int)} with the labels, classes and
   * split of {@code dataset}, on the rows {@link ProbeRows#of} makes: the nodes' embeddings, or
   * for a data set that labels graphs the mean of each graph's.
   *
   * @param embeddings finite {@code [n, d]} floating-point matrix, one row per node of the data
   *     set's target node set (the encoder's states), whichever its labels are of
   */
  public ProbeReport evaluateRepeated(INDArray embeddings, GraphDataset dataset, int repeats) {
    return evaluateRepeated(ProbeRows.of(embeddings, dataset), dataset.labels(),
        dataset.numClasses(), dataset.split(), repeats);
  }

  /**
   * As {@link #evaluateRepeated(INDArray, int[], int, Split, int)}, with {@code first} as the
   * result of the first fit (the configured seed), which the caller has already made on the same
   * rows; only the fits after it are made.
   */
  ProbeReport evaluateRepeatedAfter(ProbeResult first, INDArray rows, int[] labels,
      int numClasses, Split split, int repeats) {
    if (first.seed() != config.seed()) {
      throw new IllegalArgumentException("the first result has seed " + first.seed()
          + ", not the probe's " + config.seed());
    }
    return repeatedFits(prepare(ProbeInput.of(rows, labels, numClasses, split)),
        List.of(first), repeats);
  }

  /** {@code done}, the results of the first fits, followed by the fits up to {@code repeats}. */
  private ProbeReport repeatedFits(Prepared data, List<ProbeResult> done, int repeats) {
    // Not presized: a huge count (--probe-repeats 2147483647) is work to do, not memory to
    // reserve, which failed at once as "out of memory".
    List<ProbeResult> runs = new ArrayList<>(done);
    for (int r = done.size(); r < repeats; r++) {
      runs.add(score(data, train(data, config.seed() + r)));
    }
    return new ProbeReport(runs);
  }

  /** Inputs transformed once for any number of fits. */
  private record Prepared(ProbeInput input, Standardization standardization, DataSet trainBatch,
      INDArray valFeatures, INDArray testFeatures) {}

  private Prepared prepare(ProbeInput input) {
    Standardization standardization = config.standardize()
        ? Standardization.of(input.features.getRows(input.train)) : null;
    INDArray features = standardization == null
        ? input.features : standardization.apply(input.features);
    INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, input.train.length, input.numClasses);
    for (int i = 0; i < input.train.length; i++) {
      oneHot.putScalar(i, input.labels[input.train[i]], 1.0);
    }
    DataSet trainBatch = new DataSet(features.getRows(input.train), oneHot);
    return new Prepared(input, standardization, trainBatch,
        rowsOrNull(features, input.val), rowsOrNull(features, input.test));
  }

  private static INDArray rowsOrNull(INDArray features, int[] rows) {
    return rows.length == 0 ? null : features.getRows(rows);
  }

  private FittedProbe train(Prepared data, long seed) {
    // DL4J seeds the thread's ND4J generator with the probe's seed (init) and draws from it as
    // it fits: the caller's stream is put back.
    return ThreadRandom.keeping(() -> trainSeeded(data, seed));
  }

  private FittedProbe trainSeeded(Prepared data, long seed) {
    ProbeInput input = data.input();
    MultiLayerNetwork network = network(input.dimension(), input.numClasses,
        config.l2For(input.train.length), seed);
    // Full batch: one fit call is one Adam step on the mean loss of all train rows.
    double[] recent = new double[LinearProbeConfig.CONVERGENCE_WINDOW + 1];
    int epochs = 0;
    double objective = Double.NaN;
    while (epochs < config.maxEpochs()) {
      network.fit(data.trainBatch());
      objective = network.score();
      recent[epochs % recent.length] = objective;
      epochs++;
      if (config.tolerance() > 0 && epochs > LinearProbeConfig.CONVERGENCE_WINDOW
          && converged(recent, epochs)) {
        break;
      }
    }
    return new FittedProbe(network, data.standardization(), input.dimension(),
        input.numClasses, seed, epochs, objective);
  }

  /** Whether the objective moved by at most the tolerance over the last window of epochs. */
  private boolean converged(double[] recent, int epochs) {
    double now = recent[(epochs - 1) % recent.length];
    double before = recent[epochs % recent.length]; // written WINDOW epochs earlier
    return Math.abs(before - now) <= config.tolerance() * Math.max(1.0, Math.abs(now));
  }

  private MultiLayerNetwork network(int dimension, int numClasses, double l2, long seed) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(nd4jSeed(seed))
        .dataType(DataType.DOUBLE)
        .optimizationAlgo(OptimizationAlgorithm.STOCHASTIC_GRADIENT_DESCENT)
        .updater(Adam.builder()
            .learningRateSchedule(new ExponentialSchedule(ScheduleType.ITERATION,
                config.learningRate(), config.learningRateDecay()))
            .beta1(0.9)
            .beta2(config.beta2())
            .epsilon(1e-8)
            .build())
        .miniBatch(true) // gradient of the mean loss over the batch
        .l2(l2) // weights only; the bias is not penalized (l2Bias stays 0)
        .weightInit(config.weightInit())
        .list()
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
            .nIn(dimension)
            .nOut(numClasses)
            .activation(Activation.SOFTMAX)
            .build())
        .build();
    MultiLayerNetwork network = new MultiLayerNetwork(conf);
    network.init();
    return network;
  }

  /** ND4J's generator treats seed 0 as "unseeded" (random); give it another fixed seed. */
  private static long nd4jSeed(long seed) {
    return seed != 0 ? seed : Long.MIN_VALUE;
  }

  private static ProbeResult score(Prepared data, FittedProbe probe) {
    ProbeInput input = data.input();
    return new ProbeResult(accuracy(probe, data.valFeatures(), input.labels, input.val),
        accuracy(probe, data.testFeatures(), input.labels, input.test), probe.seed(),
        probe.epochs(), probe.objective());
  }

  private static double accuracy(FittedProbe probe, INDArray features, int[] labels,
      int[] rows) {
    if (features == null) {
      return Double.NaN;
    }
    return FittedProbe.accuracy(probe.predictPrepared(features), labels, rows);
  }
}
