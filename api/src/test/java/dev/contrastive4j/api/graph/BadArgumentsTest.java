package dev.contrastive4j.api.graph;

import static dev.contrastive4j.api.testing.BadCall.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.testing.BadCall;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every public constructor, factory and builder method of the graph model, called with each kind
 * of bad argument that applies: one {@link InvalidGraphException} at once, naming the argument,
 * set, feature or index at fault (see {@link BadCall}); and the edge cases the Javadoc allows
 * (no edges, a node set without nodes, a single node) are accepted.
 */
class BadArgumentsTest {
  private static final Class<InvalidGraphException> REFUSED = InvalidGraphException.class;

  /** Node set {@code n} of 3 nodes with feature {@code x} [3, 2]; edges 0 -> 1 -> 2. */
  private static GraphTensor chain() {
    return GraphTensor.homogeneous("n", nodes(3), "e",
        EdgeSet.of(new Adjacency("n", "n", new int[] {0, 1}, new int[] {1, 2}), Map.of()));
  }

  private static NodeSet nodes(int count) {
    return NodeSet.of(count, Map.of("x", Feature.dense(floats(count, 2))));
  }

  private static INDArray floats(long... shape) {
    return Nd4j.zeros(DataType.FLOAT, shape);
  }

  /** A float array of {@code shape} with {@code value} at its first element. */
  private static INDArray floatsWith(double value, long... shape) {
    INDArray a = floats(shape);
    a.putScalar(0, value);
    return a;
  }

  /** A map of one entry that may be a null name or value, which {@code Map.of} refuses. */
  private static <V> Map<String, V> mapOf(String name, V value) {
    Map<String, V> map = new HashMap<>();
    map.put(name, value);
    return map;
  }

  private static Adjacency selfEdges(int[] source, int[] target) {
    return new Adjacency("n", "n", source, target);
  }

  private static BadCall refused(String description, Executable call, String... names) {
    return BadCall.of(description, REFUSED, call, names);
  }

  private static Stream<DynamicTest> tests(List<BadCall> bad, DynamicTest... valid) {
    return Stream.concat(bad.stream().map(BadCall::test), Stream.of(valid));
  }

