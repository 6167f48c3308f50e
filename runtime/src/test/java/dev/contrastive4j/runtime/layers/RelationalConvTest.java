package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.aggregationMatrix;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** R-GCN values against a dense reference, gradients, outputs and configuration errors. */
class RelationalConvTest {
  private static final INDArray PAPER = uniform(1, 5, 4);
  private static final CsrMatrix AUTHOR = GraphFixtures.sparse(2, 3, 6, 0.5);
  private static final GraphTensor GRAPH =
      GraphFixtures.citationGraph(Feature.dense(PAPER), Feature.sparse(AUTHOR));

  private static RelationalConv layer(ParameterStore store, Aggregation aggregation) {
    RelationalConv conv = new RelationalConv(store, "rgcn", Map.of("paper", 4L, "author", 6L), 3,
        Relation.of(GRAPH), aggregation, true, true, new GraphStructureCache());
    store.get("rgcn/nodes/paper/bias").assign(uniform(3, 3));
    store.get("rgcn/nodes/author/bias").assign(uniform(4, 3));
    return conv;
  }

  private static Map<String, NodeInput> inputs(Tape tape) {
    return Map.of("paper", NodeInput.dense(tape.constant(PAPER)),
        "author", NodeInput.sparse(SparseFeatures.of(AUTHOR)));
  }

  private static Map<String, Tensor> apply(RelationalConv conv) {
    Tape tape = Tape.inference();
    return conv.apply(tape, GRAPH, inputs(tape));
  }

  private static INDArray w(ParameterStore store, String name) {
    return store.get(name).value();
  }

  @Test
  void matchesTheDenseReference() {
    for (Aggregation aggregation : Aggregation.values()) {
      boolean mean = aggregation == Aggregation.MEAN;
      ParameterStore store = new ParameterStore(31, DataType.DOUBLE);
      RelationalConv conv = layer(store, aggregation);
      Map<String, Tensor> out = apply(conv);
      assertEquals(List.of("paper", "author"), List.copyOf(out.keySet()));
      INDArray author = AUTHOR.toDense(DataType.DOUBLE);
      INDArray paper = PAPER.mmul(w(store, "rgcn/nodes/paper/self_kernel"))
          .add(aggregationMatrix(GRAPH, "cites", mean).mmul(PAPER)
              .mmul(w(store, "rgcn/edges/cites/kernel")))
          .add(aggregationMatrix(GRAPH, "writes", mean).mmul(author)
              .mmul(w(store, "rgcn/edges/writes/kernel")))
          .addRowVector(w(store, "rgcn/nodes/paper/bias"));
      INDArray authors = author.mmul(w(store, "rgcn/nodes/author/self_kernel"))
          .add(aggregationMatrix(GRAPH, "written", mean).mmul(PAPER)
              .mmul(w(store, "rgcn/edges/written/kernel")))
          .addRowVector(w(store, "rgcn/nodes/author/bias"));
      assertClose(paper, out.get("paper").value(), 1e-12, aggregation + " paper");
      assertClose(authors, out.get("author").value(), 1e-12, aggregation + " author");
    }
  }

  @Test
  void gradientsReachEveryParameter() {
    ParameterStore store = new ParameterStore(32, DataType.DOUBLE);
    RelationalConv conv = layer(store, Aggregation.MEAN);
    assertEquals(3 + 2 + 2, store.size());
    assertPasses(GradientCheck.check(store, tape -> {
      Map<String, Tensor> out = conv.apply(tape, GRAPH, inputs(tape));
      return Ops.add(project(out.get("paper")), project(out.get("author")));
    }), "relational layer");
  }

  @Test
  void chosenOutputsCreateOnlyWhatTheyUse() {
    ParameterStore store = new ParameterStore(33, DataType.DOUBLE);
    RelationalConv conv = new RelationalConv(store, "r", Map.of("paper", 4L, "author", 6L), 2,
        List.of(new Relation("cites", "paper", "paper"), new Relation("writes", "author", "paper")),
        Aggregation.MEAN, true, false, new GraphStructureCache(), List.of("paper"));
    assertEquals(Set.of("paper"), conv.outputNodeSets());
    assertEquals(List.of("r/edges/cites/kernel", "r/edges/writes/kernel",
        "r/nodes/paper/self_kernel"), store.parameters().stream().map(p -> p.name()).toList());
    Map<String, Tensor> out = apply(conv);
    assertEquals(Set.of("paper"), out.keySet());
  }

