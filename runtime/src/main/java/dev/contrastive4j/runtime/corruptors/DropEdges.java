package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.Replayable;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Edge dropping of GRACE and Graph Barlow Twins: each edge of the selected edge sets is removed
 * independently with probability {@code rate} (kept when a uniform draw in [0, 1) is at least
 * {@code rate}). Edge features follow their edges, component sizes are recounted, and the order
 * of the surviving edges is kept. Node sets and the context are not touched.
 *
 * <p>Rates are given per edge set name, with {@code "*"} standing for every edge set not named;
 * edge sets neither named nor covered by {@code "*"} keep all their edges.
 *
 * <p>Optionally, within an edge set that joins a node set to itself, all edges between the same
 * two nodes (both directions of an undirected edge, and duplicates) are kept or dropped together,
 * so an undirected graph stays undirected.
 */
public final class DropEdges implements Corruptor, Replayable {
  private final Map<String, Double> rates;
  private final boolean pairReverseEdges;
  private final SeededCalls calls;

  /** Drops each edge of every edge set with probability {@code rate}, independently. */
  public DropEdges(double rate, long seed) {
    this(Map.of(CorruptionSpec.WILDCARD, rate), false, seed);
  }

  /**
   * Drops edges at a rate per edge set.
   *
   * @param ratesByEdgeSet edge set name (or {@code "*"}) to drop rate in [0, 1]
   * @param pairReverseEdges whether to drop the edges between two nodes (both directions) together,
   *     in edge sets whose source and target node sets are the same
   * @param seed the seed of all randomness of this corruptor
   * @throws CorruptionException if a rate is not in [0, 1] or a name is empty
   */
  public DropEdges(Map<String, Double> ratesByEdgeSet, boolean pairReverseEdges, long seed) {
    if (ratesByEdgeSet == null) {
      throw new CorruptionException("DropEdges needs rates by edge set, got null");
    }
    Map<String, Double> copy = new LinkedHashMap<>();
    ratesByEdgeSet.forEach((set, rate) -> {
      if (set == null || set.isEmpty()) {
        throw new CorruptionException("DropEdges: edge set names must be non-empty");
      }
      if (rate == null) {
        throw new CorruptionException("DropEdges: rate for edge set '" + set + "' is null");
      }
      CorruptionSpec.checkRate("DropEdges: rate for edge set '" + set + "'", rate);
      copy.put(set, rate);
    });
    this.rates = Collections.unmodifiableMap(copy);
    this.pairReverseEdges = pairReverseEdges;
    this.calls = new SeededCalls(seed);
  }

  /**
   * Drops the edges of every edge set at {@code rate}, both directions of an edge together (in
   * edge sets from a node set to itself): for undirected graphs stored with both directions.
   */
  public static DropEdges undirected(double rate, long seed) {
    return new DropEdges(Map.of(CorruptionSpec.WILDCARD, rate), true, seed);
  }

  /**
   * Returns a copy of {@code graph} with edges dropped; the input is not modified.
   *
   * @throws CorruptionException if a rate names an edge set the graph does not have
   */
  @Override
  public GraphTensor corrupt(GraphTensor graph) {
    for (String set : rates.keySet()) {
      if (!set.equals(CorruptionSpec.WILDCARD) && !graph.edgeSets().containsKey(set)) {
        throw new CorruptionException("DropEdges names edge set '" + set + "', which the graph "
            + "does not have; its edge sets are " + graph.edgeSets().keySet());
      }
    }
    SplittableRandom call = calls.nextCall();
    GraphTensor.Builder out = graph.toBuilder();
    boolean changed = false;
    for (Map.Entry<String, EdgeSet> e : graph.edgeSets().entrySet()) {
      EdgeSet edges = e.getValue();
      double rate = rateFor(e.getKey());
      // Split for every edge set, so each set's draws depend only on its position.
      SplittableRandom random = call.split();
      if (rate > 0.0 && edges.totalSize() > 0) {
        edges = drop(edges, rate, random);
        changed = true;
      }
      out.edgeSet(e.getKey(), edges);
    }
    return changed ? out.build() : graph;
  }

  @Override
  public void skipCalls(long n) {
    calls.skip(n);
  }

  /** The drop rate of edge set {@code edgeSet}: its own entry, else "*", else 0. */
  public double rateFor(String edgeSet) {
    Double rate = rates.get(edgeSet);
    if (rate == null) {
      rate = rates.getOrDefault(CorruptionSpec.WILDCARD, 0.0);
    }
    return rate;
  }

  /** Whether both directions of an edge are dropped together. */
  public boolean pairsReverseEdges() {
    return pairReverseEdges;
  }

  /** The seed this corruptor was made with. */
  public long seed() {
    return calls.seed();
  }

  private EdgeSet drop(EdgeSet edges, double rate, SplittableRandom random) {
    Adjacency adjacency = edges.adjacency();
    int[] sources = adjacency.sourceView();
    int[] targets = adjacency.targetView();
    boolean[] keep = pairReverseEdges && adjacency.sourceSet().equals(adjacency.targetSet())
        ? keepPairs(sources, targets, rate, random)
        : keepEach(sources.length, rate, random);
    long[] sizes = edges.sizes();
    long[] newSizes = new long[sizes.length];
    int[] kept = new int[sources.length];
    int count = 0;
    int edge = 0;
    // Edges are stored component by component, so counting survivors in order recounts sizes.
    for (int c = 0; c < sizes.length; c++) {
      for (long k = 0; k < sizes[c]; k++, edge++) {
        if (keep[edge]) {
          kept[count++] = edge;
          newSizes[c]++;
        }
      }
    }
    kept = Arrays.copyOf(kept, count);
    int[] newSources = new int[count];
    int[] newTargets = new int[count];
    for (int i = 0; i < count; i++) {
      newSources[i] = sources[kept[i]];
      newTargets[i] = targets[kept[i]];
    }
    Map<String, Feature> features = new LinkedHashMap<>();
    for (Map.Entry<String, Feature> f : edges.features().entrySet()) {
      features.put(f.getKey(), FeatureRows.select(f.getValue(), kept));
    }
    return edges.withAdjacency(newSizes, new Adjacency(adjacency.sourceSet(),
        adjacency.targetSet(), newSources, newTargets), features);
  }

  private static boolean[] keepEach(int n, double rate, SplittableRandom random) {
    boolean[] keep = new boolean[n];
    for (int i = 0; i < n; i++) {
      keep[i] = random.nextDouble() >= rate;
    }
    return keep;
  }

  /** One draw per unordered node pair, made when the pair is first met in edge order. */
  private static boolean[] keepPairs(int[] sources, int[] targets, double rate,
      SplittableRandom random) {
    boolean[] keep = new boolean[sources.length];
    Map<Long, Boolean> decided = new HashMap<>();
    for (int i = 0; i < sources.length; i++) {
      int lo = Math.min(sources[i], targets[i]);
      int hi = Math.max(sources[i], targets[i]);
      long pair = ((long) lo << 32) | (hi & 0xffffffffL);
      keep[i] = decided.computeIfAbsent(pair, p -> random.nextDouble() >= rate);
    }
    return keep;
  }

  @Override
  public String toString() {
    return "DropEdges{rates=" + rates + ", pairReverseEdges=" + pairReverseEdges + ", seed="
        + calls.seed() + "}";
  }
}
