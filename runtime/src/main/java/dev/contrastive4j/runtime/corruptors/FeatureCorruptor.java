package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.Context;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.Replayable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A corruptor that changes features one at a time, each at the rate its {@link CorruptionSpec}
 * gives it, as TF-GNN's {@code _Corruptor} (a {@code MapFeatures} layer) does. Structure (sizes,
 * adjacency) is never touched.
 *
 * <p>Each call draws a fresh random stream, and each feature a stream split from it in graph
 * order (node sets, edge sets, context; features in insertion order). Features whose rate is 0
 * are returned as they are, without a copy, as TF-GNN skips them.
 */
public abstract class FeatureCorruptor implements Corruptor, Replayable {
  private final CorruptionSpec spec;
  private final SeededCalls calls;

  /**
   * Makes a corruptor that resolves rates with {@code spec} after filling its gaps with {@code
   * defaultRate}, as TF-GNN's {@code _Corruptor} does with {@code with_default_rate}.
   *
   * @param spec which features to corrupt and how hard; {@code defaultRate} fills its gaps
   * @param defaultRate the rate of features the spec does not cover (TF-GNN's per-class default)
   * @param seed the seed of all randomness of this corruptor
   */
  protected FeatureCorruptor(CorruptionSpec spec, double defaultRate, long seed) {
    if (spec == null) {
      throw new CorruptionException(getClass().getSimpleName() + " needs a corruption spec, got "
          + "null");
    }
    this.spec = spec.withDefaultRate(defaultRate);
    this.calls = new SeededCalls(seed);
  }

  @Override
  public final void skipCalls(long n) {
    calls.skip(n);
  }

  /**
   * Returns a copy of {@code graph} with every feature corrupted at its rate; the input is not
   * modified. If no feature has a positive rate, the input itself is returned.
   *
   * @throws CorruptionException if the spec names a set or feature the graph lacks, or a feature
   *     cannot be corrupted (the message names it)
   */
  @Override
  public final GraphTensor corrupt(GraphTensor graph) {
    spec.checkNamesIn(graph);
    SplittableRandom call = calls.nextCall();
    boolean changed = false;
    GraphTensor.Builder out = graph.toBuilder();
    for (Map.Entry<String, NodeSet> e : graph.nodeSets().entrySet()) {
      NodeSet set = e.getValue();
      Map<String, Feature> features =
          corruptAll(SetKind.NODE_SET, e.getKey(), set.features(), call);
      changed |= features != set.features();
      out.nodeSet(e.getKey(), features == set.features() ? set : set.withFeatures(features));
    }
    for (Map.Entry<String, EdgeSet> e : graph.edgeSets().entrySet()) {
      EdgeSet set = e.getValue();
      Map<String, Feature> features =
          corruptAll(SetKind.EDGE_SET, e.getKey(), set.features(), call);
      changed |= features != set.features();
      out.edgeSet(e.getKey(), features == set.features() ? set : set.withFeatures(features));
    }
    Context context = graph.context();
    Map<String, Feature> contextFeatures =
        corruptAll(SetKind.CONTEXT, null, context.features(), call);
    changed |= contextFeatures != context.features();
    out.context(contextFeatures == context.features() ? context : Context.of(contextFeatures));
    return changed ? out.build() : graph;
  }

  /** The spec this corruptor resolves rates with, its default already applied. */
  public CorruptionSpec spec() {
    return spec;
  }

  /** The seed this corruptor was made with. */
  public long seed() {
    return calls.seed();
  }

  /**
   * Corrupts one feature. Called only with a rate in (0, 1]; must not modify {@code feature}.
   *
   * @param feature the feature's current value
   * @param rate its resolved rate, in (0, 1]
   * @param random a stream for this feature and call alone
   * @param address where the feature lives, for messages
   * @return the corrupted value, with as many rows as {@code feature}
   */
  protected abstract Feature corruptFeature(Feature feature, double rate,
      SplittableRandom random, FeatureAddress address);

  /** The input map itself when nothing changed, so callers can keep the original set. */
  private Map<String, Feature> corruptAll(SetKind kind, String setName,
      Map<String, Feature> features, SplittableRandom call) {
    Map<String, Feature> out = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, Feature> e : features.entrySet()) {
      FeatureAddress address = new FeatureAddress(kind, setName, e.getKey());
      double rate = spec.rateFor(address);
      // Split even at rate 0, so a feature's stream depends only on its position in the graph.
      SplittableRandom random = call.split();
      Feature value = e.getValue();
      if (rate > 0.0) {
        value = corruptFeature(value, rate, random, address);
        changed = true;
      }
      out.put(e.getKey(), value);
    }
    return changed ? out : features;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{spec=" + spec + ", seed=" + calls.seed() + "}";
  }
}