  @TestFactory
  Stream<DynamicTest> csrMatrix() {
    int[] noInts = new int[0];
    float[] noFloats = new float[0];
    CsrMatrix m = CsrMatrix.fromDense(Nd4j.createFromArray(new float[][] {{1, 0}, {0, 2}, {0, 0}}));
    return tests(List.of(
        refused("negative rows", () -> new CsrMatrix(-1, 3, new int[] {0}, noInts, noFloats),
            "rows", "-1"),
        refused("negative cols", () -> new CsrMatrix(1, -2, new int[] {0, 0}, noInts, noFloats),
            "cols", "-2"),
        refused("null indptr", () -> new CsrMatrix(1, 1, null, noInts, noFloats), "indptr"),
        refused("null indices", () -> new CsrMatrix(1, 1, new int[] {0, 0}, null, noFloats),
            "indices"),
        refused("null values", () -> new CsrMatrix(1, 1, new int[] {0, 0}, noInts, null),
            "values"),
        refused("indptr of the wrong length",
            () -> new CsrMatrix(2, 3, new int[] {0, 1}, new int[] {0}, new float[] {1}),
            "indptr", "3"),
        refused("indptr for rows = Integer.MAX_VALUE",
            () -> new CsrMatrix(Integer.MAX_VALUE, 1, new int[] {0}, noInts, noFloats),
            "indptr", "= 2147483648 entries"),
        refused("indices and values of different lengths",
            () -> new CsrMatrix(1, 3, new int[] {0, 1}, new int[] {0}, new float[] {1, 2}),
            "indices", "values"),
        refused("indptr not starting at 0",
            () -> new CsrMatrix(1, 3, new int[] {1, 1}, new int[] {0}, new float[] {1}),
            "indptr"),
        refused("indptr not ending at the number of entries",
            () -> new CsrMatrix(1, 3, new int[] {0, 2}, new int[] {0}, new float[] {1}),
            "indptr", "1"),
        refused("decreasing indptr",
            () -> new CsrMatrix(2, 3, new int[] {0, 2, 1}, new int[] {0}, new float[] {1}),
            "indptr", "row 1"),
        refused("negative column index",
            () -> new CsrMatrix(1, 3, new int[] {0, 1}, new int[] {-1}, new float[] {1}),
            "column index -1", "entry 0"),
        refused("column index past the columns",
            () -> new CsrMatrix(1, 3, new int[] {0, 2}, new int[] {0, 3}, new float[] {1, 1}),
            "column index 3", "entry 1", "[0, 3)"),
        refused("NaN value",
            () -> new CsrMatrix(1, 3, new int[] {0, 1}, new int[] {0}, new float[] {Float.NaN}),
            "entry 0", "NaN"),
        refused("infinite value", () -> new CsrMatrix(1, 3, new int[] {0, 1}, new int[] {0},
            new float[] {Float.NEGATIVE_INFINITY}), "entry 0", "Infinity"),
        refused("fromDense of null", () -> CsrMatrix.fromDense(null), "dense"),
        refused("fromDense of a vector", () -> CsrMatrix.fromDense(floats(3)), "2-D", "[3]"),
        refused("fromDense of a 3-D array", () -> CsrMatrix.fromDense(floats(2, 2, 2)), "2-D"),
        refused("fromDense of a NaN", () -> CsrMatrix.fromDense(Nd4j.createFromArray(
            new double[][] {{0, 1, 0}, {0, 0, Double.NaN}})), "row 1", "column 2", "NaN"),
        refused("selectRows of null", () -> m.selectRows(null), "rowIds"),
        refused("selectRows past the rows", () -> m.selectRows(new int[] {0, 3}), "row 3",
            "[0, 3)"),
        refused("selectRows of a negative row", () -> m.selectRows(new int[] {-1}), "row -1")),
        accepted("a 0 x 0 matrix", () -> new CsrMatrix(0, 0, new int[] {0}, noInts, noFloats)),
        accepted("rows without columns", () -> new CsrMatrix(2, 0, new int[] {0, 0, 0}, noInts,
            noFloats)),
        accepted("fromDense without rows", () -> CsrMatrix.fromDense(floats(0, 3))),
        accepted("selectRows of no rows", () -> m.selectRows(new int[0])));
  }

  @TestFactory
  Stream<DynamicTest> feature() {
    return tests(List.of(
        refused("dense of null", () -> Feature.dense(null), "values"),
        refused("dense of a scalar", () -> Feature.dense(Nd4j.scalar(1f)), "scalar"),
        refused("dense of strings", () -> Feature.dense(Nd4j.create("a", "b")), "UTF8"),
        refused("sparse of null", () -> Feature.sparse(null), "values")),
        accepted("a dense feature without rows", () -> Feature.dense(floats(0))),
        accepted("a dense feature without rows or columns", () -> Feature.dense(floats(0, 0))),
        accepted("an integer feature", () -> Feature.dense(Nd4j.createFromArray(1, 2))),
        accepted("a boolean feature", () -> Feature.dense(Nd4j.createFromArray(true, false))));
  }

  @TestFactory
  Stream<DynamicTest> nodeSet() {
    NodeSet n = nodes(3);
    Feature one = Feature.dense(floats(3));
    return tests(List.of(
        refused("null sizes", () -> NodeSet.of(null, Map.of()), "sizes"),
        refused("no sizes (no component)", () -> NodeSet.of(new long[0], Map.of()), "sizes",
            "component"),
        refused("a negative size", () -> NodeSet.of(new long[] {2, -1}, Map.of()),
            "component 1", "-1"),
        refused("a negative size of one graph", () -> NodeSet.of(-4, Map.of()), "component 0",
            "-4"),
        refused("sizes whose sum overflows",
            () -> NodeSet.of(new long[] {Long.MAX_VALUE, 1}, Map.of()), "sizes", "component 1"),
        refused("null features", () -> NodeSet.of(3, null), "features"),
        refused("a null feature", () -> NodeSet.of(3, mapOf("x", null)), "feature 'x'"),
        refused("a feature without a name", () -> NodeSet.of(3, mapOf(null, one)),
            "feature names"),
        refused("a feature with an empty name", () -> NodeSet.of(3, mapOf("", one)),
            "feature names"),
        refused("withFeature of null", () -> n.withFeature("y", null), "feature 'y'"),
        refused("withFeature without a name", () -> n.withFeature(null, one), "feature names"),
        refused("withFeatures of null", () -> n.withFeatures(null), "features"),
        refused("an unknown feature", () -> n.feature("y"), "feature 'y'", "[x]")),
        // A graph of a batch may have no node of a set (a molecule without rings).
        accepted("a node set without nodes", () -> NodeSet.of(0, Map.of())),
        accepted("components without nodes", () -> NodeSet.of(new long[] {0, 0}, Map.of())),
        accepted("a single node", () -> nodes(1)));
  }

