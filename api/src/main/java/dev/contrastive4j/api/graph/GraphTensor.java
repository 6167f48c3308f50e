package dev.contrastive4j.api.graph;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A graph, or a batch of graphs held as components, like TF-GNN's {@code GraphTensor}: a
 * {@link Context}, named {@link NodeSet}s and named {@link EdgeSet}s.
 *
 * <p>Immutable and always consistent: construction checks that every set has the same number
 * of components (at least one), that every edge set joins known node sets with indices in
 * range and inside its own component, that every feature has one row per item, and that float
 * features are finite. Any violation throws one {@link InvalidGraphException} naming the set and feature;
 * so do the {@code with...} copies, for an unknown set or an inconsistent result. Dense
 * features hold their arrays without a copy ({@link Feature#dense}): a program must not change
 * such an array once it is in a graph.
 */
public final class GraphTensor {
  private final Context context;
  private final Map<String, NodeSet> nodeSets;
  private final Map<String, EdgeSet> edgeSets;
  private final int numComponents;

  private GraphTensor(Context context, Map<String, NodeSet> nodeSets,
      Map<String, EdgeSet> edgeSets, GraphTensor checkedBefore) {
    this.context = context;
    this.nodeSets = Collections.unmodifiableMap(new LinkedHashMap<>(nodeSets));
    this.edgeSets = Collections.unmodifiableMap(new LinkedHashMap<>(edgeSets));
    this.numComponents = validate(checkedBefore == null ? Set.of() : checkedBefore.features());
  }

  /** Every feature object of this graph, by identity (they were all checked when it was built). */
  private Set<Feature> features() {
    Set<Feature> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(context.features().values());
    nodeSets.values().forEach(n -> all.addAll(n.features().values()));
    edgeSets.values().forEach(e -> all.addAll(e.features().values()));
    return all;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The usual single-graph case: one node set with features and one edge set from that node
   * set to itself.
   *
   * @throws InvalidGraphException if the two do not fit together
   */
  public static GraphTensor homogeneous(String nodeSetName, NodeSet nodes, String edgeSetName,
      EdgeSet edges) {
    return builder().nodeSet(nodeSetName, nodes).edgeSet(edgeSetName, edges).build();
  }

  /**
   * The graphs side by side as the components of one graph, in order (TF-GNN's {@code
   * merge_batch_to_components}): a data set of many small graphs, such as molecules, which
   * training reads in mini-batches of components. Each graph may have components of its own;
   * sizes and feature rows are concatenated, and each graph's edge indices are shifted past the
   * nodes of the graphs before it.
   *
   * @param graphs at least one graph; all with the same node sets, edge sets (joining the same
   *     node sets) and features (dense or sparse alike, of one data type and one width)
   * @throws InvalidGraphException naming the first graph (by its index), set and feature that
   *     differ from graph 0's
   */
  public static GraphTensor merge(List<GraphTensor> graphs) {
    return GraphMerge.merge(graphs);
  }

  /**
   * A builder that starts with this graph's context and sets; replacing some of them and
   * building checks the new pieces fully but does not scan the values of features kept from
   * this graph again.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.context = context;
    b.nodeSets.putAll(nodeSets);
    b.edgeSets.putAll(edgeSets);
    b.checkedBefore = this;
    return b;
  }

  /** The graph-level features. */
  public Context context() {
    return context;
  }

  /** Node sets by name, in insertion order (unmodifiable). */
  public Map<String, NodeSet> nodeSets() {
    return nodeSets;
  }

  /** Edge sets by name, in insertion order (unmodifiable). */
  public Map<String, EdgeSet> edgeSets() {
    return edgeSets;
  }

  /**
   * The node set called {@code name}.
   *
   * @throws InvalidGraphException if there is none; the message lists the node sets there are
   */
  public NodeSet nodeSet(String name) {
    NodeSet n = nodeSets.get(name);
    if (n == null) {
      throw new InvalidGraphException("unknown node set '" + name + "'; the graph has "
          + nodeSets.keySet());
    }
    return n;
  }

  /**
   * The edge set called {@code name}.
   *
   * @throws InvalidGraphException if there is none; the message lists the edge sets there are
   */
  public EdgeSet edgeSet(String name) {
    EdgeSet e = edgeSets.get(name);
    if (e == null) {
      throw new InvalidGraphException("unknown edge set '" + name + "'; the graph has "
          + edgeSets.keySet());
    }
    return e;
  }

  /** Number of components (graphs in the batch); 1 for a single graph. */
  public int numComponents() {
    return numComponents;
  }

  /** A copy with node set {@code set}'s feature {@code name} set to {@code value}. */
  public GraphTensor withNodeFeature(String set, String name, Feature value) {
    return withNodeSet(set, n -> n.withFeature(name, value));
  }

  /** A copy with node set {@code set}'s features replaced by {@code features}. */
  public GraphTensor withNodeFeatures(String set, Map<String, Feature> features) {
    return withNodeSet(set, n -> n.withFeatures(features));
  }

  /** A copy with edge set {@code set}'s feature {@code name} set to {@code value}. */
  public GraphTensor withEdgeFeature(String set, String name, Feature value) {
    return withEdgeSet(set, e -> e.withFeature(name, value));
  }

  /** A copy with edge set {@code set}'s features replaced by {@code features}. */
  public GraphTensor withEdgeFeatures(String set, Map<String, Feature> features) {
    return withEdgeSet(set, e -> e.withFeatures(features));
  }

  /** A copy with the context's features replaced by {@code features}. */
  public GraphTensor withContextFeatures(Map<String, Feature> features) {
    return new GraphTensor(context.withFeatures(features), nodeSets, edgeSets, this);
  }

  /**
   * A copy in which node set {@code set} is replaced by {@code change} applied to it.
   *
   * @throws InvalidGraphException if there is no such node set, {@code change} is null or the
   *     node set it makes does not fit the graph
   */
  public GraphTensor withNodeSet(String set, UnaryOperator<NodeSet> change) {
    requireChange(change);
    Map<String, NodeSet> copy = new LinkedHashMap<>(nodeSets);
    copy.put(set, change.apply(nodeSet(set)));
    return new GraphTensor(context, copy, edgeSets, this);
  }

  /**
   * A copy in which edge set {@code set} is replaced by {@code change} applied to it.
   *
   * @throws InvalidGraphException if there is no such edge set, {@code change} is null or the
   *     edge set it makes does not fit the graph
   */
  public GraphTensor withEdgeSet(String set, UnaryOperator<EdgeSet> change) {
    requireChange(change);
    Map<String, EdgeSet> copy = new LinkedHashMap<>(edgeSets);
    copy.put(set, change.apply(edgeSet(set)));
    return new GraphTensor(context, nodeSets, copy, this);
  }

  private static void requireChange(UnaryOperator<?> change) {
    if (change == null) {
      throw new InvalidGraphException("change must not be null (the function that makes the "
          + "new set from the old)");
    }
  }

  /**
   * Checks the whole graph. Feature objects in {@code checked} come unchanged from a graph
   * that was already checked; their values are not scanned again for NaN (a copy with one new
   * feature costs only that feature's scan).
   */
  private int validate(Set<Feature> checked) {
    if (nodeSets.isEmpty()) {
      throw new InvalidGraphException("a graph needs at least one node set");
    }
    Integer components = null;
    String first = null;
    for (Map.Entry<String, NodeSet> e : nodeSets.entrySet()) {
      String owner = "node set '" + e.getKey() + "'";
      NodeSet n = e.getValue();
      if (n == null) {
        throw new InvalidGraphException(owner + " is null");
      }
      if (components == null) {
        components = n.numComponents();
        first = owner;
      } else if (n.numComponents() != components) {
        throw new InvalidGraphException(owner + " has " + n.numComponents()
            + " components but " + first + " has " + components);
      }
      FeatureChecks.check(owner, n.totalSize(), n.features(), checked);
    }
    for (Map.Entry<String, EdgeSet> e : edgeSets.entrySet()) {
      String owner = "edge set '" + e.getKey() + "'";
      EdgeSet edges = e.getValue();
      if (edges == null) {
        throw new InvalidGraphException(owner + " is null");
      }
      if (edges.numComponents() != components) {
        throw new InvalidGraphException(owner + " has " + edges.numComponents()
            + " components but " + first + " has " + components);
      }
      Adjacency adj = edges.adjacency();
      checkEndpoints(owner, "source", adj.sourceSet(), adj.sourceView(), edges.sizes());
      checkEndpoints(owner, "target", adj.targetSet(), adj.targetView(), edges.sizes());
      FeatureChecks.check(owner, edges.totalSize(), edges.features(), checked);
    }
    FeatureChecks.check("context", components, context.features(), checked);
    return components;
  }

  /** Every index must name a node of the same component as its edge. */
  private void checkEndpoints(String owner, String end, String setName, int[] indices,
      long[] edgeSizes) {
    NodeSet nodes = nodeSets.get(setName);
    if (nodes == null) {
      throw new InvalidGraphException(owner + ": " + end + " node set '" + setName
          + "' is not in the graph; it has " + nodeSets.keySet());
    }
    long[] nodeSizes = nodes.sizes();
    long nodeStart = 0;
    int edge = 0;
    for (int c = 0; c < edgeSizes.length; c++) {
      long nodeEnd = nodeStart + nodeSizes[c];
      for (long k = 0; k < edgeSizes[c]; k++, edge++) {
        int i = indices[edge];
        if (i < nodeStart || i >= nodeEnd) {
          String range = edgeSizes.length == 1 ? "[0, " + nodeEnd + ")"
              : "[" + nodeStart + ", " + nodeEnd + ") of component " + c;
          throw new InvalidGraphException(owner + ": " + end + " index " + i + " of edge "
              + edge + " is outside node set '" + setName + "' " + range);
        }
      }
      nodeStart = nodeEnd;
    }
  }

  @Override
  public String toString() {
    return "GraphTensor[components=" + numComponents + ", context=" + context + ", nodeSets="
        + nodeSets + ", edgeSets=" + edgeSets + "]";
  }

  /** Collects sets, then checks them all at once in {@link #build()}. */
  public static final class Builder {
    private Context context = Context.empty();
    private final Map<String, NodeSet> nodeSets = new LinkedHashMap<>();
    private final Map<String, EdgeSet> edgeSets = new LinkedHashMap<>();
    private GraphTensor checkedBefore;

    private Builder() {}

    /**
     * Sets the context (empty unless set).
     *
     * @throws InvalidGraphException if {@code value} is null (a graph without context features
     *     has {@link Context#empty()})
     */
    public Builder context(Context value) {
      if (value == null) {
        throw new InvalidGraphException("context must not be null (use Context.empty())");
      }
      this.context = value;
      return this;
    }

    /**
     * Adds or replaces the node set called {@code name}.
     *
     * @throws InvalidGraphException if {@code name} is null or empty
     */
    public Builder nodeSet(String name, NodeSet value) {
      nodeSets.put(requireName("node set", name), value);
      return this;
    }

    /**
     * Adds or replaces the edge set called {@code name}.
     *
     * @throws InvalidGraphException if {@code name} is null or empty
     */
    public Builder edgeSet(String name, EdgeSet value) {
      edgeSets.put(requireName("edge set", name), value);
      return this;
    }

    /**
     * Checks the collected sets together and makes the graph.
     *
     * @throws InvalidGraphException if the collected sets are inconsistent
     */
    public GraphTensor build() {
      return new GraphTensor(context, nodeSets, edgeSets, checkedBefore);
    }

    private static String requireName(String what, String name) {
      if (name == null || name.isEmpty()) {
        throw new InvalidGraphException(what + " names must be non-empty");
      }
      return name;
    }
  }
}
