package dev.contrastive4j.runtime.run;

import static dev.contrastive4j.api.experiment.dsl.Experiments.dgi;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.pool;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.evaluation.ChosenProbe;
import dev.contrastive4j.runtime.evaluation.LinearProbe;
import dev.contrastive4j.runtime.evaluation.ProbeSelection;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A run on a data set that labels whole graphs: its probe classifies each graph by the mean of
 * its nodes' embeddings, and the run writes those rows, says so in its summary, and gives the
 * same numbers when probed again or resumed.
 */
class GraphLevelRunTest {
  /** 40 small graphs of two kinds (chance is a half): 24 train, 8 val, 8 test. */
  private static final GraphDataset GRAPHS = SmallGraphs.twoKinds(40, 7);
  private static final Experiment EXPERIMENT = experiment(x -> x
      .seed(1)
      .encoder(gcn(g -> g.units(8)))
      .task(dgi(t -> t.readout(pool("mean"))))
      .training(t -> t.epochs(5).learningRate(0.01).batchComponents(16))
      .evaluation(v -> v.probeRepeats(2)));

  @TempDir static Path tmp;
  private static RunDirectory dir;
  private static RunSummary summary;

  @BeforeAll
  static void run() {
    dir = RunDirectory.create(tmp.resolve("run"));
    summary = BoundDatasets.injector(EXPERIMENT, GRAPHS).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
  }

  @Test
  void theProbeClassifiesGraphsFarAboveChance() throws Exception {
    assertEquals(LabelLevel.GRAPH, summary.probeLevel());
    assertTrue(summary.testAccuracy() >= 0.9, "chance is 0.5, got " + summary.testAccuracy());
    assertEquals(summary, dir.readSummary());
    assertTrue(Files.readString(dir.resolve(RunDirectory.SUMMARY))
        .contains("\"probe_level\" : \"graph\""));
    assertTrue(ImageIO.read(dir.resolve(RunDirectory.EMBEDDING_CHART).toFile()).getWidth() > 0);
  }

  @Test
  void graphEmbeddingsHoldTheMeanOfEachGraphsNodeEmbeddings() {
    INDArray nodes = NpyFiles.read(dir.resolve(RunDirectory.EMBEDDINGS));
    INDArray graphs = NpyFiles.read(dir.resolve(RunDirectory.GRAPH_EMBEDDINGS));
    long[] sizes = GRAPHS.graph().nodeSet("node").sizes();
    assertArrayEquals(new long[] {GRAPHS.graph().nodeSet("node").totalSize(), 8}, nodes.shape());
    assertArrayEquals(new long[] {40, 8}, graphs.shape());
    long first = 0;
    for (int g = 0; g < sizes.length; g++) {
      INDArray mean = nodes.get(NDArrayIndex.interval(first, first + sizes[g]),
          NDArrayIndex.all()).mean(0).castTo(graphs.dataType());
      assertTrue(mean.equalsWithEps(graphs.getRow(g), 1e-5), "graph " + g);
      first += sizes[g];
    }
  }

  @Test
  void bothEmbeddingFilesHoldFloat32() {
    // graph_embeddings.npy held the probe's float64 rows beside the float32 embeddings.npy.
    assertEquals(DataType.FLOAT, NpyFiles.read(dir.resolve(RunDirectory.EMBEDDINGS)).dataType());
    assertEquals(DataType.FLOAT,
        NpyFiles.read(dir.resolve(RunDirectory.GRAPH_EMBEDDINGS)).dataType());
  }

  @Test
  void probedAgainInCodeItGivesTheSameNumbers() {
    // As README shows for a run whose data set a binding supplied: rebuilt in code.
    Injector again = BoundDatasets.injector(dir.readConfig(), GRAPHS);
    ExperimentRun rebuilt = again.getInstance(ExperimentRun.class);
    Checkpoint.loadBest(dir, again.getInstance(ParameterStore.class));
    ChosenProbe chosen = ProbeSelection.chooseCAndEvaluate(again.getInstance(LinearProbe.class),
        EXPERIMENT.evaluation().probeC(), rebuilt.embed(), GRAPHS, 2);
    assertEquals(summary.testAccuracy(), chosen.report().testMean());
    assertEquals(summary.valAccuracy(), chosen.report().valMean());
    assertEquals(summary.probeC(), chosen.probe().config().c());
  }

  @Test
  void resumedAfterACutOffProbeItProbesTheGraphsAgain(@TempDir Path own) throws Exception {
    // A run of its own: the other tests read the shared one as it was written.
    RunDirectory cut = RunDirectory.create(own.resolve("run"));
    RunSummary whole = BoundDatasets.injector(EXPERIMENT, GRAPHS)
        .getInstance(ExperimentRun.class).run(cut, ProgressReporter.silent());
    byte[] graphs = Files.readAllBytes(cut.resolve(RunDirectory.GRAPH_EMBEDDINGS));
    Files.delete(cut.resolve(RunDirectory.SUMMARY));
    Files.delete(cut.resolve(RunDirectory.GRAPH_EMBEDDINGS));
    RunSummary resumed = BoundDatasets.injector(cut.readConfig(), GRAPHS)
        .getInstance(ExperimentRun.class).resume(cut, ProgressReporter.silent());
    assertEquals(LabelLevel.GRAPH, resumed.probeLevel());
    assertEquals(whole.testAccuracy(), resumed.testAccuracy());
    assertEquals(whole.epochsRun(), resumed.epochsRun());
    assertArrayEquals(graphs, Files.readAllBytes(cut.resolve(RunDirectory.GRAPH_EMBEDDINGS)));
  }
}
