package dev.contrastive4j.runtime.evaluation;

import org.deeplearning4j.nn.weights.WeightInit;

/**
 * Settings of a {@link LinearProbe}. The defaults reproduce the probe of PyTorch Geometric's DGI
 * example, scikit-learn's {@code LogisticRegression(C=1.0)} fitted to convergence, as closely as
 * DL4J allows:
 *
 * <ul>
 *   <li>{@code c = 1.0}: inverse regularization strength, as scikit-learn's {@code C}.
 *       scikit-learn minimizes {@code 0.5 ||W||^2 + C * sum(logloss)}; divided by
 *       {@code C * n} (n = train rows) that is DL4J's objective {@code mean(logloss) +
 *       0.5 * l2 * ||W||^2} with {@code l2 = 1 / (C * n)} (on the weights; the bias is not
 *       penalized, as in scikit-learn). With 140 Cora train nodes and 512-d embeddings an
 *       unregularized probe interpolates the train set; C = 1 keeps it well-posed.
 *   <li>Full-batch Adam (beta1 0.9, {@code beta2 = }{@value #DEFAULT_BETA2}, epsilon 1e-8) with
 *       learning rate {@code learningRate = 0.05} decayed by {@code learningRateDecay = 0.995}
 *       per epoch, at most {@code maxEpochs = 1000} epochs, stopping early once the objective
 *       changed by at most {@code tolerance = 1e-8} (relative) over the last
 *       {@value #CONVERGENCE_WINDOW} epochs.
 *       With a constant rate Adam hovers around the optimum (objective noise of a few 1e-6 at
 *       rate 0.01), and with beta2 0.999 it crawls once its second-moment estimate still
 *       remembers the early large gradients; the decay and beta2 0.99 remove both. With these
 *       settings the probe reaches scikit-learn's optimum (computed with SciPy's L-BFGS-B on the
 *       same objective: objective within 1e-7, identical val and test accuracies) on raw Cora
 *       features in 178 epochs and on 512-d random-projection GCN features of Cora in 190.
 *       DL4J's own L-BFGS is not used: in 1.0.0-M2.1 its curvature pairs are computed from the
 *       parameters instead of their differences, and on raw Cora features it stalls after one
 *       step at an objective of 1.56 (the optimum is 0.409).
 *   <li>{@code standardize = false}: the embeddings are used as they are, as in PyG's example
 *       (and DGI's). If true, each column is shifted and scaled by the mean and standard deviation
 *       of the train rows (columns that are constant on the train rows are only shifted).
 *   <li>{@code weightInit = XAVIER}: DL4J's Xavier, normal with variance
 *       {@code 2 / (fanIn + fanOut)}; the bias starts at 0.
 *   <li>{@code seed = 0}: seeds the initialization of the weights; repeated probes use
 *       {@code seed, seed + 1, ...}. (ND4J's random generator treats seed 0 as "unseeded"; the
 *       probe passes {@link Long#MIN_VALUE} to DL4J instead, so seeds 0 and
 *       {@code Long.MIN_VALUE} give the same initialization.)
 * </ul>
 *
 * @param c inverse L2 regularization strength (scikit-learn's {@code C}); positive, or
 *     {@link Double#POSITIVE_INFINITY} for no regularization
 * @param learningRate Adam's initial learning rate; positive and finite
 * @param learningRateDecay factor applied to the learning rate after every epoch, in
 *     {@code (0, 1]} (1 keeps it constant)
 * @param maxEpochs the most full-batch epochs to train; at least 1
 * @param tolerance relative change of the objective over {@value #CONVERGENCE_WINDOW} epochs
 *     at or below which training stops; 0 trains for {@code maxEpochs}
 * @param standardize whether to standardize the columns with train-row statistics
 * @param seed seed of the weight initialization
 * @param beta2 Adam's second-moment decay, in {@code [0, 1)}
 * @param weightInit how the weights are initialized (the bias starts at 0)
 * @see #dgiPaper()
 */
