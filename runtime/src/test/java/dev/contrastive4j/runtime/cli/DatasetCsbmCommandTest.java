package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.Datasets;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dataset csbm} writes a generated CSBM graph as a data directory that {@code dataset
 * info} and {@code train --dataset} read; a refused option is named as the command line spells
 * it, and nothing is written.
 */
class DatasetCsbmCommandTest {
  @TempDir Path tmp;

  @Test
  void theWrittenDirectoryHoldsTheGraphTheOptionsDescribe() throws Exception {
    Path dir = tmp.resolve("csbm-300");
    CliRun made = CliRun.of("dataset", "csbm", "--out", dir.toString(), "--num-nodes", "300",
        "--num-classes", "3", "--average-degree", "4", "--homophily", "0.8", "--num-features",
        "60", "--feature-density", "0.1", "--feature-signal", "0.5", "--seed", "5");
    assertEquals(0, made.exitCode(), made.err());
    assertEquals("data set written to " + dir, made.err().strip());
    CliRun info = CliRun.of("dataset", "info", "--dataset", dir.toString());
    assertEquals(0, info.exitCode(), info.err());
    assertEquals(made.out(), info.out());

    // The same graph as the generator gives for these parameters, read back from the files.
    GraphDataset expected = CsbmGenerator.generate(
        new CsbmConfig(300, 3, 4, 0.8, 60, 0.1, 0.5, 5));
    GraphDataset read = Datasets.load(dir.toString(), null);
    assertArrayEquals(expected.labels(), read.labels());
    // The bag-of-words stays sparse on disk, as scipy.sparse.save_npz writes it.
    assertTrue(Files.isRegularFile(dir.resolve("nodes/node/feat.npz")));
    assertFalse(Files.exists(dir.resolve("nodes/node/feat.npy")));
    assertEquals(expected.graph().nodeSets().get(CsbmGenerator.NODE_SET)
            .feature(CsbmGenerator.FEATURE),
        read.graph().nodeSets().get(CsbmGenerator.NODE_SET)
            .feature(CsbmGenerator.FEATURE));
    assertArrayEquals(expected.split().test(), read.split().test());

    // train reads it as any data directory.
    CliRun.tinyRun(tmp.resolve("run"), "--dataset", dir.toString());
  }

  @Test
  void withoutOptionsItWritesTheBuiltInDataSet() throws Exception {
    Path dir = tmp.resolve("default");
    CliRun made = CliRun.of("dataset", "csbm", "--out", dir.toString());
    assertEquals(0, made.exitCode(), made.err());
    assertEquals(CliRun.of("dataset", "info", "--dataset", "csbm").out(), made.out());
  }

  @Test
  void aRefusedParameterIsNamedAsItsOptionAndNothingIsWritten() {
    Path dir = tmp.resolve("never");
    CliRun run = CliRun.of("dataset", "csbm", "--out", dir.toString(), "--num-classes", "1");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: CSBM parameter --num-classes = 1 must be from 2 to "
        + "--num-nodes (1200); not given, so at its default: --num-nodes", run.err().strip());
    assertFalse(Files.exists(dir));
  }

  @Test
  void aRefusedCombinationNamesBothOptions() {
    CliRun run = CliRun.of("dataset", "csbm", "--out", tmp.resolve("never").toString(),
        "--feature-density", "0.5", "--feature-signal", "1");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: CSBM parameter --feature-signal = 1.0 with --feature-density "
        + "0.5 asks for 250.0 topic words per node, but each topic (--num-features / "
        + "--num-classes) has only 83 words; not given, so at their defaults: --num-features, "
        + "--num-classes", run.err().strip());
  }

  @Test
  void aRefusalSaysWhichOfTheOptionsItNamesWereLeftAtTheirDefaults() {
    CliRun fewNodes = CliRun.of("dataset", "csbm", "--out", tmp.resolve("never").toString(),
        "--num-nodes", "5", "--num-classes", "2");
    assertEquals("contrastive4j: CSBM parameter --average-degree = 6.0 must be greater than 0 "
        + "and at most --num-nodes - 1 (4); not given, so at its default: --average-degree",
        fewNodes.err().strip());
    CliRun denseClasses = CliRun.of("dataset", "csbm", "--out",
        tmp.resolve("never").toString(), "--num-nodes", "10", "--average-degree", "9");
    assertEquals("contrastive4j: CSBM parameter --homophily = 0.6 with --average-degree 9.0 "
        + "needs an intra-class edge probability of 6.75 > 1; lower one of them or use fewer "
        + "classes; not given, so at its default: --homophily", denseClasses.err().strip());
  }

  @Test
  void aGraphWhoseFilesWouldPassTwoGibIsRefusedBeforeItIsGenerated() {
    Path dir = tmp.resolve("never");
    CliRun wide = CliRun.of("dataset", "csbm", "--out", dir.toString(), "--num-nodes",
        "2000000", "--num-features", "5000", "--feature-density", "0.06");
    assertEquals(1, wide.exitCode());
    assertEquals("contrastive4j: --num-nodes 2000000, --num-features 5000 and --feature-density "
        + "0.06 make about 600,000,000 non-zero features, 4 bytes each, more than the 2 GiB an "
        + "array of a .npz file holds; lower one of them", wide.err().strip());
    CliRun dense = CliRun.of("dataset", "csbm", "--out", dir.toString(), "--num-nodes",
        "2000000", "--num-features", "10", "--num-classes", "2", "--average-degree", "200",
        "--homophily", "0.5");
    assertEquals(1, dense.exitCode());
    assertEquals("contrastive4j: --num-nodes 2000000 and --average-degree 200.0 make about "
        + "400,000,000 directed edges, 8 bytes each, more than the 2 GiB a .npy file holds; "
        + "lower one of them", dense.err().strip());
    assertFalse(Files.exists(dir));
  }

  @Test
  void aDirectoryThatHoldsFilesIsLeftAsItIs() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("taken"));
    Files.writeString(dir.resolve("notes.txt"), "the user's own");
    CliRun run = CliRun.of("dataset", "csbm", "--out", dir.toString(), "--num-nodes", "50");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: " + dir.toAbsolutePath() + ": already exists and is not an "
        + "empty directory; choose a new directory", run.err().strip());
    assertEquals("the user's own", Files.readString(dir.resolve("notes.txt")));
  }

  @Test
  void anOptionIsTheComponentsNameInKebabCase() {
    assertEquals("--num-nodes", DatasetCsbmCommand.option("numNodes"));
    assertEquals("--homophily", DatasetCsbmCommand.option("homophily"));
  }
}
