package dev.contrastive4j.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.runtime.corruptors.MaskFeatureColumns;
import dev.contrastive4j.runtime.readouts.ReadoutAllNodes;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A resumed run skips the randomness of the steps it does not repeat: after {@code skipCalls(1)}
 * a task's views are those of the second call of an uninterrupted task, in every view.
 */
class TaskReplayTest {
  // 64 columns: two masks of half the columns coincide with negligible probability.
  private static final GraphTensor GRAPH = GraphFixtures.smallGraph(
      Feature.dense(GraphFixtures.uniform(21, 8, 64)));

  private static TaskSettings settings() {
    return TaskSettings.of("node").withReadout(new ReadoutAllNodes())
        .withCleanViewAugmentation(new MaskFeatureColumns(0.5, 1))
        .withCorruptor(new MaskFeatureColumns(0.5, 2));
  }

  @Test
  void twoViewTasksSkipTheCleanViewAndTheCorruptor() {
    assertReplays(() -> new BarlowTwins(settings(), new ParameterStore(1), 4, null, true));
  }

  @Test
  void theTripletTaskSkipsItsPositiveViewToo() {
    assertReplays(() -> new Triplet(settings(), new ParameterStore(1), 4, 1.0,
        new MaskFeatureColumns(0.5, 3)));
  }

  /** Every view of a skipped task equals the second call's, and differs from the first's. */
  private static void assertReplays(Supplier<ContrastiveLossTask> make) {
    ContrastiveLossTask uninterrupted = make.get();
    Views first = uninterrupted.preprocess(GRAPH);
    Views second = uninterrupted.preprocess(GRAPH);
    ContrastiveLossTask resumed = make.get();
    resumed.skipCalls(1);
    Views replayed = resumed.preprocess(GRAPH);
    List<GraphTensor> views = replayed.graphs();
    for (int v = 0; v < views.size(); v++) {
      assertEquals(features(second, v), features(replayed, v), "view " + v);
      assertNotEquals(features(first, v), features(replayed, v), "view " + v);
    }
  }

  private static INDArray features(Views views, int view) {
    return views.graphs().get(view).nodeSet("node").feature("feat").toDense();
  }
}