  @TestFactory
  Stream<DynamicTest> adjacency() {
    int[] two = {0, 1};
    return tests(List.of(
        refused("null source set", () -> new Adjacency(null, "n", two, two), "source", "target"),
        refused("empty target set", () -> new Adjacency("n", "", two, two), "source", "target"),
        refused("null source indices", () -> new Adjacency("n", "m", null, two), "n -> m",
            "sourceIndices"),
        refused("null target indices", () -> new Adjacency("n", "m", two, null), "n -> m",
            "targetIndices"),
        refused("index arrays of different lengths",
            () -> new Adjacency("n", "m", two, new int[] {0}), "n -> m", "2 source", "1 target")),
        accepted("no edges", () -> selfEdges(new int[0], new int[0])),
        // Indices are checked against the node sets by the graph, not here.
        accepted("indices not yet checked", () -> selfEdges(new int[] {-1}, new int[] {7})));
  }

  @TestFactory
  Stream<DynamicTest> edgeSet() {
    Adjacency two = selfEdges(new int[] {0, 1}, new int[] {1, 2});
    EdgeSet e = EdgeSet.of(two, Map.of());
    return tests(List.of(
        refused("null sizes", () -> EdgeSet.of(null, two, Map.of()), "sizes"),
        refused("no sizes (no component)", () -> EdgeSet.of(new long[0], selfEdges(new int[0],
            new int[0]), Map.of()), "sizes", "component"),
        refused("a negative size", () -> EdgeSet.of(new long[] {3, -1}, two, Map.of()),
            "component 1", "-1"),
        refused("sizes that miss edges", () -> EdgeSet.of(new long[] {1, 2}, two, Map.of()),
            "n -> n", "3", "2"),
        refused("null adjacency", () -> EdgeSet.of(new long[] {0}, null, Map.of()),
            "adjacency"),
        refused("null adjacency of one graph", () -> EdgeSet.of(null, Map.of()), "adjacency"),
        refused("null features", () -> EdgeSet.of(two, null), "features"),
        refused("a null feature", () -> EdgeSet.of(two, mapOf("w", null)), "feature 'w'"),
        refused("withAdjacency of null", () -> e.withAdjacency(new long[] {0}, null, Map.of()),
            "adjacency"),
        refused("withAdjacency with null sizes", () -> e.withAdjacency(null, two, Map.of()),
            "sizes")),
        accepted("no edges", () -> EdgeSet.of(selfEdges(new int[0], new int[0]), Map.of())),
        accepted("components without edges", () -> EdgeSet.of(new long[] {0, 2, 0}, two,
            Map.of())));
  }

  @TestFactory
  Stream<DynamicTest> context() {
    return tests(List.of(
        refused("null features", () -> Context.of(null), "features"),
        refused("a null feature", () -> Context.of(mapOf("c", null)), "feature 'c'"),
        refused("withFeature without a name",
            () -> Context.empty().withFeature("", Feature.dense(floats(1))), "feature names"),
        refused("an unknown feature", () -> Context.empty().feature("c"), "feature 'c'")),
        accepted("no features", Context::empty));
  }

