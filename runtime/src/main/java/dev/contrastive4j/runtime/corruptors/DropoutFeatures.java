package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Element-wise dropout of features, as TF-GNN's {@code DropoutFeatures} (which applies {@code
 * tf.nn.dropout}): each element is zeroed with probability {@code rate} and the survivors are
 * scaled by {@code 1 / (1 - rate)}, so the expected value is unchanged. As in {@code
 * tf.nn.dropout}, an element is kept when a uniform draw in [0, 1) is at least {@code rate}, the
 * scale is computed in the feature's precision, and rates must be below 1.
 *
 * <p>Sparse features drop stored entries (the zeros need no dropping) and scale the rest, so they
 * stay sparse. Only floating-point features can be dropped out; an integer feature with a positive
 * rate is an error, as in TensorFlow.
 *
 * <p>The default rate is 0, as in TF-GNN: the spec must name what to drop.
 */
public final class DropoutFeatures extends FeatureCorruptor {
  /** TF-GNN's default rate of this corruptor: features the spec does not mention are kept. */
  public static final double DEFAULT_RATE = 0.0;

  /** Drops out every feature of every set and of the context at {@code rate}. */
  public DropoutFeatures(double rate, long seed) {
    this(CorruptionSpec.uniform(rate), seed);
  }

  /**
   * Drops out each feature at the rate {@code spec} gives it; gaps get rate 0.
   *
   * @throws CorruptionException if the spec holds a rate of 1 (dropout would divide by zero)
   */
  public DropoutFeatures(CorruptionSpec spec, long seed) {
    super(spec, DEFAULT_RATE, seed);
    checkBelowOne(SetKind.NODE_SET, spec().nodeSetRates());
    checkBelowOne(SetKind.EDGE_SET, spec().edgeSetRates());
    spec().contextRates().forEach((feature, rate) ->
        checkBelowOne(FeatureAddress.context(feature), rate));
  }

  @Override
  protected Feature corruptFeature(Feature feature, double rate, SplittableRandom random,
      FeatureAddress address) {
    if (feature instanceof Feature.Sparse s) {
      return Feature.sparse(dropStored(s.values(), rate, random));
    }
    INDArray values = ((Feature.Dense) feature).values();
    DataType type = values.dataType();
    if (!type.isFPType()) {
      throw new CorruptionException("DropoutFeatures: " + address + " has data type " + type
          + "; dropout needs floating-point values (give it rate 0 in a CorruptionSpec; a "
          + "config's dropout-features drops every feature, so use mask-feature-columns on this "
          + "graph)");
    }
    if (values.length() == 0) {
      return feature;
    }
    long[] shape = values.shape();
    if (type == DataType.DOUBLE) {
      double[] a = values.dup('c').data().asDouble();
      double scale = 1.0 / (1.0 - rate);
      for (int i = 0; i < a.length; i++) {
        a[i] = random.nextDouble() >= rate ? a[i] * scale : 0.0;
      }
      return Feature.dense(Nd4j.create(a, shape, 'c'));
    }
    // float32 and narrower types are dropped in float32, then cast back.
    float[] a = values.castTo(DataType.FLOAT).dup('c').data().asFloat();
    dropInPlace(a, rate, random);
    INDArray out = Nd4j.create(a, shape, 'c');
    return Feature.dense(type == DataType.FLOAT ? out : out.castTo(type));
  }

  private static CsrMatrix dropStored(CsrMatrix m, double rate, SplittableRandom random) {
    int[] indptr = m.indptrView();
    int[] indices = m.indicesView();
    float[] values = m.values();
    dropInPlace(values, rate, random);
    // Keep what is non-zero now: the survivors (and no stored zeros, which mean nothing).
    int[] newPtr = new int[m.rows() + 1];
    int kept = 0;
    for (int r = 0; r < m.rows(); r++) {
      for (int k = indptr[r]; k < indptr[r + 1]; k++) {
        if (values[k] != 0f) {
          kept++;
        }
      }
      newPtr[r + 1] = kept;
    }
    int[] newIdx = new int[kept];
    float[] newVal = new float[kept];
    int j = 0;
    for (int k = 0; k < values.length; k++) {
      if (values[k] != 0f) {
        newIdx[j] = indices[k];
        newVal[j++] = values[k];
      }
    }
    return new CsrMatrix(m.rows(), m.cols(), newPtr, newIdx, newVal);
  }

  /** tf.nn.dropout in float32: keep where uniform >= rate, multiply by 1 / (1 - rate). */
  private static void dropInPlace(float[] a, double rate, SplittableRandom random) {
    float scale = 1f / (1f - (float) rate);
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextDouble() >= rate ? a[i] * scale : 0f;
    }
  }

  private static void checkBelowOne(SetKind kind, Map<String, Map<String, Double>> sets) {
    sets.forEach((set, features) -> features.forEach((feature, rate) ->
        checkBelowOne(new FeatureAddress(kind, set, feature), rate)));
  }

  private static void checkBelowOne(FeatureAddress address, double rate) {
    if (rate >= 1.0) {
      throw new CorruptionException("DropoutFeatures: rate for " + address + " must be below 1 "
          + "(dropout scales survivors by 1 / (1 - rate)), got " + rate);
    }
  }
}
