package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.aggregationMatrix;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

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
