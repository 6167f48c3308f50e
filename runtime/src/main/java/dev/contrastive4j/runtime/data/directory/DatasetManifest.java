package dev.contrastive4j.runtime.data.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.graph.GraphSchema;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The manifest of a data set directory, {@code dataset.json}: the graph's schema plus what a
 * schema does not say — how many graphs (components) the directory holds, how many nodes each
 * node set has, which node set is read out and by which input feature, whether nodes or whole
 * graphs are labeled, where the labels and the split are stored.
 *
 * <pre>{@code
 * {
 *   "format_version": 1,
 *   "name": "toy-citations",
 *   "schema": { ... a GraphSchema ... },
 *   "node_counts": {"paper": 24, "author": 8},
 *   "target": {"node_set": "paper", "feature": "feat", "labels": "labels.csv",
 *              "num_classes": 3},
 *   "split": {"train": "split/train.csv", "val": "split/val.csv", "test": "split/test.csv"}
 * }
 * }</pre>
 *
 * <p>A directory of many graphs, such as molecules, says how many with {@code num_components}
 * (the directory then holds the size files of {@link DatasetLayout#nodeSizes} and {@link
 * DatasetLayout#edgeSizes}), and one that labels whole graphs says so with {@code
 * "target": {"level": "graph", ...}}:
 *
 * <pre>{@code
 * {
 *   "format_version": 1,
 *   "name": "molecules",
 *   "schema": { ... },
 *   "num_components": 300,
 *   "node_counts": {"atom": 2412},
 *   "target": {"node_set": "atom", "feature": "feat", "level": "graph",
 *              "labels": "labels.npy", "num_classes": 3},
 *   "split": {"train": "split/train.npy", "val": "split/val.npy", "test": "split/test.npy"}
 * }
 * }</pre>
 *
 * <p>Construction checks that the fields are present and fit together; a problem throws a
 * {@link ManifestFieldException} naming the field.
 *
 * @param formatVersion the directory format version; {@value #FORMAT_VERSION} is the only one
 * @param name the data set's short name
 * @param description free text for people, or null
 * @param schema the graph's node sets, edge sets and features
 * @param numComponents the number of graphs (components) the directory holds, whose sizes are
 *     in the size files; null for a directory of one graph, which has no size files
 * @param nodeCounts the number of nodes of each node set of the schema, over all components
 * @param target the node set read out, its input feature, the level, the labels and the number
 *     of classes
 * @param split the files of the train, validation and test indices (of nodes, or of components
 *     when the target's level is {@code graph})
 */
@JsonPropertyOrder({"format_version", "name", "description", "schema", "num_components",
    "node_counts", "target", "split"})
public record DatasetManifest(
    @JsonProperty("format_version") Integer formatVersion,
    @JsonProperty("name") String name,
    @JsonProperty("description") @JsonInclude(JsonInclude.Include.NON_NULL) String description,
    @JsonProperty("schema") GraphSchema schema,
    @JsonProperty("num_components") @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer numComponents,
    @JsonProperty("node_counts") Map<String, Long> nodeCounts,
    @JsonProperty("target") Target target,
    @JsonProperty("split") SplitFiles split) {

  /** The format version this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /** Checks the fields, naming the first that is missing or does not fit. */
  public DatasetManifest {
    ManifestFieldException.require(formatVersion, "format_version");
    if (formatVersion != FORMAT_VERSION) {
      throw new ManifestFieldException("format_version", "is " + formatVersion
          + "; this version of contrastive4j reads format version " + FORMAT_VERSION);
    }
    ManifestFieldException.require(name, "name");
    if (name.isBlank()) {
      throw new ManifestFieldException("name", "is empty");
    }
    ManifestFieldException.require(schema, "schema");
    ManifestFieldException.require(nodeCounts, "node_counts");
    ManifestFieldException.require(target, "target");
    ManifestFieldException.require(split, "split");
    if (numComponents != null && numComponents < 1) {
      throw new ManifestFieldException("num_components", "is " + numComponents
          + "; a data set holds at least one graph (leave the field out for one graph)");
    }
    if (schema.nodeSets().isEmpty()) {
      throw new ManifestFieldException("schema.node_sets", "declares no node set");
    }
    checkNames(schema);
    for (String set : schema.nodeSets().keySet()) {
      if (!nodeCounts.containsKey(set)) {
        throw new ManifestFieldException("node_counts", "has no count for node set '" + set
            + "' of the schema");
      }
    }
    for (Map.Entry<String, Long> e : nodeCounts.entrySet()) {
      if (!schema.nodeSets().containsKey(e.getKey())) {
        throw new ManifestFieldException("node_counts." + e.getKey(), "names a node set that "
            + "the schema does not declare; it declares " + schema.nodeSets().keySet());
      }
      if (e.getValue() == null || e.getValue() < 0 || e.getValue() > Integer.MAX_VALUE) {
        throw new ManifestFieldException("node_counts." + e.getKey(), "is " + e.getValue()
            + ", not a count from 0 to " + Integer.MAX_VALUE);
      }
    }
    GraphSchema.NodeSetSpec targetSet = schema.nodeSets().get(target.nodeSet());
    if (targetSet == null) {
      throw new ManifestFieldException("target.node_set", "is '" + target.nodeSet()
          + "', which the schema does not declare; it declares " + schema.nodeSets().keySet());
    }
    if (!targetSet.features().containsKey(target.feature())) {
      throw new ManifestFieldException("target.feature", "is '" + target.feature()
          + "', which node set '" + target.nodeSet() + "' does not have; it has "
          + targetSet.features().keySet());
    }
    // Not a count of these items' classes; the probe would have an output for each.
    if (target.labelLevel() == LabelLevel.NODE
        && target.numClasses() > nodeCounts.get(target.nodeSet())) {
      throw new ManifestFieldException("target.num_classes", "is " + target.numClasses()
          + ", more than the " + nodeCounts.get(target.nodeSet()) + " nodes of node set '"
          + target.nodeSet() + "' it classifies");
    }
    if (target.labelLevel() == LabelLevel.GRAPH
        && target.numClasses() > (numComponents == null ? 1 : numComponents)) {
      throw new ManifestFieldException("target.num_classes", "is " + target.numClasses()
          + ", more than the " + (numComponents == null ? "one graph (no num_components)"
              : numComponents + " graphs (num_components)") + " it classifies");
    }
    nodeCounts = Collections.unmodifiableMap(new LinkedHashMap<>(nodeCounts));
  }

  /** The node count of {@code nodeSet}. */
  public int nodeCount(String nodeSet) {
    return nodeCounts.get(nodeSet).intValue();
  }

  /** The number of graphs (components): {@code num_components}, or 1 without it. */
  public int components() {
    return numComponents == null ? 1 : numComponents;
  }

  /** Whether the directory holds size files, as it does when it sets {@code num_components}. */
  public boolean hasSizes() {
    return numComponents != null;
  }

  /**
   * The node set read out, and what is labeled: its nodes, or whole graphs (the components),
   * each by the mean embedding of its nodes of the node set.
   *
   * @param nodeSet the node set whose nodes are classified, or pooled to classify a graph
   * @param feature that node set's input feature
   * @param level {@code "node"} or {@code "graph"}: what the labels and the split are of; null
   *     (the field left out) is {@code "node"}
   * @param labels path of the labels file, relative to the directory
   * @param numClasses the number of classes
   */
  @JsonPropertyOrder({"node_set", "feature", "level", "labels", "num_classes"})
  public record Target(
      @JsonProperty("node_set") String nodeSet,
      @JsonProperty("feature") String feature,
      @JsonProperty("level") @JsonInclude(JsonInclude.Include.NON_NULL) String level,
      @JsonProperty("labels") String labels,
      @JsonProperty("num_classes") Integer numClasses) {

    /** Checks that every field is present, the level known and the class count positive. */
    public Target {
      ManifestFieldException.require(nodeSet, "node_set");
      ManifestFieldException.require(feature, "feature");
      if (level != null && !level.equals(LabelLevel.NODE.id())
          && !level.equals(LabelLevel.GRAPH.id())) {
        throw new ManifestFieldException("level", "is '" + level + "'; it must be '"
            + LabelLevel.NODE.id() + "' (labels of the nodes of node_set, the default) or '"
            + LabelLevel.GRAPH.id() + "' (labels of whole graphs, the components)");
      }
      ManifestFieldException.require(labels, "labels");
      ManifestFieldException.require(numClasses, "num_classes");
      if (numClasses < 1) {
        throw new ManifestFieldException("num_classes", "is " + numClasses
            + "; a data set needs at least one class");
      }
      DatasetLayout.checkRelativePath("labels", labels);
    }

    /**
     * The target as a data set that labels {@code level}: the field is left out for nodes, as
     * a directory written before graph labels leaves it.
     */
    public static Target of(String nodeSet, String feature, LabelLevel level, String labels,
        int numClasses) {
      return new Target(nodeSet, feature, level == LabelLevel.NODE ? null : level.id(), labels,
          numClasses);
    }

    /** What the labels and the split are of: {@link #level()} as a constant, node by default. */
    public LabelLevel labelLevel() {
      return LabelLevel.GRAPH.id().equals(level) ? LabelLevel.GRAPH : LabelLevel.NODE;
    }
  }

  /**
   * The split's files, each a list of node indices into the target node set, or of component
   * indices when the target's level is {@code graph}.
   *
   * @param train path of the training indices, relative to the directory
   * @param val path of the validation indices
   * @param test path of the test indices
   */
  @JsonPropertyOrder({"train", "val", "test"})
  public record SplitFiles(
      @JsonProperty("train") String train,
      @JsonProperty("val") String val,
      @JsonProperty("test") String test) {

    /** Checks that every field is present, a relative path, and a file of its own. */
    public SplitFiles {
      DatasetLayout.checkRelativePath("train", ManifestFieldException.require(train, "train"));
      DatasetLayout.checkRelativePath("val", ManifestFieldException.require(val, "val"));
      DatasetLayout.checkRelativePath("test", ManifestFieldException.require(test, "test"));
      // One file for two parts would put every node in both: say so, not 'already in this file'.
      String[][] pairs = {{"val", val, "train", train}, {"test", test, "train", train},
          {"test", test, "val", val}};
      for (String[] p : pairs) {
        if (Path.of(p[1]).normalize().equals(Path.of(p[3]).normalize())) {
          throw new ManifestFieldException(p[0], "is '" + p[1] + "', the file of '" + p[2]
              + "' too; each part of the split needs a file of its own");
        }
      }
    }
  }

  private static void checkNames(GraphSchema schema) {
    schema.nodeSets().forEach((set, spec) -> {
      DatasetLayout.checkName("schema.node_sets", set);
      spec.features().keySet().forEach(f ->
          DatasetLayout.checkName("schema.node_sets." + set + ".features", f));
    });
    schema.edgeSets().forEach((set, spec) -> {
      DatasetLayout.checkName("schema.edge_sets", set);
      spec.features().keySet().forEach(f ->
          DatasetLayout.checkName("schema.edge_sets." + set + ".features", f));
    });
    schema.context().features().keySet().forEach(f ->
        DatasetLayout.checkName("schema.context.features", f));
  }
}
