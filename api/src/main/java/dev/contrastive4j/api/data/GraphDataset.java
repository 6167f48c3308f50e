package dev.contrastive4j.api.data;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Arrays;

/**
 * A graph ready for self-supervised training and linear-probe evaluation: the graph itself,
 * the node set that is read out ({@code targetNodeSet}) with its input feature, the labels, and
 * the standard split.
 *
 * <p>The labels are at one of two {@linkplain LabelLevel levels}. Made with the constructor, a
 * data set labels the nodes of its target node set, and its split holds node indices (a
 * citation graph whose papers are classified). Made with {@link #ofGraphs}, it labels whole
 * graphs, the components of its graph (as {@link GraphTensor#merge} makes them), and its split
 * holds component indices (molecules classified by kind); the probe then classifies each graph
 * by the mean embedding of its nodes of the target node set.
 *
 * <p>Labels are kept outside the graph so that training can never see them.
 */
public final class GraphDataset {
  /** Label of a node or graph whose class is unknown. */
  public static final int UNLABELED = -1;

  private static final String NO_EMBEDDING =
      " (a graph without nodes has no pooled embedding to classify)";

  private final String name;
  private final GraphTensor graph;
  private final String targetNodeSet;
  private final String featureName;
  private final LabelLevel labelLevel;
  private final int[] labels;
  private final int numClasses;
  private final Split split;

  /**
   * A data set that labels nodes: checks that the pieces fit together and holds them.
   *
   * @param name short name (e.g. {@code cora}), not empty
   * @param graph the graph
   * @param targetNodeSet the node set that is classified
   * @param featureName the input feature of {@code targetNodeSet}
   * @param labels one class in {@code [0, numClasses)} or {@link #UNLABELED} per node of
   *     {@code targetNodeSet}; copied
   * @param numClasses number of classes, from 1 to the number of nodes of {@code targetNodeSet}
   * @param split train/val/test node indices into {@code targetNodeSet}; every one labeled, no
   *     node in two parts
   * @throws InvalidGraphException if an argument is null or the name empty, or the pieces do
   *     not fit together: an unknown node set or feature, a label count or label out of range,
   *     a number of classes out of range, a split index out of range, unlabeled or repeated
   *     (the message names the data set)
   */
  public GraphDataset(String name, GraphTensor graph, String targetNodeSet, String featureName,
      int[] labels, int numClasses, Split split) {
    this(LabelLevel.NODE, name, graph, targetNodeSet, featureName, labels, numClasses, split);
  }

  /**
   * A data set that labels graphs: the components of {@code graph}, each one graph of the data
   * set (as {@link GraphTensor#merge} puts them side by side). Checks that the pieces fit
   * together.
   *
   * @param name short name (e.g. {@code molecules})
   * @param graph the graphs, as the components of one graph
   * @param targetNodeSet the node set read out; a graph's embedding is the mean of its nodes'
   * @param featureName the input feature of {@code targetNodeSet}
   * @param graphLabels one class in {@code [0, numClasses)} or {@link #UNLABELED} per component
   *     of {@code graph}; copied
   * @param numClasses number of classes, from 1 to the number of components
   * @param split train/val/test component indices; every one labeled, no component in two parts
   * @return the data set, {@linkplain #labelLevel() at level} {@link LabelLevel#GRAPH}
   * @throws InvalidGraphException if an argument is null or the name empty, or the pieces do
   *     not fit together: an unknown node set or feature, a label count other than the number of
   *     components, a label or number of classes out of range, a split index out of range,
   *     unlabeled or repeated, or a component that is labeled or in the split but has no node of
   *     {@code targetNodeSet} (it has no embedding to classify); the message names the data set
   *     and the component
   */
  public static GraphDataset ofGraphs(String name, GraphTensor graph, String targetNodeSet,
      String featureName, int[] graphLabels, int numClasses, Split split) {
    return new GraphDataset(LabelLevel.GRAPH, name, graph, targetNodeSet, featureName,
        graphLabels, numClasses, split);
  }

