package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;

import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Float64 gradients of {@link RelationalConv} when its dense inputs (2 columns) are narrower
 * than its output (4 units), so that each relation propagates the input before multiplying by
 * its kernel, over square ({@code cites}) and rectangular adjacencies ({@code writes}: 3 authors
 * to 5 papers, {@code written}: back). Both aggregations; gradients of every parameter and of
 * both inputs. ({@link RelationalConvTest} checks the other order, kernel first.)
 */
class RelationalConvPropagateFirstGradientTest {
  private static final INDArray PAPER = uniform(61, 5, 2);
  private static final INDArray AUTHOR = uniform(62, 3, 2);
  private static final GraphTensor GRAPH =
      GraphFixtures.citationGraph(Feature.dense(PAPER), Feature.dense(AUTHOR));

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void gradientsOfParametersAndInputs(Aggregation aggregation) {
    ParameterStore store = new ParameterStore(63, DataType.DOUBLE);
    RelationalConv conv = new RelationalConv(store, "rgcn", Map.of("paper", 2L, "author", 2L), 4,
        Relation.of(GRAPH), aggregation, true, true, new GraphStructureCache());
    store.get("rgcn/nodes/paper/bias").assign(uniform(64, 4));
    store.get("rgcn/nodes/author/bias").assign(uniform(65, 4));
    assertPasses(GradientCheck.check(store, tape -> loss(conv, tape, tape.constant(PAPER),
        tape.constant(AUTHOR))), aggregation + ": parameters");
    assertPasses(GradientCheck.check(in -> loss(conv, in.get(0).tape(), in.get(0), in.get(1)),
        PAPER, AUTHOR), aggregation + ": inputs");
  }

  private static Tensor loss(RelationalConv conv, Tape tape, Tensor paper, Tensor author) {
    Map<String, Tensor> out = conv.apply(tape, GRAPH,
        Map.of("paper", NodeInput.dense(paper), "author", NodeInput.dense(author)));
    return Ops.add(project(out.get("paper")), project(out.get("author")));
  }
}
