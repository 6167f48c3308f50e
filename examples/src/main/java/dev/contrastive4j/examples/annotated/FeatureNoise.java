package dev.contrastive4j.examples.annotated;

import dev.contrastive4j.api.annotations.Corruptor;
import dev.contrastive4j.api.annotations.Param;
import dev.contrastive4j.api.annotations.Seed;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Replayable;
import jakarta.inject.Inject;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A corruptor plugin: shuffles the rows of the data set's input feature (as Deep Graph Infomax
 * does) and adds Gaussian noise, so that the negative view is harder to tell from the clean one
 * by the feature values alone.
 *
 * <p>{@code sigma} comes from the experiment ({@code @Param}), the seed from the runtime
 * ({@code @Seed}), and the data set (which says which node set and feature to corrupt) from Guice.
 */
@Corruptor(name = "feature-noise",
    description = "shuffles the input feature's rows and adds Gaussian noise")
public final class FeatureNoise implements dev.contrastive4j.api.task.Corruptor, Replayable {
  private final double sigma;
  private final long seed;
  private final String nodeSet;
  private final String feature;
  private final SplittableRandom calls;

  /**
   * @param sigma the noise's standard deviation, relative to the feature's
   * @param seed the seed of the permutations and the noise
   * @param dataset the data set being trained on
   */
  @Inject
  public FeatureNoise(
      @Param(value = "0.5", min = 0, max = 10,
          description = "noise standard deviation, relative to the feature's") double sigma,
      @Seed long seed,
      GraphDataset dataset) {
    this.sigma = sigma;
    this.seed = seed;
    this.nodeSet = dataset.targetNodeSet();
    this.feature = dataset.featureName();
    this.calls = new SplittableRandom(seed);
  }

  public double sigma() {
    return sigma;
  }

  @Override
  public synchronized GraphTensor corrupt(GraphTensor graph) {
    // Each call splits off its own stream, so that skipCalls can replay a resumed run's draws.
    SplittableRandom random = calls.split();
    INDArray x = graph.nodeSet(nodeSet).feature(feature).toDense();
    int n = Math.toIntExact(x.size(0));
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    INDArray shuffled = x.getRows(perm);
    if (sigma > 0) {
      double scale = sigma * x.stdNumber().doubleValue();
      INDArray noise = Nd4j.randn(random.nextLong(), x.shape()).castTo(x.dataType());
      shuffled.addi(noise.muli(scale));
    }
    return graph.withNodeFeature(nodeSet, feature, Feature.dense(shuffled));
  }

  @Override
  public synchronized void skipCalls(long n) {
    for (long i = 0; i < n; i++) {
      calls.split();
    }
  }

  @Override
  public String toString() {
    return "FeatureNoise{sigma=" + sigma + ", seed=" + seed + "}";
  }
}
