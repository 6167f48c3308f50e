package dev.contrastive4j.api.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and types of a graph's sets and features, as JSON, like TF-GNN's
 * {@code GraphSchema}. {@link #of(GraphTensor)} derives it from a graph and
 * {@link #check(GraphTensor)} checks a graph against it.
 *
 * <pre>{@code
 * {"context": {"features": {}},
 *  "node_sets": {"paper": {"features": {"feat": {"dtype": "float32", "shape": [1433],
 *                                                "sparse": true}}}},
 *  "edge_sets": {"cites": {"source": "paper", "target": "paper", "features": {}}}}
 * }</pre>
 *
 * @param context the context's features; null means none
 * @param nodeSets node sets by name, in order; null means none
 * @param edgeSets edge sets by name, in order; null means none
 */
public record GraphSchema(
    @JsonProperty("context") ContextSpec context,
    @JsonProperty("node_sets") Map<String, NodeSetSpec> nodeSets,
    @JsonProperty("edge_sets") Map<String, EdgeSetSpec> edgeSets) {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      // A second value after the schema, or a set named twice, is a mistake to report, not to
      // ignore or to let the last one win.
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * Null maps are empty; the maps are copied, in order.
   *
   * @throws InvalidGraphException if a node set, edge set or feature name is null or empty, a
   *     node set or edge set is null, or an edge set names a node set the schema does not
   *     declare
   */
  public GraphSchema {
    context = context == null ? new ContextSpec(Map.of()) : context;
    nodeSets = nodeSets == null ? Map.of() : copy(nodeSets, "node set",
        "{\"features\": {}} for one without features");
    edgeSets = edgeSets == null ? Map.of() : copy(edgeSets, "edge set",
        "its 'source' and 'target'");
    for (Map.Entry<String, EdgeSetSpec> e : edgeSets.entrySet()) {
      for (String end : List.of(e.getValue().source(), e.getValue().target())) {
        if (!nodeSets.containsKey(end)) {
          throw new InvalidGraphException("schema: edge set '" + e.getKey()
              + "' refers to node set '" + end + "', which the schema does not declare");
        }
      }
    }
  }

  /**
   * Features of the context.
   *
   * @param features feature types by name; null means none
   */
  public record ContextSpec(@JsonProperty("features") Map<String, FeatureSpec> features) {
    /** A null map is empty; the map is copied. */
    public ContextSpec {
      features = features == null ? Map.of() : copyFeatures(features);
    }
  }

  /**
   * Features of a node set.
   *
   * @param features feature types by name; null means none
   */
  public record NodeSetSpec(@JsonProperty("features") Map<String, FeatureSpec> features) {
    /** A null map is empty; the map is copied. */
    public NodeSetSpec {
      features = features == null ? Map.of() : copyFeatures(features);
    }
  }

  /**
   * Endpoints and features of an edge set.
   *
   * @param source the node set the edges come from; must be declared in the schema
   * @param target the node set the edges go to; must be declared in the schema
   * @param features feature types by name; null means none
   */
  public record EdgeSetSpec(
      @JsonProperty("source") String source,
      @JsonProperty("target") String target,
      @JsonProperty("features") Map<String, FeatureSpec> features) {
    /**
     * A null feature map is empty; the map is copied.
     *
     * @throws InvalidGraphException if {@code source} or {@code target} is null, or a feature's
     *     spec is null
     */
    public EdgeSetSpec {
      if (source == null || target == null) {
        throw new InvalidGraphException("schema: an edge set needs 'source' and 'target'");
      }
      features = features == null ? Map.of() : copyFeatures(features);
    }
  }

  /**
   * The schema that describes {@code graph}.
   *
   * @throws InvalidGraphException if {@code graph} is null, or has a feature whose data type has
   *     no schema name (naming the set and feature)
   */
  public static GraphSchema of(GraphTensor graph) {
    requireGraph(graph);
    Map<String, NodeSetSpec> nodes = new LinkedHashMap<>();
    graph.nodeSets().forEach((name, n) -> nodes.put(name, new NodeSetSpec(
        specs("node set '" + name + "'", n.features()))));
    Map<String, EdgeSetSpec> edges = new LinkedHashMap<>();
    graph.edgeSets().forEach((name, e) -> edges.put(name, new EdgeSetSpec(
        e.adjacency().sourceSet(), e.adjacency().targetSet(),
        specs("edge set '" + name + "'", e.features()))));
    return new GraphSchema(new ContextSpec(specs("context", graph.context().features())), nodes,
        edges);
  }

  private static void requireGraph(GraphTensor graph) {
    if (graph == null) {
      throw new InvalidGraphException("schema: graph must not be null");
    }
  }

  /**
   * Parses a schema from JSON text, which must hold one JSON object; unknown fields and names
   * given twice are refused.
   *
   * @throws InvalidGraphException if the text is null or not a valid schema (the message names
   *     what is wrong, the field by its path, and the line)
   */
  public static GraphSchema fromJson(String json) {
    if (json == null) {
      throw new InvalidGraphException("schema: the JSON text must not be null");
    }
    GraphSchema schema;
    try {
      schema = JSON.readValue(json, GraphSchema.class);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof InvalidGraphException g) {
        throw g; // a set or feature spec refused its value, naming it (not Jackson's words)
      }
      throw new InvalidGraphException("schema"
          + (e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr()) + ": "
          + SchemaJsonErrors.describe(e));
    }
    if (schema == null) {
      throw new InvalidGraphException("schema: the text must hold one JSON object, not null");
    }
    return schema;
  }

  /** This schema as indented JSON. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema is always serializable", e);
    }
  }

  /**
   * Checks that {@code graph} has exactly the sets and features declared here.
   *
   * @throws InvalidGraphException naming every set or feature that differs, or if
   *     {@code graph} is null
   */
  public void check(GraphTensor graph) {
    requireGraph(graph);
    List<String> problems = new ArrayList<>();
    compareSets("node set", nodeSets.keySet(), graph.nodeSets().keySet(), problems);
    compareSets("edge set", edgeSets.keySet(), graph.edgeSets().keySet(), problems);
    compareFeatures("context", context.features(), graph.context().features(), problems);
    nodeSets.forEach((name, spec) -> {
      if (graph.nodeSets().containsKey(name)) {
        compareFeatures("node set '" + name + "'", spec.features(),
            graph.nodeSet(name).features(), problems);
      }
    });
    edgeSets.forEach((name, spec) -> {
      if (graph.edgeSets().containsKey(name)) {
        EdgeSet e = graph.edgeSet(name);
        if (!e.adjacency().sourceSet().equals(spec.source())
            || !e.adjacency().targetSet().equals(spec.target())) {
          problems.add("edge set '" + name + "' joins " + e.adjacency().sourceSet() + " -> "
              + e.adjacency().targetSet() + " but the schema says " + spec.source() + " -> "
              + spec.target());
        }
        compareFeatures("edge set '" + name + "'", spec.features(), e.features(), problems);
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidGraphException("graph does not match its schema: "
          + String.join("; ", problems));
    }
  }

  private static void compareSets(String what, java.util.Set<String> declared,
      java.util.Set<String> actual, List<String> problems) {
    for (String name : declared) {
      if (!actual.contains(name)) {
        problems.add(what + " '" + name + "' is missing");
      }
    }
    for (String name : actual) {
      if (!declared.contains(name)) {
        problems.add(what + " '" + name + "' is not in the schema");
      }
    }
  }

  private static void compareFeatures(String owner, Map<String, FeatureSpec> declared,
      Map<String, Feature> actual, List<String> problems) {
    declared.forEach((name, spec) -> {
      Feature f = actual.get(name);
      if (f == null) {
        problems.add(owner + ", feature '" + name + "' is missing");
      } else if (!spec.matches(f)) {
        // A type without a schema name is described by why it has none.
        String noName = FeatureSpec.noName(f.dataType());
        problems.add(owner + ", feature '" + name + "'" + (noName != null ? ": " + noName
            : " is " + FeatureSpec.of(f) + " but the schema says " + spec));
      }
    });
    for (String name : actual.keySet()) {
      if (!declared.containsKey(name)) {
        problems.add(owner + ", feature '" + name + "' is not in the schema");
      }
    }
  }

  /** The specs of the features of {@code owner}, a set named as messages name it. */
  private static Map<String, FeatureSpec> specs(String owner, Map<String, Feature> features) {
    Map<String, FeatureSpec> out = new LinkedHashMap<>();
    features.forEach((name, f) -> {
      String noName = FeatureSpec.noName(f.dataType());
      if (noName != null) {
        throw new InvalidGraphException(owner + ", feature '" + name + "': " + noName);
      }
      out.put(name, FeatureSpec.of(f));
    });
    return out;
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * A copy of {@code map}, whose names must not be empty (no graph has such a set or feature)
   * and whose values must not be null (a JSON {@code null} in a schema).
   */
  private static <V> Map<String, V> copy(Map<String, V> map, String what, String needs) {
    map.forEach((name, value) -> {
      if (name == null || name.isEmpty()) {
        throw new InvalidGraphException("schema: " + what + " names must be non-empty");
      }
      if (value == null) {
        throw new InvalidGraphException("schema: " + what + " '" + name + "' is null; write "
            + needs);
      }
    });
    return copy(map);
  }

  private static Map<String, FeatureSpec> copyFeatures(Map<String, FeatureSpec> features) {
    return copy(features, "feature", "its spec, at least {\"dtype\": ...}");
  }
}
