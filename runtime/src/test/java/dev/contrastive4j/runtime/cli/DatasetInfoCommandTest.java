package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.testing.SharedData;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetInfoCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void coraFromTheSharedFilesPrintsItsFacts() throws Exception {
    Path dir = SharedData.planetoidDir();
    CliRun run = CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("{\"name\":\"cora\",\"nodes\":2708,\"edges\":10556,\"features\":1433,"
        + "\"classes\":7,\"train\":140,\"val\":500,\"test\":1000}", run.out().strip());
    assertEquals("", run.err(), "the published files: no note");
  }

  @Test
  void citeseerFromTheSharedFilesPrintsItsFacts() throws Exception {
    Path dir = SharedData.planetoidDir();
    JsonNode info = JSON.readTree(CliRun.of("dataset", "info", "--dataset", "CiteSeer",
        "--data-dir", dir.toString()).out());
    assertEquals(3327, info.get("nodes").asInt());
    assertEquals(9104, info.get("edges").asInt());
    assertEquals(3703, info.get("features").asInt());
    assertEquals(6, info.get("classes").asInt());
    assertEquals(120, info.get("train").asInt());
  }

  @Test
  void defaultIsTheBuiltInSyntheticGraph() throws Exception {
    CliRun run = CliRun.of("dataset", "info");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode info = JSON.readTree(run.out());
    assertEquals("csbm", info.get("name").asText());
    assertTrue(info.get("nodes").asInt() > 1000);
  }

  @Test
  void heterogeneousDirectoryListsItsSets() throws Exception {
    Path example = exampleDirectory();
    JsonNode info = JSON.readTree(CliRun.of("dataset", "info", "--dataset", example.toString())
        .out());
    assertEquals(24, info.get("node_sets").get("paper").asInt());
    assertEquals(2, info.get("edge_sets").size());
  }

  @Test
  void aDirectoryOfManyGraphsCountsThemAndSaysTheyAreLabeled(@TempDir Path tmp) throws Exception {
    GraphDataset graphs = SmallGraphs.twoKinds(10, 3);
    Path dir = tmp.resolve("two-kinds");
    DatasetDirectoryWriter.write(graphs, dir, ArrayFormat.CSV);
    CliRun run = CliRun.of("dataset", "info", "--dataset", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("{\"name\":\"two-kinds\",\"nodes\":"
        + graphs.graph().nodeSet("node").totalSize() + ",\"edges\":"
        + graphs.graph().edgeSet("edge").totalSize() + ",\"features\":4,\"classes\":2,"
        + "\"train\":6,\"val\":2,\"test\":2,\"components\":10,\"label_level\":\"graph\"}",
        run.out().strip());
  }

  @Test
  void unknownNameIsOneLineAndExitOne() {
    CliRun run = CliRun.of("dataset", "info", "--dataset", "imagenet");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("contrastive4j: unknown data set 'imagenet'"), run.err());
  }

  @Test
  void aDataDirForADataSetThatDoesNotReadOneIsRefused(@TempDir Path dir) {
    for (String dataset : new String[] {"csbm", exampleDirectory().toString()}) {
      CliRun run = CliRun.of("dataset", "info", "--dataset", dataset, "--data-dir",
          dir.toString());
      assertEquals(1, run.exitCode());
      assertEquals(1, run.errLines().length, run.err());
      assertTrue(run.err().startsWith("contrastive4j: dataset.data_dir: only the Planetoid data "
          + "sets (cora, citeseer, pubmed) are read from a data_dir, but the data set is '"
          + dataset + "'"), run.err());
    }
  }

  @Test
  void aRelativeDataSetPathThatIsNotThereSaysSo() {
    CliRun run = CliRun.of("dataset", "info", "--dataset", "./no-such-graph");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().startsWith("contrastive4j: ./no-such-graph: no such directory; "),
        run.err());
  }

  @Test
  void aDirectoryOfPlanetoidFilesGivenAsADataSetSuggestsDataDir(@TempDir Path tmp)
      throws Exception {
    // It said 'dataset.json: file not found; a data set directory needs its manifest'.
    Path dir = Files.createDirectory(tmp.resolve("planetoid"));
    for (String suffix : new String[] {"x", "y", "tx", "ty", "allx", "ally", "graph",
        "test.index"}) {
      Files.createFile(dir.resolve("ind.cora." + suffix));
    }
    String expected = "contrastive4j: " + dir + ": has no dataset.json but holds Planetoid "
        + "files (ind.cora.*); read them with --dataset cora --data-dir " + dir
        + " (dataset.name and dataset.data_dir in a configuration)";
    for (String[] args : new String[][] {{"dataset", "info", "--dataset", dir.toString()},
        {"train", "--dataset", dir.toString(), "--quiet", "--out", tmp.resolve("run").toString()}}) {
      CliRun run = CliRun.of(args);
      assertEquals(1, run.exitCode(), run.err());
      assertEquals(expected, run.err().strip());
    }
    Files.createFile(dir.resolve("ind.citeseer.graph"));
    CliRun both = CliRun.of("dataset", "info", "--dataset", dir.toString());
    assertEquals("contrastive4j: " + dir + ": has no dataset.json but holds Planetoid files "
        + "(ind.cora.*, ind.citeseer.*); read them with --dataset cora --data-dir " + dir
        + " (or --dataset citeseer; dataset.name and dataset.data_dir in a configuration)",
        both.err().strip());
  }

  @Test
  void missingPlanetoidFileNamesTheFile(@TempDir Path empty) {
    CliRun run = CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir",
        empty.toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains(empty.resolve("ind.cora.").toString()), run.err());
  }

  @Test
  void truncatedPickleNamesTheFileAndVerboseShowsTheTrace(@TempDir Path copy) throws Exception {
    Path dir = SharedData.planetoidDir();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString()
          .startsWith("ind.cora."))::iterator) {
        Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path allx = copy.resolve("ind.cora.allx");
    byte[] bytes = Files.readAllBytes(allx);
    Files.write(allx, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    CliRun run = CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir", copy.toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("contrastive4j: " + allx), run.err());
    assertTrue(run.err().contains("truncated"), run.err());
    CliRun verbose = CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir",
        copy.toString(), "--verbose");
    assertTrue(verbose.errLines().length > 3, "stack trace expected with --verbose");
  }

  @Test
  void badCsvInADirectoryNamesFileAndLine(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("toy");
    TreeCopy.copy(exampleDirectory(), dir);
    Path edges;
    try (var files = Files.walk(dir)) {
      edges = files.filter(p -> p.toString().endsWith(".csv") && p.getParent().getFileName()
          .toString().equals("edges")).findFirst().orElseThrow();
    }
    java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(edges));
    lines.set(lines.size() - 1, "x3,1");
    Files.write(edges, lines);
    CliRun run = CliRun.of("dataset", "info", "--dataset", dir.toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains(edges.getFileName().toString()), run.err());
    assertTrue(run.err().contains("'x3' is not a number"), run.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("dataset", "info", "--bogus");
    assertEquals(2, run.exitCode());
    assertEquals("contrastive4j: unknown option '--bogus'; see 'contrastive4j dataset info "
        + "--help'", run.err().strip());
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] args : new String[][] {{"--help"}, {"dataset", "--help"},
        {"dataset", "info", "--help"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exitCode());
      assertTrue(run.out().startsWith("Usage: contrastive4j"), run.out());
    }
  }

  static Path exampleDirectory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("examples/data/toy-citations");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("examples/data/toy-citations not found above "
        + Path.of("").toAbsolutePath());
  }
}