  @Test
  void configurationErrorsNameTheFault() {
    ParameterStore store = new ParameterStore(34, DataType.DOUBLE);
    GraphStructureCache cache = new GraphStructureCache();
    IllegalArgumentException noInput = assertThrows(IllegalArgumentException.class,
        () -> new RelationalConv(store, "r", Map.of("paper", 4L), 2, Relation.of(GRAPH),
            Aggregation.MEAN, true, true, cache));
    assertEquals("relational layer 'r': edge set 'writes' starts at node set 'author', which has"
        + " no input; inputs are [paper]", noInput.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> new RelationalConv(store, "r", Map.of("paper", 4L), 2,
            List.of(new Relation("cites", "paper", "paper"), new Relation("cites", "paper",
                "paper")), Aggregation.MEAN, true, true, cache));
    assertEquals("relational layer 'r': edge set 'cites' is listed twice", twice.getMessage());
    IllegalArgumentException unreached = assertThrows(IllegalArgumentException.class,
        () -> new RelationalConv(store, "r", Map.of("paper", 4L), 2,
            List.of(new Relation("cites", "paper", "paper")), Aggregation.MEAN, false, true,
            cache, List.of("paper", "author")));
    assertEquals("relational layer 'r': output node set 'author' receives no edges and the self"
        + " transform is off", unreached.getMessage());
    IllegalArgumentException units = assertThrows(IllegalArgumentException.class,
        () -> new RelationalConv(store, "r", Map.of("paper", 4L), 0, List.of(),
            Aggregation.MEAN, true, true, cache));
    assertEquals("relational layer 'r': units must be positive, got 0", units.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Relation("e", " ", "paper"));
  }

