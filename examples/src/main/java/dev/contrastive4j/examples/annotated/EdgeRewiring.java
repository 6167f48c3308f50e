package dev.contrastive4j.examples.annotated;

import dev.contrastive4j.api.annotations.Corruptor;
import dev.contrastive4j.api.annotations.Param;
import dev.contrastive4j.api.annotations.Seed;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Replayable;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A corruptor plugin that corrupts structure instead of features: a share {@code rate} of the
 * edges within the data set's target node set have their targets shuffled among themselves.
 * Every node keeps its features and its in- and out-degree, so the negative view has the clean
 * view's feature and degree distributions, and only which nodes are neighbours gives it away.
 *
 * <p>{@code rate} comes from the experiment ({@code @Param}), the seed from the runtime
 * ({@code @Seed}), and the data set (which names the node set) from Guice. For data sets of one
 * graph (one component), as the built-in and Planetoid ones are.
 */
@Corruptor(name = "rewire-edges",
    description = "shuffles the targets of a share of the edges, keeping every node's degrees")
public final class EdgeRewiring implements dev.contrastive4j.api.task.Corruptor, Replayable {
  private final double rate;
  private final String nodeSet;
  private final SplittableRandom calls;

  /**
   * @param rate the share of edges whose targets are shuffled, in [0, 1]
   * @param seed the seed of the draws
   * @param dataset the data set being trained on; its target node set is rewired
   */
  @Inject
  public EdgeRewiring(
      @Param(value = "1.0", min = 0, max = 1,
          description = "share of edges whose targets are shuffled") double rate,
      @Seed long seed,
      GraphDataset dataset) {
    this.rate = rate;
    this.nodeSet = dataset.targetNodeSet();
    this.calls = new SplittableRandom(seed);
  }

  public double rate() {
    return rate;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the node set has more than one component
   */
  @Override
  public GraphTensor corrupt(GraphTensor graph) {
    SplittableRandom random;
    synchronized (this) {
      // Each call splits off its own stream, so that skipCalls can replay a resumed run.
      random = calls.split();
    }
    if (graph.nodeSet(nodeSet).numComponents() != 1) {
      throw new IllegalArgumentException("rewire-edges: node set '" + nodeSet + "' has "
          + graph.nodeSet(nodeSet).numComponents() + " components; it rewires one graph");
    }
    GraphTensor out = graph;
    for (Map.Entry<String, EdgeSet> e : graph.edgeSets().entrySet()) {
      Adjacency a = e.getValue().adjacency();
      if (a.sourceSet().equals(nodeSet) && a.targetSet().equals(nodeSet)) {
        int[] targets = rewired(a.targetIndices(), random);
        out = out.withEdgeSet(e.getKey(), set -> set.withAdjacency(set.sizes(),
            new Adjacency(nodeSet, nodeSet, a.sourceIndices(), targets), set.features()));
      }
    }
    return out;
  }

  /** Shuffles the targets of {@code ceil(rate * edges)} random edges among those edges. */
  private int[] rewired(int[] targets, SplittableRandom random) {
    int n = targets.length;
    int k = (int) Math.min(n, Math.ceil(rate * n));
    int[] edges = new int[n];
    for (int i = 0; i < n; i++) {
      edges[i] = i;
    }
    // The first k places of a partial Fisher-Yates shuffle are a uniform sample of k edges.
    for (int i = 0; i < k; i++) {
      swap(edges, i, i + random.nextInt(n - i));
    }
    int[] chosen = new int[k];
    for (int i = 0; i < k; i++) {
      chosen[i] = targets[edges[i]];
    }
    for (int i = k - 1; i > 0; i--) {
      swap(chosen, i, random.nextInt(i + 1));
    }
    for (int i = 0; i < k; i++) {
      targets[edges[i]] = chosen[i];
    }
    return targets;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  @Override
  public synchronized void skipCalls(long n) {
    for (long i = 0; i < n; i++) {
      calls.split();
    }
  }

  @Override
  public String toString() {
    return "EdgeRewiring{rate=" + rate + ", nodeSet=" + nodeSet + "}";
  }
}