  @TestFactory
  Stream<DynamicTest> graphTensor() {
    GraphTensor g = chain();
    NodeSet n = nodes(3);
    EdgeSet noEdges = EdgeSet.of(selfEdges(new int[0], new int[0]), Map.of());
    return tests(List.of(
        refused("a node set without a name",
            () -> GraphTensor.builder().nodeSet(null, n), "node set names"),
        refused("a node set with an empty name",
            () -> GraphTensor.builder().nodeSet("", n), "node set names"),
        refused("an edge set without a name",
            () -> GraphTensor.builder().edgeSet(null, noEdges), "edge set names"),
        refused("homogeneous without a node set name",
            () -> GraphTensor.homogeneous(null, n, "e", noEdges), "node set names"),
        refused("a null node set", () -> GraphTensor.builder().nodeSet("n", null).build(),
            "node set 'n'"),
        refused("a null edge set", () -> GraphTensor.builder().nodeSet("n", n)
            .edgeSet("e", null).build(), "edge set 'e'"),
        refused("a null context", () -> GraphTensor.builder().context(null), "context"),
        refused("no node set", () -> GraphTensor.builder().build(), "node set"),
        refused("node sets of different component counts", () -> GraphTensor.builder()
            .nodeSet("a", NodeSet.of(new long[] {1, 1}, Map.of()))
            .nodeSet("b", NodeSet.of(2, Map.of())).build(), "node set 'b'", "components"),
        refused("an edge set of another component count", () -> GraphTensor.builder()
            .nodeSet("n", n).edgeSet("e", EdgeSet.of(new long[] {0, 0},
                selfEdges(new int[0], new int[0]), Map.of())).build(), "edge set 'e'",
            "components"),
        refused("an edge set from an unknown node set", () -> GraphTensor.homogeneous("n", n,
            "e", EdgeSet.of(new Adjacency("m", "n", new int[] {0}, new int[] {0}), Map.of())),
            "edge set 'e'", "source node set 'm'"),
        refused("a source index past the nodes", () -> GraphTensor.homogeneous("n", n, "e",
            EdgeSet.of(selfEdges(new int[] {0, 3}, new int[] {1, 1}), Map.of())),
            "edge set 'e'", "source index 3", "edge 1", "[0, 3)"),
        refused("a negative target index", () -> GraphTensor.homogeneous("n", n, "e",
            EdgeSet.of(selfEdges(new int[] {0}, new int[] {-1}), Map.of())),
            "edge set 'e'", "target index -1", "edge 0"),
        refused("an edge into another component", () -> GraphTensor.homogeneous("n",
            NodeSet.of(new long[] {2, 2}, Map.of()), "e", EdgeSet.of(new long[] {1, 0},
                selfEdges(new int[] {0}, new int[] {2}), Map.of())),
            "edge set 'e'", "target index 2", "component 0"),
        refused("a node feature of the wrong row count",
            () -> g.withNodeFeature("n", "y", Feature.dense(floats(4, 2))),
            "node set 'n'", "feature 'y'", "4 rows"),
        refused("a sparse node feature of the wrong row count", () -> g.withNodeFeature("n",
            "y", Feature.sparse(CsrMatrix.fromDense(floats(2, 2)))), "node set 'n'",
            "feature 'y'", "2 rows"),
        refused("a NaN node feature", () -> g.withNodeFeature("n", "y",
            Feature.dense(floatsWith(Double.NaN, 3, 2))), "node set 'n'", "feature 'y'", "NaN"),
        refused("an infinite edge feature", () -> g.withEdgeFeature("e", "w",
            Feature.dense(floatsWith(Double.POSITIVE_INFINITY, 2))), "edge set 'e'",
            "feature 'w'", "infinite"),
        refused("an edge feature of the wrong row count", () -> g.withEdgeFeature("e", "w",
            Feature.dense(floats(3))), "edge set 'e'", "feature 'w'", "3 rows"),
        refused("a NaN double context feature", () -> g.withContextFeatures(Map.of("c",
            Feature.dense(Nd4j.createFromArray(Double.NaN)))), "context", "feature 'c'", "NaN"),
        refused("a context feature of the wrong row count", () -> g.withContextFeatures(
            Map.of("c", Feature.dense(floats(2)))), "context", "feature 'c'", "2 rows"),
        refused("withContextFeatures of null", () -> g.withContextFeatures(null), "features"),
        refused("withNodeFeature of an unknown set", () -> g.withNodeFeature("m", "x",
            Feature.dense(floats(3))), "node set 'm'", "[n]"),
        refused("withEdgeFeature of an unknown set", () -> g.withEdgeFeature("f", "w",
            Feature.dense(floats(2))), "edge set 'f'", "[e]"),
        refused("withNodeFeatures of null", () -> g.withNodeFeatures("n", null), "features"),
        refused("withNodeSet without a change", () -> g.withNodeSet("n", null), "change"),
        refused("withEdgeSet without a change", () -> g.withEdgeSet("e", null), "change"),
        refused("withNodeSet that makes null", () -> g.withNodeSet("n", s -> null),
            "node set 'n'"),
        refused("withEdgeSet that makes null", () -> g.withEdgeSet("e", s -> null),
            "edge set 'e'"),
        refused("an unknown node set", () -> g.nodeSet(null), "node set 'null'", "[n]")),
        accepted("a single node without edges", () -> GraphTensor.homogeneous("n", nodes(1),
            "e", noEdges)),
        accepted("a node set without nodes", () -> GraphTensor.homogeneous("n", nodes(0), "e",
            noEdges)),
        accepted("a self loop", () -> GraphTensor.homogeneous("n", nodes(1), "e",
            EdgeSet.of(selfEdges(new int[] {0}, new int[] {0}), Map.of()))),
        accepted("a component without nodes between two with", () -> GraphTensor.homogeneous(
            "n", NodeSet.of(new long[] {1, 0, 1}, Map.of()), "e", EdgeSet.of(
                new long[] {1, 0, 1}, selfEdges(new int[] {0, 1}, new int[] {0, 1}), Map.of()))),
        accepted("no edge set", () -> GraphTensor.builder().nodeSet("n", n).build()),
        accepted("a node set named again replaces the first, as documented", () -> assertEquals(
            1, GraphTensor.builder().nodeSet("n", n).nodeSet("n", nodes(1)).build()
                .nodeSet("n").totalSize())));
  }