  @Test
  void nonPositiveInputDimensionsAndMissingListsAreRefusedByName() {
    // A width of 0 is refused like a negative one, naming the node set; null lists are named.
    ParameterStore store = new ParameterStore(36, DataType.DOUBLE);
    GraphStructureCache cache = new GraphStructureCache();
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> new RelationalConv(store, "r", Map.of("paper", 0L), 2,
            List.of(new Relation("cites", "paper", "paper")), Aggregation.MEAN, true, true,
            cache));
    assertEquals("relational layer 'r': the input dimension of node set 'paper' must be positive,"
        + " got 0", zero.getMessage());
    NullPointerException relations = assertThrows(NullPointerException.class,
        () -> new RelationalConv(store, "r", Map.of("paper", 4L), 2, null, Aggregation.MEAN,
            true, true, cache));
    assertEquals("relational layer 'r': relations", relations.getMessage());
    assertEquals(0, store.size(), "a refused configuration creates no parameter");
  }

  @Test
  void defaultOutputsAreTheTargetsThenWithTheSelfTransformEveryInput() {
    // Without the self transform only relation targets get an output; with it, every node set
    // with an input too, after the targets.
    GraphStructureCache cache = new GraphStructureCache();
    Map<String, Long> dims = new LinkedHashMap<>();
    dims.put("paper", 4L);
    dims.put("author", 6L);
    RelationalConv targetsOnly = new RelationalConv(new ParameterStore(37, DataType.DOUBLE), "r",
        dims, 2, List.of(new Relation("cites", "paper", "paper")), Aggregation.SUM, false, true,
        cache);
    assertEquals(List.of("paper"), List.copyOf(targetsOnly.outputNodeSets()));
    RelationalConv withSelf = new RelationalConv(new ParameterStore(37, DataType.DOUBLE), "r",
        dims, 2, List.of(new Relation("written", "paper", "author")), Aggregation.SUM, true, true,
        cache);
    assertEquals(List.of("author", "paper"), List.copyOf(withSelf.outputNodeSets()));
    assertEquals(dims, withSelf.inputDims());
    assertEquals(List.of(new Relation("written", "paper", "author")), withSelf.relations());
    assertEquals(2, withSelf.units());
  }

  @Test
  void inputsOfTheWrongShapeAreRefusedByNodeSet() {
    // Each node set's input is checked against the graph and the declared width.
    ParameterStore store = new ParameterStore(38, DataType.DOUBLE);
    RelationalConv conv = layer(store, Aggregation.MEAN);
    Tape tape = Tape.inference();
    Map<String, NodeInput> narrow = Map.of("paper", NodeInput.dense(tape.constant(PAPER)),
        "author", NodeInput.dense(tape.constant(uniform(5, 3, 5))));
    ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
        () -> conv.apply(tape, GRAPH, narrow));
    assertEquals("relational layer 'rgcn': the input of node set 'author' is [3, 5] but the layer"
        + " needs [3, 6]", e.getMessage());
  }

  @Test
  void aNodeSetWithoutNodesGetsNoRowsAndItsEdgeSetsTakeNoPart() {
    // A batch without authors: papers keep their self and citation terms, authors get [0, 3],
    // and an output whose only relation starts at the empty set gets its bias alone.
    GraphTensor noAuthors = GraphTensor.builder()
        .nodeSet("paper", GRAPH.nodeSet("paper"))
        .nodeSet("author", NodeSet.of(new long[] {0, 0}, Map.of()))
        .edgeSet("cites", GRAPH.edgeSet("cites"))
        .edgeSet("writes", EdgeSet.of(new long[] {0, 0},
            new Adjacency("author", "paper", new int[0], new int[0]), Map.of()))
        .edgeSet("written", EdgeSet.of(new long[] {0, 0},
            new Adjacency("paper", "author", new int[0], new int[0]), Map.of()))
        .build();
    for (Aggregation aggregation : Aggregation.values()) {
      ParameterStore store = new ParameterStore(39, DataType.DOUBLE);
      RelationalConv conv = layer(store, aggregation);
      Tape tape = Tape.inference();
      Map<String, Tensor> out = conv.apply(tape, noAuthors, Map.of(
          "paper", NodeInput.dense(tape.constant(PAPER)),
          "author", NodeInput.dense(tape.constant(Nd4j.create(DataType.DOUBLE, 0, 6)))));
      INDArray paper = PAPER.mmul(w(store, "rgcn/nodes/paper/self_kernel"))
          .add(aggregationMatrix(GRAPH, "cites", aggregation == Aggregation.MEAN).mmul(PAPER)
              .mmul(w(store, "rgcn/edges/cites/kernel")))
          .addRowVector(w(store, "rgcn/nodes/paper/bias"));
      assertClose(paper, out.get("paper").value(), 1e-12, aggregation + " paper");
      assertArrayEquals(new long[] {0, 3}, out.get("author").value().shape());
    }
    ParameterStore store = new ParameterStore(40, DataType.DOUBLE);
    RelationalConv onlyWrites = new RelationalConv(store, "w", Map.of("author", 6L), 3,
        List.of(new Relation("writes", "author", "paper")), Aggregation.SUM, false, true,
        new GraphStructureCache());
    store.get("w/nodes/paper/bias").assign(uniform(41, 3));
    Tape tape = Tape.inference();
    INDArray papers = onlyWrites.apply(tape, noAuthors, Map.of("author",
        NodeInput.dense(tape.constant(Nd4j.create(DataType.DOUBLE, 0, 6))))).get("paper").value();
    assertClose(Nd4j.zeros(DataType.DOUBLE, 5, 3).addRowVector(w(store, "w/nodes/paper/bias")),
        papers, 0, "bias alone");
  }

  @Test
  void graphErrorsNameTheEdgeSet() {
    ParameterStore store = new ParameterStore(35, DataType.DOUBLE);
    RelationalConv conv = new RelationalConv(store, "r", Map.of("paper", 4L, "author", 6L), 2,
        List.of(new Relation("writes", "paper", "author")), Aggregation.MEAN, true, true,
        new GraphStructureCache());
    InvalidGraphException e = assertThrows(InvalidGraphException.class,
        () -> apply(conv));
    assertEquals("relational layer 'r': edge set 'writes' joins 'author' -> 'paper' but the layer"
        + " was built for 'paper' -> 'author'", e.getMessage());
  }
}
