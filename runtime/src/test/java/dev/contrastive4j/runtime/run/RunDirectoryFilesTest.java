package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.training.EpochResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The files a run writes in its directory, and what it reads back from them. */
class RunDirectoryFilesTest {
  @TempDir Path tmp;

  private static EpochResult epoch(int number, Map<String, Double> losses) {
    return new EpochResult(number, 0.5, losses, Map.of("val_accuracy", 0.7), 0.25);
  }

  @Test
  void aMetricsLineNamesEachLossOnlyWhenTheTaskHasSeveral() throws Exception {
    try (RunDirectory run = RunDirectory.create(tmp.resolve("run"))) {
      Map<String, Double> two = new LinkedHashMap<>();
      two.put("local", 0.2);
      two.put("global", 0.3);
      run.appendMetrics(epoch(1, Map.of("dgi", 0.5)));
      run.appendMetrics(epoch(2, two));
      assertEquals("{\"epoch\":1,\"loss\":0.5,\"val_accuracy\":0.7,\"seconds\":0.25}\n"
          + "{\"epoch\":2,\"loss\":0.5,\"local\":0.2,\"global\":0.3,\"val_accuracy\":0.7,"
          + "\"seconds\":0.25}\n", Files.readString(run.resolve(RunDirectory.METRICS)));
    }
  }

  @Test
  void metricsAreRewrittenOnlyWhenTheFileHoldsOtherLines() throws Exception {
    try (RunDirectory run = RunDirectory.create(tmp.resolve("run"))) {
      List<EpochResult> epochs = List.of(epoch(1, Map.of()), epoch(2, Map.of()));
      Path file = run.resolve(RunDirectory.METRICS);
      assertTrue(run.rewriteMetrics(epochs), "there was no file");
      String lines = Files.readString(file);
      assertFalse(run.rewriteMetrics(epochs), "it holds them already");
      // A run cut off while appending leaves half a line: the checkpoint's lines replace it.
      Files.writeString(file, lines.substring(0, lines.length() - 10));
      assertTrue(run.rewriteMetrics(epochs));
      assertEquals(lines, Files.readString(file));
    }
  }

  @Test
  void aDivergenceIsReadBackUntilItIsCleared() {
    try (RunDirectory run = RunDirectory.create(tmp.resolve("run"))) {
      assertNull(run.readDivergence());
      run.writeDivergence(new Divergence(7, "loss is NaN"));
      assertEquals(new Divergence(7, "loss is NaN"), run.readDivergence());
      run.clearDivergence();
      assertNull(run.readDivergence());
    }
  }

  @Test
  void graphEmbeddingsAreWrittenAsFloat32LikeTheNodeEmbeddings() {
    try (RunDirectory run = RunDirectory.create(tmp.resolve("run"))) {
      run.writeGraphEmbeddings(Nd4j.createFromArray(new double[][] {{0.25, 1}, {2, 3}}));
      assertEquals(Nd4j.createFromArray(new float[][] {{0.25f, 1}, {2, 3}}),
          NpyFiles.read(run.resolve(RunDirectory.GRAPH_EMBEDDINGS)));
      run.writeEmbeddings(Nd4j.ones(DataType.DOUBLE, 3, 2));
      assertEquals(DataType.FLOAT, NpyFiles.read(run.resolve(RunDirectory.EMBEDDINGS))
          .dataType());
    }
  }

  @Test
  void theExperimentOfARunMadeFromFilesAloneIsReadToRebuildIt() {
    try (RunDirectory run = RunDirectory.create(tmp.resolve("run"))) {
      run.writeConfig(Experiment.defaults());
      assertEquals(run.readConfig(), run.readConfigToRebuild("resume"));
    }
  }

  @Test
  void aDirectoryNamedLikeATemporaryFileIsKept() throws Exception {
    try (RunDirectory run = RunDirectory.create(tmp.resolve("run"))) {
      Path dir = Files.createDirectories(run.resolve(".summary.json.1f.tmp").resolve("notes"));
      run.removeStrayTemporaryFiles();
      assertTrue(Files.isDirectory(dir));
    }
  }
}
