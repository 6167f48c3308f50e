package dev.contrastive4j.api.data;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import java.util.Arrays;

/**
 * A graph ready for self-supervised training and linear-probe evaluation: the graph itself,
 * the node set whose nodes are classified ({@code targetNodeSet}) with its input feature, the
 * class of each of those nodes, and the standard split.
 *
 * <p>Labels are kept outside the graph so that training can never see them.
 */
public final class GraphDataset {
  /** Label of a node whose class is unknown. */
  public static final int UNLABELED = -1;

  private final String name;
  private final GraphTensor graph;
  private final String targetNodeSet;
  private final String featureName;
  private final int[] labels;
  private final int numClasses;
  private final Split split;

  /**
   * Checks that the pieces fit together and holds them.
   *
   * @param name short name (e.g. {@code cora})
   * @param graph the graph
   * @param targetNodeSet the node set that is classified
   * @param featureName the input feature of {@code targetNodeSet}
   * @param labels one class in {@code [0, numClasses)} or {@link #UNLABELED} per node of
   *     {@code targetNodeSet}; copied
   * @param numClasses number of classes
   * @param split train/val/test node indices into {@code targetNodeSet}; every one labeled, no
   *     node in two parts
   * @throws InvalidGraphException if the pieces do not fit together: an unknown node set or
   *     feature, a label count or label out of range, a split index out of range, unlabeled or
   *     repeated (the message names the data set)
   */
  public GraphDataset(String name, GraphTensor graph, String targetNodeSet, String featureName,
      int[] labels, int numClasses, Split split) {
    long n = graph.nodeSet(targetNodeSet).totalSize();
    graph.nodeSet(targetNodeSet).feature(featureName);
    if (labels.length != n) {
      throw new InvalidGraphException("data set '" + name + "': " + labels.length
          + " labels for node set '" + targetNodeSet + "' of " + n + " nodes");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < UNLABELED || labels[i] >= numClasses) {
        throw new InvalidGraphException("data set '" + name + "': label " + labels[i]
            + " of node " + i + " is outside [0, " + numClasses + ")");
      }
    }
    boolean[] used = new boolean[labels.length];
    checkPart(name, "train", split.train(), labels, used);
    checkPart(name, "val", split.val(), labels, used);
    checkPart(name, "test", split.test(), labels, used);
    this.name = name;
    this.graph = graph;
    this.targetNodeSet = targetNodeSet;
    this.featureName = featureName;
    this.labels = labels.clone();
    this.numClasses = numClasses;
    this.split = split;
  }

  private static void checkPart(String name, String part, int[] ids, int[] labels,
      boolean[] used) {
    for (int id : ids) {
      if (id < 0 || id >= labels.length) {
        throw new InvalidGraphException("data set '" + name + "': " + part + " node " + id
            + " is outside [0, " + labels.length + ")");
      }
      if (labels[id] == UNLABELED) {
        throw new InvalidGraphException("data set '" + name + "': " + part + " node " + id
            + " has no label");
      }
      if (used[id]) {
        throw new InvalidGraphException("data set '" + name + "': node " + id
            + " is in more than one split part (again in " + part + ")");
      }
      used[id] = true;
    }
  }

  /** Short name, e.g. {@code cora}. */
  public String name() {
    return name;
  }

  /** The graph, without the labels. */
  public GraphTensor graph() {
    return graph;
  }

  /** The node set that is classified. */
  public String targetNodeSet() {
    return targetNodeSet;
  }

  /** The input feature of the target node set. */
  public String featureName() {
    return featureName;
  }

  /** A copy of the labels. */
  public int[] labels() {
    return labels.clone();
  }

  /** Number of classes; labels are in {@code [0, numClasses)}. */
  public int numClasses() {
    return numClasses;
  }

  /** The train/val/test node indices into the target node set. */
  public Split split() {
    return split;
  }

  /** Number of nodes per class. */
  public int[] classSizes() {
    int[] sizes = new int[numClasses];
    for (int label : labels) {
      if (label >= 0) {
        sizes[label]++;
      }
    }
    return sizes;
  }

  /** A copy with another graph (same target node set and labels), e.g. after preprocessing. */
  public GraphDataset withGraph(GraphTensor newGraph) {
    return new GraphDataset(name, newGraph, targetNodeSet, featureName, labels, numClasses, split);
  }

  @Override
  public String toString() {
    return "GraphDataset[" + name + ", " + targetNodeSet + "." + featureName + ", classes="
        + numClasses + ", sizes=" + Arrays.toString(classSizes()) + ", " + split + "]";
  }
}