  private GraphDataset(LabelLevel level, String name, GraphTensor graph, String targetNodeSet,
      String featureName, int[] labels, int numClasses, Split split) {
    if (name == null || name.isBlank()) {
      throw new InvalidGraphException("data set: name must be non-empty");
    }
    String owner = "data set '" + name + "'";
    requireArgument(owner, graph, "graph");
    requireArgument(owner, labels, "labels");
    requireArgument(owner, split, "split");
    NodeSet target = graph.nodeSets().get(targetNodeSet);
    if (target == null) {
      throw new InvalidGraphException(owner + ": unknown node set '" + targetNodeSet
          + "'; the graph has " + graph.nodeSets().keySet());
    }
    if (!target.hasFeature(featureName)) {
      throw new InvalidGraphException(owner + ": node set '" + targetNodeSet + "' has no "
          + "feature '" + featureName + "'; it has " + target.features().keySet());
    }
    long[] nodesPerComponent = target.sizes();
    Items items = level == LabelLevel.NODE
        ? new Items("node", Arrays.stream(nodesPerComponent).sum(), null)
        : new Items("component", nodesPerComponent.length, nodesPerComponent);
    if (labels.length != items.count() && level == LabelLevel.NODE) {
      throw new InvalidGraphException(owner + ": " + labels.length
          + " labels for node set '" + targetNodeSet + "' of " + items.count() + " nodes");
    }
    if (labels.length != items.count()) {
      throw new InvalidGraphException(owner + ": " + labels.length
          + " graph labels for a graph of " + items.count() + " component"
          + (items.count() == 1 ? "" : "s") + " (one label per component)");
    }
    // More classes than items would leave classes without any; a huge count would also make
    // classSizes() and the probe's output allocate for nothing.
    if (numClasses < 1 || numClasses > items.count()) {
      throw new InvalidGraphException(owner + ": numClasses is " + numClasses + "; it must be "
          + "from 1 to the " + items.count() + " " + items.word()
          + (items.count() == 1 ? "" : "s") + " it classifies"
          + (level == LabelLevel.NODE ? " (of node set '" + targetNodeSet + "')" : ""));
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < UNLABELED || labels[i] >= numClasses) {
        throw new InvalidGraphException(owner + ": label " + labels[i] + " of "
            + items.word() + " " + i + " is outside [0, " + numClasses + ")");
      }
      if (labels[i] != UNLABELED && items.isEmpty(i)) {
        throw new InvalidGraphException(owner + ": component " + i + " is "
            + "labeled but has no node of node set '" + targetNodeSet + "'" + NO_EMBEDDING);
      }
    }
    boolean[] used = new boolean[labels.length];
    checkPart(owner, "train", split.train(), labels, items, targetNodeSet, used);
    checkPart(owner, "val", split.val(), labels, items, targetNodeSet, used);
    checkPart(owner, "test", split.test(), labels, items, targetNodeSet, used);
    this.name = name;
    this.graph = graph;
    this.targetNodeSet = targetNodeSet;
    this.featureName = featureName;
    this.labelLevel = level;
    this.labels = labels.clone();
    this.numClasses = numClasses;
    this.split = split;
  }

  private static void requireArgument(String owner, Object value, String name) {
    if (value == null) {
      throw new InvalidGraphException(owner + ": " + name + " must not be null");
    }
  }

  /**
   * What the labels are of: their word in messages, how many there are, and for components the
   * number of target nodes of each (null for nodes).
   */
  private record Items(String word, long count, long[] nodesPerComponent) {
    boolean isEmpty(int i) {
      return nodesPerComponent != null && nodesPerComponent[i] == 0;
    }
  }

  private static void checkPart(String owner, String part, int[] ids, int[] labels, Items items,
      String targetNodeSet, boolean[] used) {
    for (int id : ids) {
      if (id < 0 || id >= labels.length) {
        throw new InvalidGraphException(owner + ": " + part + " " + items.word()
            + " " + id + " is outside [0, " + labels.length + ")");
      }
      if (items.isEmpty(id)) {
        throw new InvalidGraphException(owner + ": " + part + " component " + id
            + " has no node of node set '" + targetNodeSet + "'" + NO_EMBEDDING);
      }
      if (labels[id] == UNLABELED) {
        throw new InvalidGraphException(owner + ": " + part + " " + items.word()
            + " " + id + " has no label");
      }
      if (used[id]) {
        throw new InvalidGraphException(owner + ": " + items.word() + " " + id
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

  /** The node set that is classified, or whose nodes' mean embedding classifies a graph. */
  public String targetNodeSet() {
    return targetNodeSet;
  }

  /** The input feature of the target node set. */
  public String featureName() {
    return featureName;
  }

  /**
   * What the labels and split are of: the nodes of the target node set, or the graphs
   * (components).
   */
  public LabelLevel labelLevel() {
    return labelLevel;
  }

  /**
   * A copy of the labels: one per node of the target node set, or at level
   * {@link LabelLevel#GRAPH} one per component.
   */
  public int[] labels() {
    return labels.clone();
  }

  /** Number of classes; labels are in {@code [0, numClasses)}. */
  public int numClasses() {
    return numClasses;
  }

  /**
   * The train/val/test indices: into the target node set, or at level {@link LabelLevel#GRAPH}
   * of components.
   */
  public Split split() {
    return split;
  }

  /** Number of labeled nodes (or graphs, at level {@link LabelLevel#GRAPH}) per class. */
  public int[] classSizes() {
    int[] sizes = new int[numClasses];
    for (int label : labels) {
      if (label >= 0) {
        sizes[label]++;
      }
    }
    return sizes;
  }

  /**
   * A copy with another graph (same target node set, level, labels and split), e.g. after
   * preprocessing.
   *
   * @throws InvalidGraphException if the labels or split do not fit the new graph, as the
   *     constructor or {@link #ofGraphs} says
   */
  public GraphDataset withGraph(GraphTensor newGraph) {
    return new GraphDataset(labelLevel, name, newGraph, targetNodeSet, featureName, labels,
        numClasses, split);
  }

  @Override
  public String toString() {
    return "GraphDataset[" + name + ", " + targetNodeSet + "." + featureName
        + (labelLevel == LabelLevel.GRAPH ? ", labels of " + labels.length + " graphs" : "")
        + ", classes=" + numClasses + ", sizes=" + Arrays.toString(classSizes()) + ", " + split
        + "]";
  }
}
