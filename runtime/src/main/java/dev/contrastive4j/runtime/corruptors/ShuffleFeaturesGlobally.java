package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.Feature;
import java.util.SplittableRandom;

/**
 * Permutes the rows of features across their whole set, over all components ("globally"), as
 * TF-GNN's {@code ShuffleFeaturesGlobally}: the corruption that makes the negative view of Deep
 * Graph Infomax. Each feature gets its own, independent permutation: TF-GNN, too, shuffles
 * feature by feature, so the features of one node need not travel together.
 *
 * <p>Rate semantics follow TF-GNN's {@code _shuffle_tensor}: rate 1 applies a uniformly random
 * permutation to all rows; a rate {@code r} in (0, 1) chooses {@code k = ceil(n * r)} rows
 * uniformly (the product computed in float32, as TF-GNN does) and permutes them among themselves,
 * leaving the others in place (a chosen row may land on itself); rate 0 leaves the feature alone.
 * The float32 product reproduces TF-GNN's counts exactly, artefacts included: 100 rows at rate 0.3
 * give 31 shuffled rows, at rate 0.07 give 7.
 * Features with no rows or no columns are left alone too. Sparse features are permuted as CSR rows
 * and stay sparse. Works for every data type.
 *
 * <p>The default rate is 1, as in TF-GNN: {@code new ShuffleFeaturesGlobally(seed)} shuffles
 * every feature of every node set, edge set and of the context, which is the default corruptor of
 * TF-GNN's contrastive tasks. {@link CorruptionSpec#nodeSetsOnly(double)} restricts it to node
 * features, as the DGI paper does.
 */
public final class ShuffleFeaturesGlobally extends FeatureCorruptor {
  /** TF-GNN's default rate of this corruptor: shuffle everything the spec does not mention. */
  public static final double DEFAULT_RATE = 1.0;

  /** Shuffles every feature fully (TF-GNN's default corruptor of the contrastive tasks). */
  public ShuffleFeaturesGlobally(long seed) {
    this(CorruptionSpec.empty(), seed);
  }

  /** Shuffles every feature at {@code rate}. */
  public ShuffleFeaturesGlobally(double rate, long seed) {
    this(CorruptionSpec.uniform(rate), seed);
  }

  /** Shuffles each feature at the rate {@code spec} gives it; gaps get rate 1, as in TF-GNN. */
  public ShuffleFeaturesGlobally(CorruptionSpec spec, long seed) {
    super(spec, DEFAULT_RATE, seed);
  }

  @Override
  protected Feature corruptFeature(Feature feature, double rate, SplittableRandom random,
      FeatureAddress address) {
    long[] shape = feature.shape();
    for (long dim : shape) {
      if (dim == 0) {
        return feature;
      }
    }
    int n = Math.toIntExact(shape[0]);
    return FeatureRows.select(feature, sourceRows(n, rate, random));
  }

  /**
   * Where each output row comes from: row {@code r} of the result is row {@code perm[r]} of the
   * input. Package-visible so tests can check the rate semantics directly.
   */
  static int[] sourceRows(int n, double rate, SplittableRandom random) {
    if (rate >= 1.0) {
      return FeatureRows.randomPermutation(n, random);
    }
    int[] perm = FeatureRows.identity(n);
    int k = rowsToShuffle(n, rate);
    int[] chosen = FeatureRows.randomSubset(n, k, random);
    int[] sources = chosen.clone();
    FeatureRows.shuffle(sources, random);
    for (int i = 0; i < k; i++) {
      perm[chosen[i]] = sources[i];
    }
    return perm;
  }

  /** {@code ceil(n * rate)} in float32 arithmetic, as TF-GNN computes it; at most {@code n}. */
  static int rowsToShuffle(int n, double rate) {
    float product = (float) n * (float) rate;
    return Math.min(n, (int) Math.ceil(product));
  }
}
