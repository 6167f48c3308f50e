package dev.contrastive4j.runtime.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.graph.GraphTensor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The sizes of a data set, as {@code dataset info} prints them. {@code nodes} and {@code edges}
 * count every set; {@code features} is the width of the target node set's input feature. A
 * graph with several node or edge sets also lists each set's size; a data set of many graphs
 * says how many ({@code components}), and one that labels whole graphs says so
 * ({@code "label_level": "graph"}).
 *
 * @param name the data set's name
 * @param nodes number of nodes over all node sets
 * @param edges number of edges over all edge sets
 * @param features width of the target node set's input feature (the product of its per-node
 *     dimensions)
 * @param classes number of classes
 * @param train number of nodes in the train split (of graphs, for a data set that labels
 *     graphs)
 * @param val number of nodes (graphs) in the validation split
 * @param test number of nodes (graphs) in the test split
 * @param nodeSets nodes per node set, or null for a graph of one node set and one edge set
 * @param edgeSets edges per edge set, or null for a graph of one node set and one edge set
 * @param components the number of graphs (components), or null for one graph
 * @param labelLevel {@link LabelLevel#GRAPH} for a data set that labels graphs, whose split
 *     counts graphs; null for one that labels nodes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "nodes", "edges", "features", "classes", "train", "val", "test",
    "node_sets", "edge_sets", "components", "label_level"})
public record DatasetInfo(
    @JsonProperty("name") String name,
    @JsonProperty("nodes") long nodes,
    @JsonProperty("edges") long edges,
    @JsonProperty("features") long features,
    @JsonProperty("classes") int classes,
    @JsonProperty("train") int train,
    @JsonProperty("val") int val,
    @JsonProperty("test") int test,
    @JsonProperty("node_sets") Map<String, Long> nodeSets,
    @JsonProperty("edge_sets") Map<String, Long> edgeSets,
    @JsonProperty("components") Integer components,
    @JsonProperty("label_level") LabelLevel labelLevel) {

  /**
   * Counts the pieces of {@code dataset}.
   *
   * @throws NullPointerException if {@code dataset} is null
   */
  public static DatasetInfo of(GraphDataset dataset) {
    Objects.requireNonNull(dataset, "DatasetInfo.of: dataset must not be null");
    GraphTensor g = dataset.graph();
    Map<String, Long> nodeSets = new LinkedHashMap<>();
    g.nodeSets().forEach((name, set) -> nodeSets.put(name, set.totalSize()));
    Map<String, Long> edgeSets = new LinkedHashMap<>();
    g.edgeSets().forEach((name, set) -> edgeSets.put(name, set.totalSize()));
    boolean heterogeneous = nodeSets.size() > 1 || edgeSets.size() > 1;
    long[] featureShape = g.nodeSet(dataset.targetNodeSet()).feature(dataset.featureName())
        .shape();
    long width = 1;
    for (int i = 1; i < featureShape.length; i++) {
      width *= featureShape[i];
    }
    return new DatasetInfo(
        dataset.name(),
        nodeSets.values().stream().mapToLong(Long::longValue).sum(),
        edgeSets.values().stream().mapToLong(Long::longValue).sum(),
        width,
        dataset.numClasses(),
        dataset.split().train().length,
        dataset.split().val().length,
        dataset.split().test().length,
        heterogeneous ? nodeSets : null,
        heterogeneous ? edgeSets : null,
        g.numComponents() == 1 ? null : g.numComponents(),
        dataset.labelLevel() == LabelLevel.NODE ? null : dataset.labelLevel());
  }
}
