package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.charts.EmbeddingScatterChart;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import dev.contrastive4j.runtime.training.EpochResult;
import dev.contrastive4j.runtime.training.TrainingProgress;
import dev.contrastive4j.runtime.training.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A run's pictures, drawn from what it trained and probed, or none when charts are off. */
class ChartsTest {
  /** Eight graphs of two kinds: the probe classifies graphs. */
  private static final GraphDataset GRAPHS = SmallGraphs.twoKinds(8, 7);

  /** Three epochs, the second the best. */
  private static final TrainingResult TRAINED = new TrainingResult(IntStream.rangeClosed(1, 3)
      .mapToObj(e -> new EpochResult(e, e == 2 ? 0.5 : 0.9, Map.of(), Map.of(), 0.01))
      .toList(), 2, 0.5, false, TrainingProgress.start(), Map.of());

  /** One row per graph, as the probe classified them. */
  private static INDArray probed() {
    return Nd4j.create(IntStream.range(0, GRAPHS.labels().length)
        .mapToObj(g -> new double[] {g, g % 3, g * g % 5, GRAPHS.labels()[g]})
        .toArray(double[][]::new)).castTo(DataType.FLOAT);
  }

  @Test
  void theScatterOfGraphEmbeddingsSaysTheyAreMeansOfTheirNodes(@TempDir Path tmp)
      throws IOException {
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    Charts.write(dir, TRAINED, probed(), GRAPHS, "dgi", true);
    Path expected = tmp.resolve("expected.png");
    EmbeddingScatterChart.write(expected, probed(), GRAPHS.labels(), GRAPHS.numClasses(),
        "dgi on " + GRAPHS.name() + ": graph embeddings (mean of " + GRAPHS.targetNodeSet()
            + ", PCA), coloured by class");
    assertArrayEquals(Files.readAllBytes(expected),
        Files.readAllBytes(dir.resolve(RunDirectory.EMBEDDING_CHART)));
  }

  @Test
  void withChartsOffNothingIsDrawn(@TempDir Path tmp) throws IOException {
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    Charts.write(dir, TRAINED, probed(), GRAPHS, "dgi", false);
    try (var files = Files.list(dir.path())) {
      assertEquals(List.of(RunDirectory.LOCK),
          files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
