package dev.contrastive4j.runtime.training;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.Context;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.corruptors.FeatureRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Splits a graph of many components (a data set of small graphs) into mini-batches of
 * components, each a {@link GraphTensor} of its own with node indices renumbered from 0: the
 * unit of one mini-batch training step. The trainer takes the components in a new random order
 * every epoch ({@link #shuffledOrder}), so that a data set stored sorted (by class, by source)
 * does not give batches of one kind; or, when told not to shuffle, in the graph's order
 * ({@link #split(GraphTensor, int)}).
 */
public final class ComponentBatches {
  private ComponentBatches() {}

  /**
   * The batches of {@code componentsPerBatch} consecutive components (the last may have fewer).
   *
   * @throws IllegalArgumentException if {@code componentsPerBatch} is not positive
   */
  public static List<GraphTensor> split(GraphTensor graph, int componentsPerBatch) {
    int[] inOrder = new int[graph.numComponents()];
    Arrays.setAll(inOrder, c -> c);
    return split(graph, componentsPerBatch, inOrder);
  }

  /**
   * The batches of {@code componentsPerBatch} components taken in the order {@code order}
   * gives (the last may have fewer); each batch keeps that order.
   *
   * @param order every component of {@code graph} once, e.g. a {@link #shuffledOrder}
   * @throws IllegalArgumentException if {@code componentsPerBatch} is not positive or
   *     {@code order} is not an order of the components
   */
  public static List<GraphTensor> split(GraphTensor graph, int componentsPerBatch, int[] order) {
    if (componentsPerBatch < 1) {
      throw new IllegalArgumentException("components per batch must be at least 1, was "
          + componentsPerBatch);
    }
    int[] sorted = order.clone();
    Arrays.sort(sorted);
    boolean eachOnce = sorted.length == graph.numComponents();
    for (int i = 0; i < sorted.length && eachOnce; i++) {
      eachOnce = sorted[i] == i;
    }
    if (!eachOnce) {
      throw new IllegalArgumentException("the order of the batches must name each of the "
          + graph.numComponents() + " components once, was " + Arrays.toString(order));
    }
    Offsets offsets = new Offsets(graph);
    List<GraphTensor> batches = new ArrayList<>();
    for (int from = 0; from < order.length; from += componentsPerBatch) {
      batches.add(select(graph, offsets, Arrays.copyOfRange(order, from,
          Math.min(order.length, from + componentsPerBatch))));
    }
    return batches;
  }

  /** Sets the stream of the batch orders apart from the other streams drawn from the seed. */
  private static final long ORDER_SALT = 0x6261746368657321L; // "batches!"

  /** The number of batches {@link #split} makes of {@code components} components. */
  public static int count(int components, int componentsPerBatch) {
    return (components + componentsPerBatch - 1) / componentsPerBatch;
  }

  /**
   * A random order of {@code components} components for one epoch: the same seed and epoch
   * give the same order, so a resumed run takes the batches an uninterrupted one took.
   */
  public static int[] shuffledOrder(int components, long seed, int epoch) {
    // Salted: the task's corruptors draw from SplittableRandom(seed) itself (the task seed is
    // the experiment's by default), and the order must not repeat the permutations they draw.
    SplittableRandom random = new SplittableRandom(seed ^ ORDER_SALT).split();
    // One stream per epoch, independent of how many epochs came before.
    for (int e = 0; e < epoch; e++) {
      random.split();
    }
    return FeatureRows.randomPermutation(components, random.split());
  }

  /** Where each component starts in every node set and edge set of a graph. */
  private static final class Offsets {
    final Map<String, long[]> nodes = new LinkedHashMap<>();
    final Map<String, long[]> edges = new LinkedHashMap<>();

    Offsets(GraphTensor graph) {
      graph.nodeSets().forEach((name, set) -> nodes.put(name, starts(set.sizes())));
      graph.edgeSets().forEach((name, set) -> edges.put(name, starts(set.sizes())));
    }

    private static long[] starts(long[] sizes) {
      long[] starts = new long[sizes.length + 1];
      for (int i = 0; i < sizes.length; i++) {
        starts[i + 1] = starts[i] + sizes[i];
      }
      return starts;
    }
  }

  /** Components {@code components} of {@code graph}, in that order, as a graph of their own. */
  private static GraphTensor select(GraphTensor graph, Offsets offsets, int[] components) {
    GraphTensor.Builder out = GraphTensor.builder();
    // Where each chosen component starts in the batch, per node set.
    Map<String, long[]> batchStarts = new LinkedHashMap<>();
    graph.nodeSets().forEach((name, set) -> {
      long[] starts = offsets.nodes.get(name);
      batchStarts.put(name, batchStarts(starts, components));
      out.nodeSet(name, NodeSet.of(sizes(starts, components),
          rows(set.features(), rowsOf(starts, components))));
    });
    graph.edgeSets().forEach((name, set) -> {
      long[] starts = offsets.edges.get(name);
      int[] edges = rowsOf(starts, components);
      Adjacency a = set.adjacency();
      long[] sourceStarts = offsets.nodes.get(a.sourceSet());
      long[] targetStarts = offsets.nodes.get(a.targetSet());
      long[] sourceBatch = batchStarts.get(a.sourceSet());
      long[] targetBatch = batchStarts.get(a.targetSet());
      int[] source = new int[edges.length];
      int[] target = new int[edges.length];
      int at = 0;
      for (int k = 0; k < components.length; k++) {
        int c = components[k];
        for (long e = starts[c]; e < starts[c + 1]; e++, at++) {
          int i = Math.toIntExact(e);
          source[at] = Math.toIntExact(a.sourceView()[i] - sourceStarts[c] + sourceBatch[k]);
          target[at] = Math.toIntExact(a.targetView()[i] - targetStarts[c] + targetBatch[k]);
        }
      }
      out.edgeSet(name, EdgeSet.of(sizes(starts, components),
          new Adjacency(a.sourceSet(), a.targetSet(), source, target),
          rows(set.features(), edges)));
    });
    out.context(Context.of(rows(graph.context().features(), components)));
    return out.build();
  }

  /** The size of each chosen component, from where each component starts. */
  private static long[] sizes(long[] starts, int[] components) {
    long[] sizes = new long[components.length];
    for (int k = 0; k < components.length; k++) {
      sizes[k] = starts[components[k] + 1] - starts[components[k]];
    }
    return sizes;
  }

  /** Where each chosen component starts in the batch. */
  private static long[] batchStarts(long[] starts, int[] components) {
    long[] out = new long[components.length];
    for (int k = 1; k < components.length; k++) {
      out[k] = out[k - 1] + starts[components[k - 1] + 1] - starts[components[k - 1]];
    }
    return out;
  }

  /** The rows of the chosen components, in their order. */
  private static int[] rowsOf(long[] starts, int[] components) {
    int total = 0;
    for (int c : components) {
      total += Math.toIntExact(starts[c + 1] - starts[c]);
    }
    int[] rows = new int[total];
    int at = 0;
    for (int c : components) {
      for (long r = starts[c]; r < starts[c + 1]; r++) {
        rows[at++] = Math.toIntExact(r);
      }
    }
    return rows;
  }

  private static Map<String, Feature> rows(Map<String, Feature> features, int[] rows) {
    Map<String, Feature> out = new LinkedHashMap<>();
    features.forEach((name, f) -> out.put(name, FeatureRows.select(f, rows)));
    return out;
  }
}
