package dev.contrastive4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.runtime.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a data set name or directory given to {@link Datasets#load} reads, or why not. */
class DatasetNamesTest {
  private static final String CHOICES = "; use one of [cora, citeseer, pubmed, csbm] or a "
      + "directory in the contrastive4j data format";
  /** The hand-made example shipped with the project (tests run in the runtime module). */
  private static final Path EXAMPLE = Path.of("..", "examples", "data", "toy-citations");

  @TempDir Path tmp;

  @Test
  void builtInNamesInAnyCase() {
    assertEquals(1200, Datasets.load("CSBM", null).labels().length);
    assertEquals(2708, Datasets.load("Cora", SharedData.planetoidDir()).labels().length);
    assertNull(Datasets.nameProblem("PubMed"));
  }

  @Test
  void aDirectoryIsReadAsOne() {
    assertNull(Datasets.nameProblem(EXAMPLE.toString()));
    assertEquals(24, Datasets.load(EXAMPLE.toString(), null).labels().length);
  }

  @Test
  void aNameThatIsNoDataSet() throws IOException {
    expectProblem("corra", "unknown data set 'corra' (did you mean 'cora'?)" + CHOICES);
    Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
    expectProblem(file.toString(), file + ": is a file, not a data set" + CHOICES);
    // Meant as a path, it is just not there: not "unknown data set".
    for (String path : new String[] {"data/cora", tmp.resolve("gone").toString(), ".cora"}) {
      expectProblem(path, path + ": no such directory" + CHOICES);
    }
    expectProblem("co\0ra", "'co\0ra' is not a data set name or a path (Nul character not "
        + "allowed)" + CHOICES);
  }

  @Test
  void planetoidFilesWithoutAManifestNameTheOptionsThatReadThem() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("raw"));
    Files.writeString(dir.resolve("ind.cora.x"), "");
    Files.writeString(dir.resolve("ind.citeseer.graph"), "");
    DatasetException e = assertThrows(DatasetException.class,
        () -> Datasets.load(dir.toString(), null));
    assertEquals(dir + ": has no dataset.json but holds Planetoid files (ind.cora.*, "
        + "ind.citeseer.*); read them with --dataset cora --data-dir " + dir + " (or --dataset "
        + "citeseer; dataset.name and dataset.data_dir in a configuration)", e.getMessage());
    // Without Planetoid files it is the reader that names the missing manifest.
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    DatasetException none = assertThrows(DatasetException.class,
        () -> Datasets.load(empty.toString(), null));
    assertEquals(empty.resolve("dataset.json"), none.file(), none.getMessage());
  }

  private static void expectProblem(String name, String problem) {
    assertEquals(problem, Datasets.nameProblem(name));
    DatasetException e = assertThrows(DatasetException.class, () -> Datasets.load(name, null));
    assertEquals(problem, e.getMessage());
  }
}