  @TestFactory
  Stream<DynamicTest> merge() {
    GraphTensor g = chain();
    GraphTensor doubles = g.withNodeFeature("n", "x", Feature.dense(
        Nd4j.zeros(DataType.DOUBLE, 3, 2)));
    GraphTensor reversed = g.toBuilder().nodeSet("m", nodes(3)).edgeSet("e", EdgeSet.of(
        new Adjacency("m", "n", new int[0], new int[0]), Map.of())).build();
    List<GraphTensor> withNull = new java.util.ArrayList<>(List.of(g));
    withNull.add(null);
    return tests(List.of(
        refused("null", () -> GraphTensor.merge(null), "at least one graph"),
        refused("no graph", () -> GraphTensor.merge(List.of()), "at least one graph"),
        refused("a null graph", () -> GraphTensor.merge(withNull), "graph 1"),
        refused("graphs of other node sets", () -> GraphTensor.merge(List.of(g, reversed)),
            "graph 1", "node sets"),
        refused("a feature of another data type", () -> GraphTensor.merge(List.of(g, doubles)),
            "graph 1", "node set 'n'", "feature 'x'", "DOUBLE")),
        accepted("a single graph", () -> GraphTensor.merge(List.of(g))),
        accepted("a graph without nodes", () -> GraphTensor.merge(List.of(g,
            GraphTensor.homogeneous("n", nodes(0), "e", EdgeSet.of(selfEdges(new int[0],
                new int[0]), Map.of()))))));
  }

  @TestFactory
  Stream<DynamicTest> featureSpec() {
    return tests(List.of(
        refused("null dtype", () -> new FeatureSpec(null, List.of(), false), "dtype"),
        refused("unknown dtype", () -> new FeatureSpec("complex", List.of(), false),
            "dtype 'complex'"),
        refused("a negative size", () -> new FeatureSpec("float32", List.of(3L, -1L), false),
            "shape", "[3, -1]"),
        refused("a null size", () -> new FeatureSpec("float32", java.util.Arrays.asList(3L,
            null), false), "shape"),
        refused("a sparse feature of two dimensions per item",
            () -> new FeatureSpec("float32", List.of(3L, 2L), true), "sparse", "[3, 2]"),
        refused("a sparse float64 feature", () -> new FeatureSpec("float64", List.of(3L), true),
            "sparse", "float64"),
        refused("dataTypeOf null", () -> FeatureSpec.dataTypeOf(null), "dtype"),
        refused("nameOf null", () -> FeatureSpec.nameOf(null), "data type"),
        refused("nameOf a type without a name", () -> FeatureSpec.nameOf(DataType.UTF8),
            "UTF8"),
        refused("of null", () -> FeatureSpec.of(null), "feature")),
        accepted("a scalar per item", () -> new FeatureSpec("int64", null, false)),
        accepted("items without values", () -> new FeatureSpec("float32", List.of(0L), true)));
  }

