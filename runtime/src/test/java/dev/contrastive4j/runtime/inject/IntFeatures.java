package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;

/** A data set whose input feature holds integers, which neither encoders nor dropout take. */
final class IntFeatures {
  private IntFeatures() {}

  /** Two nodes of node set {@code node} joined both ways, feature {@code feat} of ints. */
  static GraphDataset dataset() {
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("node", NodeSet.of(2, Map.of("feat", Feature.dense(
            Nd4j.createFromArray(new int[][] {{1, 2}, {3, 4}})))))
        .edgeSet("edge", EdgeSet.of(new Adjacency("node", "node", new int[] {0, 1},
            new int[] {1, 0}), Map.of()))
        .build();
    return new GraphDataset("ints", graph, "node", "feat", new int[] {0, 1}, 2,
        new Split(new int[] {0}, new int[] {}, new int[] {1}));
  }
}
