package dev.contrastive4j.runtime.cli;

import static dev.contrastive4j.runtime.testing.DatasetAssertions.assertSameDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.runtime.data.Datasets;
import dev.contrastive4j.runtime.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dataset export} writes a data set as a data directory that reads back to the same data
 * set, in either array format; a bad format or a full --out is refused before anything is loaded
 * or written.
 */
class DatasetExportCommandTest {
  @TempDir Path tmp;

  @Test
  void theBuiltInDataSetReadsBackTheSameFromNpyAndFromCsv() {
    for (String format : new String[] {"npy", "CSV"}) {
      Path dir = tmp.resolve("csbm-" + format);
      CliRun export = CliRun.of("dataset", "export", "--out", dir.toString(), "--format", format);
      assertEquals(0, export.exitCode(), export.err());
      assertEquals("data set written to " + dir, export.err().strip());
      assertEquals(CliRun.of("dataset", "info").out(), export.out());
      assertEquals(CliRun.of("dataset", "info", "--dataset", dir.toString()).out(),
          export.out());
      assertSameDataset(Datasets.load("csbm", null),
          Datasets.load(dir.toString(), null));
    }
    // The bag-of-words stays sparse in .npy directories, dense text in CSV ones.
    assertTrue(Files.isRegularFile(tmp.resolve("csbm-npy/nodes/node/feat.npz")));
    assertTrue(Files.isRegularFile(tmp.resolve("csbm-CSV/nodes/node/feat.csv")));
  }

  @Test
  void coraFromThePlanetoidFilesReadsBackTheSame() {
    Path planetoid = SharedData.planetoidDir();
    Path dir = tmp.resolve("cora");
    CliRun export = CliRun.of("dataset", "export", "--dataset", "cora", "--data-dir",
        planetoid.toString(), "--out", dir.toString());
    assertEquals(0, export.exitCode(), export.err());
    assertTrue(export.out().contains("\"nodes\":2708"), export.out());
    assertSameDataset(Datasets.load("cora", planetoid),
        Datasets.load(dir.toString(), null));
  }

  @Test
  void anExportedDirectoryExportsAgainToTheSameFiles() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    assertEquals(0, CliRun.of("dataset", "export", "--out", first.toString(), "--format", "csv")
        .exitCode());
    CliRun again = CliRun.of("dataset", "export", "--dataset", first.toString(), "--out",
        second.toString(), "--format", "csv");
    assertEquals(0, again.exitCode(), again.err());
    for (String file : new String[] {"dataset.json", "labels.csv", "edges/edge.csv",
        "nodes/node/feat.csv", "split/train.csv"}) {
      assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)),
          file);
    }
  }

  @Test
  void aFullOutIsRefusedBeforeTheDataSetIsLoaded() throws Exception {
    Path full = Files.createDirectories(tmp.resolve("full"));
    Files.writeString(full.resolve("notes.txt"), "mine");
    // A data set that could not be loaded: the refusal is about --out all the same.
    CliRun run = CliRun.of("dataset", "export", "--dataset", tmp.resolve("absent").toString(),
        "--out", full.toString());
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: " + full + ": already exists and is not an empty directory; "
        + "choose a new directory", run.err().strip());
    assertEquals("mine", Files.readString(full.resolve("notes.txt")));
  }

  @Test
  void anUnknownFormatIsRefusedAndNothingIsWritten() {
    Path dir = tmp.resolve("never");
    CliRun run = CliRun.of("dataset", "export", "--out", dir.toString(), "--format", "parquet");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: --format parquet: must be npy or csv", run.err().strip());
    assertFalse(Files.exists(dir));
  }
}