public record LinearProbeConfig(double c, double learningRate, double learningRateDecay,
    int maxEpochs, double tolerance, boolean standardize, long seed, double beta2,
    WeightInit weightInit) {
  /** Number of epochs over which the change of the objective is compared with the tolerance. */
  public static final int CONVERGENCE_WINDOW = 10;
  /** Default inverse regularization strength (scikit-learn's default {@code C}). */
  public static final double DEFAULT_C = 1.0;
  /** Default initial Adam learning rate. */
  public static final double DEFAULT_LEARNING_RATE = 0.05;
  /** Default per-epoch learning-rate decay factor. */
  public static final double DEFAULT_LEARNING_RATE_DECAY = 0.995;
  /**
   * Default Adam beta2 (second-moment decay); PyTorch's default 0.999 makes the final approach
   * to the optimum slow.
   */
  public static final double DEFAULT_BETA2 = 0.99;
  /** The epochs of the DGI paper's probe. */
  public static final int DGI_PAPER_EPOCHS = 100;
  /** Default maximum number of epochs. */
  public static final int DEFAULT_MAX_EPOCHS = 1000;
  /** Default convergence tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-8;

  /**
   * Checks the settings.
   *
   * @throws ProbeException naming the field at fault
   */
  public LinearProbeConfig {
    if (!(c > 0)) {
      throw new ProbeException("LinearProbeConfig.c must be > 0 (or +Infinity for no "
          + "regularization), got " + c);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new ProbeException("LinearProbeConfig.learningRate must be positive and finite, got "
          + learningRate);
    }
    if (!(learningRateDecay > 0 && learningRateDecay <= 1)) {
      throw new ProbeException("LinearProbeConfig.learningRateDecay must be in (0, 1], got "
          + learningRateDecay);
    }
    if (maxEpochs < 1) {
      throw new ProbeException("LinearProbeConfig.maxEpochs must be >= 1, got " + maxEpochs);
    }
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new ProbeException("LinearProbeConfig.tolerance must be finite and >= 0, got "
          + tolerance);
    }
    if (!(beta2 >= 0 && beta2 < 1)) {
      throw new ProbeException("LinearProbeConfig.beta2 must be in [0, 1), got " + beta2);
    }
    if (weightInit == null) {
      throw new ProbeException("LinearProbeConfig.weightInit must not be null");
    }
  }

  /** The default settings (see the class comment). */
  public static LinearProbeConfig defaults() {
    return builder().build();
  }

  /**
   * The probe of the DGI paper's reference code (execute.py's {@code LogReg}): no
   * regularization, Xavier-uniform weights and a zero bias, Adam with learning rate 0.01, betas
   * (0.9, 0.999), epsilon 1e-8 and no weight decay, for exactly {@value #DGI_PAPER_EPOCHS}
   * full-batch epochs (no convergence test, no decay), on the embeddings as they are.
   */
  public static LinearProbeConfig dgiPaper() {
    return builder().c(Double.POSITIVE_INFINITY).learningRate(0.01).learningRateDecay(1.0)
        .maxEpochs(DGI_PAPER_EPOCHS).tolerance(0).beta2(0.999)
        .weightInit(WeightInit.XAVIER_UNIFORM).build();
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these settings. */
  public Builder toBuilder() {
    return new Builder().c(c).learningRate(learningRate).learningRateDecay(learningRateDecay)
        .maxEpochs(maxEpochs)
        .tolerance(tolerance).standardize(standardize).seed(seed).beta2(beta2)
        .weightInit(weightInit);
  }

  /**
   * DL4J's L2 coefficient for {@code trainRows} train rows: {@code 1 / (c * trainRows)}, which
   * makes DL4J's mean-loss objective a scaled copy of scikit-learn's summed one.
   */
  public double l2For(int trainRows) {
    return Double.isInfinite(c) ? 0.0 : 1.0 / (c * trainRows);
  }

  /** Builds a {@link LinearProbeConfig}; {@link #build()} checks the settings. */
  public static final class Builder {
    private double c = DEFAULT_C;
    private double learningRate = DEFAULT_LEARNING_RATE;
    private double learningRateDecay = DEFAULT_LEARNING_RATE_DECAY;
    private int maxEpochs = DEFAULT_MAX_EPOCHS;
    private double tolerance = DEFAULT_TOLERANCE;
    private boolean standardize = false;
    private long seed = 0;
    private double beta2 = DEFAULT_BETA2;
    private WeightInit weightInit = WeightInit.XAVIER;

    private Builder() {}

    /**
     * Inverse L2 regularization strength (scikit-learn's {@code C}), greater than 0;
     * {@code +Infinity} for no regularization (default {@link LinearProbeConfig#DEFAULT_C}).
     */
    public Builder c(double value) {
      this.c = value;
      return this;
    }

    /**
     * Adam's initial learning rate, positive and finite (default
     * {@link LinearProbeConfig#DEFAULT_LEARNING_RATE}).
     */
    public Builder learningRate(double value) {
      this.learningRate = value;
      return this;
    }

    /**
     * Factor applied to the learning rate after every epoch, in (0, 1]; 1 keeps it constant
     * (default {@link LinearProbeConfig#DEFAULT_LEARNING_RATE_DECAY}).
     */
    public Builder learningRateDecay(double value) {
      this.learningRateDecay = value;
      return this;
    }

    /**
     * The most epochs to train, at least 1 (default
     * {@link LinearProbeConfig#DEFAULT_MAX_EPOCHS}).
     */
    public Builder maxEpochs(int value) {
      this.maxEpochs = value;
      return this;
    }

    /**
     * Relative objective change over 10 epochs at which training stops, finite and at least 0;
     * 0 disables the test (default {@link LinearProbeConfig#DEFAULT_TOLERANCE}).
     */
    public Builder tolerance(double value) {
      this.tolerance = value;
      return this;
    }

    /** Whether to standardize columns with train-row statistics (default false). */
    public Builder standardize(boolean value) {
      this.standardize = value;
      return this;
    }

    /** Seed of the weight initialization (default 0). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Adam's second-moment decay, in [0, 1) (default {@link LinearProbeConfig#DEFAULT_BETA2}). */
    public Builder beta2(double value) {
      this.beta2 = value;
      return this;
    }

    /** How the weights are initialized, not null (default {@code WeightInit.XAVIER}). */
    public Builder weightInit(WeightInit value) {
      this.weightInit = value;
      return this;
    }

    /**
     * The settings.
     *
     * @throws ProbeException naming the field at fault
     */
    public LinearProbeConfig build() {
      return new LinearProbeConfig(c, learningRate, learningRateDecay, maxEpochs, tolerance,
          standardize, seed, beta2, weightInit);
    }
  }
}