  @TestFactory
  Stream<DynamicTest> graphSchema() {
    GraphSchema.NodeSetSpec plain = new GraphSchema.NodeSetSpec(null);
    GraphTensor halves = chain().withNodeFeature("n", "h",
        Feature.dense(Nd4j.zeros(DataType.BFLOAT16, 3)));
    return tests(List.of(
        refused("a null node set", () -> new GraphSchema(null, mapOf("a", null), null),
            "node set 'a'"),
        refused("a node set without a name", () -> new GraphSchema(null, mapOf("", plain),
            null), "node set", "name"),
        refused("an edge set of an undeclared node set", () -> new GraphSchema(null,
            Map.of("a", plain), Map.of("e", new GraphSchema.EdgeSetSpec("a", "b", null))),
            "edge set 'e'", "node set 'b'"),
        refused("an edge set without a source",
            () -> new GraphSchema.EdgeSetSpec(null, "a", null), "source"),
        refused("a null feature spec", () -> new GraphSchema.NodeSetSpec(mapOf("x", null)),
            "feature 'x'"),
        refused("of null", () -> GraphSchema.of(null), "graph"),
        refused("of a feature without a schema type", () -> GraphSchema.of(halves),
            "node set 'n'", "feature 'h'", "BFLOAT16"),
        refused("check of null", () -> GraphSchema.of(chain()).check(null), "graph"),
        refused("fromJson of null", () -> GraphSchema.fromJson(null), "schema", "null"),
        refused("fromJson of nothing", () -> GraphSchema.fromJson(""), "schema", "object"),
        refused("fromJson of null JSON", () -> GraphSchema.fromJson("null"), "schema",
            "object"),
        refused("fromJson of a list", () -> GraphSchema.fromJson("[]"), "schema", "object"),
        refused("fromJson of two objects", () -> GraphSchema.fromJson("{} {}"), "schema",
            "object"),
        refused("fromJson with a syntax error", () -> GraphSchema.fromJson("{\"node_sets\": "),
            "schema", "line 1"),
        refused("fromJson with an unknown field", () -> GraphSchema.fromJson(
            "{\"nodesets\": {}}"), "unknown field 'nodesets'", "node_sets"),
        refused("fromJson with a node set twice", () -> GraphSchema.fromJson(
            "{\"node_sets\": {\"a\": {}, \"a\": {}}}"), "'a'"),
        refused("fromJson with node sets as a list", () -> GraphSchema.fromJson(
            "{\"node_sets\": []}"), "node_sets", "object"),
        refused("fromJson with a shape as a string", () -> GraphSchema.fromJson(
            "{\"node_sets\": {\"a\": {\"features\": {\"x\": {\"dtype\": \"float32\", "
                + "\"shape\": \"2\"}}}}}"), "node_sets.a.features.x.shape", "list"),
        refused("fromJson with a fractional size", () -> GraphSchema.fromJson(
            "{\"node_sets\": {\"a\": {\"features\": {\"x\": {\"dtype\": \"float32\", "
                + "\"shape\": [2.5]}}}}}"), "node_sets.a.features.x.shape[0]", "whole number"),
        refused("fromJson with sparse as a string", () -> GraphSchema.fromJson(
            "{\"node_sets\": {\"a\": {\"features\": {\"x\": {\"dtype\": \"float32\", "
                + "\"sparse\": \"yes\"}}}}}"), "node_sets.a.features.x.sparse", "true or false"),
        refused("fromJson with an unknown dtype", () -> GraphSchema.fromJson(
            "{\"node_sets\": {\"a\": {\"features\": {\"x\": {\"dtype\": \"complex\"}}}}}"),
            "dtype 'complex'")),
        accepted("an empty schema", () -> GraphSchema.fromJson("{}")),
        accepted("a node set without features", () -> GraphSchema.fromJson(
            "{\"node_sets\": {\"a\": {}}}")),
        accepted("the schema of a graph without edges or nodes", () -> GraphSchema.of(
            GraphTensor.homogeneous("n", nodes(0), "e", EdgeSet.of(selfEdges(new int[0],
                new int[0]), Map.of())))));
  }
}
