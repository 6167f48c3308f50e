package dev.contrastive4j.runtime.data.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.runtime.io.NpyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Reads the example directory, and one broken copy of it per kind of bad input. */
class DatasetDirectoryReaderTest {
  /** The hand-made example shipped with the project (tests run in the runtime module). */
  static final Path EXAMPLE = Path.of("..", "examples", "data", "toy-citations");

  @TempDir Path tmp;

  /** A fresh copy of the example directory that a test may break. */
  static Path copyExample(Path into) throws IOException {
    Path dir = into.resolve("toy");
    try (Stream<Path> files = Files.walk(EXAMPLE)) {
      for (Path p : files.toList()) {
        Path q = dir.resolve(EXAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
    return dir;
  }

  private static DatasetException failure(Path dir) {
    return assertThrows(DatasetException.class, () -> DatasetDirectoryReader.read(dir));
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), "test setup: " + file + " contains " + from);
    Files.writeString(file, text.replace(from, to));
  }

  /**
   * Writes the manifest {@code original} with {@code from} replaced by {@code to}; {@code dir}
   * must then fail with {@code problem} about the manifest.
   */
  private static void expectInManifest(Path dir, String original, String from, String to,
      String problem) throws IOException {
    assertTrue(original.contains(from), "test setup: the manifest contains " + from);
    Path manifest = dir.resolve(DatasetLayout.MANIFEST);
    Files.writeString(manifest, original.replace(from, to));
    assertEquals(manifest + ": " + problem, failure(dir).getMessage());
  }

  /** Replaces {@code from} by {@code to} in {@code file}; {@code dir} must then fail on it. */
  private static void expectAfterReplacing(Path dir, Path file, String from, String to,
      String problem) throws IOException {
    replace(file, from, to);
    assertEquals(file + ": " + problem, failure(dir).getMessage());
  }

  @Test
  void readsTheExampleDirectory() {
    GraphDataset d = DatasetDirectoryReader.read(EXAMPLE);
    assertEquals("toy-citations", d.name());
    assertEquals("paper", d.targetNodeSet());
    assertEquals("feat", d.featureName());
    assertEquals(3, d.numClasses());
    assertArrayEquals(new int[] {8, 7, 7}, d.classSizes()); // two papers are unlabeled
    GraphTensor g = d.graph();
    assertEquals(24, g.nodeSet("paper").totalSize());
    assertEquals(8, g.nodeSet("author").totalSize());
    Feature feat = g.nodeSet("paper").feature("feat");
    assertTrue(feat.isSparse());
    assertArrayEquals(new long[] {24, 4}, feat.shape());
    assertEquals(1f, feat.toDense().getFloat(0, 0), 0);
    assertEquals(0f, feat.toDense().getFloat(0, 2), 0);
    Feature year = g.nodeSet("paper").feature("year");
    assertEquals(DataType.INT32, year.dataType());
    assertEquals(2001, year.toDense().getInt(0));
    assertEquals(2020, year.toDense().getInt(23));
    assertEquals(29, g.edgeSet("cites").totalSize());
    assertEquals(4, g.edgeSet("cites").adjacency().sourceView()[0]);
    assertEquals(1, g.edgeSet("cites").adjacency().targetView()[0]);
    assertEquals(0.5f, g.edgeSet("cites").feature("weight").toDense().getFloat(3), 0);
    assertEquals("author", g.edgeSet("writes").adjacency().sourceSet());
    assertEquals(19, g.edgeSet("writes").totalSize());
    assertArrayEquals(new long[] {8, 2}, g.nodeSet("author").feature("feat").shape());
    assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5}, d.split().train());
    assertEquals(6, d.split().val().length);
    assertEquals(10, d.split().test().length);
    assertEquals(DatasetDirectoryReader.readManifest(EXAMPLE.resolve("dataset.json")).schema(),
        GraphSchema.of(g));
  }

  @Test
  void namesAMissingFile() throws IOException {
    Path dir = copyExample(tmp);
    Files.delete(dir.resolve("nodes/paper/year.npy"));
    DatasetException e = failure(dir);
    assertEquals(dir.resolve("nodes/paper/year.npy") + ": file not found, nor "
        + "nodes/paper/year.csv; node set 'paper', feature 'year' is stored in one of them",
        e.getMessage());
    assertEquals(dir.resolve("nodes/paper/year.npy"), e.file());
    Files.delete(dir.resolve("dataset.json"));
    assertTrue(failure(dir).getMessage().startsWith(dir.resolve("dataset.json")
        + ": file not found"));
    assertEquals(tmp.resolve("nowhere") + ": directory not found",
        failure(tmp.resolve("nowhere")).getMessage());
  }

  @Test
  void namesADirectoryWhereAFileBelongs() throws IOException {
    Path dir = copyExample(tmp);
    Path labels = dir.resolve("labels.csv");
    Files.delete(labels);
    Files.createDirectory(labels);
    assertEquals(labels + ": is a directory, not a file", failure(dir).getMessage());
    // An array file is looked up as .npy or .csv: a directory by either name is not taken for
    // a missing file.
    Path year = dir.resolve("nodes/paper/year.npy");
    Files.delete(year);
    Files.createDirectory(year);
    assertEquals(year + ": is a directory, not a file", failure(dir).getMessage());
    Path manifest = dir.resolve("dataset.json");
    Files.delete(manifest);
    Files.createDirectory(manifest);
    assertEquals(manifest + ": is a directory, not a file", failure(dir).getMessage());
  }

  @Test
  void namesAPipeOrDeviceWhereAFileBelongs() throws Exception {
    Path dir = copyExample(tmp);
    Path year = dir.resolve("nodes/paper/year.npy");
    Files.delete(year);
    assumeTrue(new ProcessBuilder("mkfifo", year.toString()).start().waitFor() == 0,
        "mkfifo makes a named pipe");
    // Found as the feature's file (not 'file not found'), and not opened to wait for a writer.
    assertEquals(year + ": is a pipe, device or socket, not a file", assertTimeoutPreemptively(
        Duration.ofMinutes(1), () -> failure(dir)).getMessage());
    Path manifest = dir.resolve(DatasetLayout.MANIFEST);
    Files.delete(manifest);
    Files.createSymbolicLink(manifest, Path.of("/dev/zero"));
    assertEquals(manifest + ": is a pipe, device or socket, not a file",
        failure(dir).getMessage());
  }

  @Test
  void namesAnUnknownOrMissingManifestField() throws IOException {
    Path dir = copyExample(tmp);
    Path manifest = dir.resolve("dataset.json");
    String original = Files.readString(manifest);
    replace(manifest, "\"num_classes\": 3", "\"num_classes\": 3, \"classes\": 3");
    DatasetException e = failure(dir);
    assertEquals(manifest + ": unknown field 'target.classes'; known fields here: feature, "
        + "labels, level, node_set, num_classes", e.getMessage());
    assertEquals(manifest, e.file());

    Files.writeString(manifest, original.replace(", \"num_classes\": 3", ""));
    assertEquals(manifest + ": missing field 'target.num_classes'", failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"num_classes\"", "\"num_clases\""));
    assertEquals(manifest + ": missing field 'target.num_classes'; the file has "
        + "'target.num_clases', misspelt?", failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"source\": \"paper\"",
        "\"source\": \"papers\""));
    assertEquals(manifest + ": field 'schema': edge set 'cites' refers to node set 'papers', "
        + "which the schema does not declare", failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"name\": \"toy-citations\",", ""));
    assertEquals(manifest + ": missing field 'name'", failure(dir).getMessage());

    // A value of the wrong kind is described in the file's terms, not as a Java type.
    Files.writeString(manifest, original.replace("\"num_classes\": 3",
        "\"num_classes\": \"three\""));
    assertEquals(manifest + ": field 'target.num_classes': expected an integer, got \"three\"",
        failure(dir).getMessage());
    // A fraction is not rounded to an integer.
    String integer = "expected an integer, got ";
    expectInManifest(dir, original, "\"num_classes\": 3", "\"num_classes\": 3.7",
        "field 'target.num_classes': " + integer + "3.7");
    expectInManifest(dir, original, "\"paper\": 24", "\"paper\": 24.5",
        "field 'node_counts.paper': " + integer + "24.5");
    expectInManifest(dir, original, "\"shape\": [4]", "\"shape\": [4.0]",
        "field 'schema.node_sets.paper.features.feat.shape[0]': " + integer + "4.0");
    Files.writeString(manifest, original.replace("\"num_classes\": 3", "\"num_classes\": [3]"));
    assertEquals(manifest + ": field 'target.num_classes': expected an integer",
        failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"shape\": [2]", "\"shape\": [2], \"rank\": 1"));
    assertEquals(manifest + ": unknown field 'schema.node_sets.author.features.feat.rank'; "
        + "known fields here: dtype, shape, sparse", failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"dtype\": \"int32\"", "\"dtype\": \"int33\""));
    assertTrue(failure(dir).getMessage().startsWith(manifest
        + ": field 'schema.node_sets.paper.features.year': feature spec: unknown dtype 'int33'"));

    // A null where a set or feature belongs, a negative size: named, not a NullPointerException
    // or an IllegalArgumentException without a file.
    String year = "\"year\": {\"dtype\": \"int32\"}";
    expectInManifest(dir, original, year, "\"year\": null", "field 'schema.node_sets.paper': "
        + "feature 'year' is null; write its spec, at least {\"dtype\": ...}");
    expectInManifest(dir, original, "\"writes\": {\"source\": \"author\", \"target\": \"paper\", "
        + "\"features\": {}}", "\"writes\": null", "field 'schema': edge set 'writes' is null; "
        + "write its 'source' and 'target'");
    expectInManifest(dir, original, "\"shape\": [4]", "\"shape\": [-4]", "field "
        + "'schema.node_sets.paper.features.feat': feature spec: shape [-4] must hold sizes of 0 "
        + "or more");
    expectInManifest(dir, original, year, "\"year\": {\"dtype\": \"int32\", \"shape\": [1], "
        + "\"sparse\": true}", "field 'schema.node_sets.paper.features.year': feature spec: a "
        + "sparse feature is float32 (a CSR matrix holds float32 values), was int32");

    Files.writeString(manifest, original.replace("\"feature\": \"feat\"",
        "\"feature\": \"words\""));
    assertEquals(manifest + ": field 'target.feature' is 'words', which node set 'paper' does "
        + "not have; it has [feat, year]", failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"author\": 8", "\"autor\": 8"));
    assertEquals(manifest + ": field 'node_counts' has no count for node set 'author' of the "
        + "schema", failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"num_classes\": 3", "\"num_classes\": \"3x\""));
    assertTrue(failure(dir).getMessage().startsWith(manifest + ": field 'target.num_classes': "),
        failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"labels.csv\"", "\"../labels.csv\""));
    assertEquals(manifest + ": field 'target.labels' is '../labels.csv'; it must stay inside "
        + "the data set directory (no '..')", failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"format_version\": 1", "\"format_version\": 2"));
    assertEquals(manifest + ": field 'format_version' is 2; this version of contrastive4j reads "
        + "format version 1", failure(dir).getMessage());

    Files.writeString(manifest, original.replace("\"name\": \"toy-citations\",", "\"name\": "));
    assertTrue(failure(dir).getMessage().startsWith(manifest + ": not valid JSON at line 4"),
        failure(dir).getMessage());

    Files.writeString(manifest, "{\"format_version\": 1, \"schema\": {");
    assertEquals(manifest + ": not valid JSON at line 1, column 34: Unexpected end-of-input: "
        + "expected close marker for Object (start marker at line 1, column 33)",
        failure(dir).getMessage());
  }

  @Test
  void refusesANumberWrittenAsTextAndTextWrittenAsANumber() throws IOException {
    Path dir = copyExample(tmp);
    String original = Files.readString(dir.resolve(DatasetLayout.MANIFEST));
    expectInManifest(dir, original, "\"num_classes\": 3", "\"num_classes\": \"3\"",
        "field 'target.num_classes': expected an integer, got \"3\"");
    expectInManifest(dir, original, "\"author\": 8", "\"author\": \" 8\"",
        "field 'node_counts.author': expected an integer, got \" 8\"");
    expectInManifest(dir, original, "\"format_version\": 1", "\"format_version\": \"1\"",
        "field 'format_version': expected an integer, got \"1\"");
    expectInManifest(dir, original, "\"sparse\": true", "\"sparse\": \"true\"",
        "field 'schema.node_sets.paper.features.feat.sparse': expected true or false, got "
            + "\"true\"");
    expectInManifest(dir, original, "\"name\": \"toy-citations\"", "\"name\": 5",
        "field 'name': expected a string, got 5");
    // Jackson took any integer for true.
    for (String number : new String[] {"1", "2", "-1", "0", "1.0"}) {
      expectInManifest(dir, original, "\"sparse\": true", "\"sparse\": " + number,
          "field 'schema.node_sets.paper.features.feat.sparse': expected true or false, got "
              + number);
    }
  }

  @Test
  void namesASplitFileThatHoldsAMask() throws IOException {
    // PyTorch Geometric's train_mask: a 0 or 1 for each node instead of the nodes' indices.
    Path dir = copyExample(tmp);
    Path train = dir.resolve("split/train.npy");
    int[] mask = new int[24];
    Arrays.fill(mask, 0, 6, 1);
    NpyFiles.write(train, Nd4j.createFromArray(mask));
    assertEquals(train + ": row 1: node 1 is already in this file; the file holds a 0 or 1 for "
        + "each of the 24 nodes of the target node set: a mask (as PyTorch Geometric's "
        + "train_mask), where a split file lists indices (numpy.flatnonzero(mask) gives them)",
        failure(dir).getMessage());
    // A list of indices that happen to be 0s and 1s is not taken for one.
    NpyFiles.write(train, Nd4j.createFromArray(new int[] {0, 1, 1}));
    assertEquals(train + ": row 2: node 1 is already in this file", failure(dir).getMessage());
  }

  @Test
  void refusesMoreClassesThanTheNodesTheyClassify() throws IOException {
    Path dir = copyExample(tmp);
    String original = Files.readString(dir.resolve(DatasetLayout.MANIFEST));
    // Not a run that trains, then runs out of memory making the probe's two billion outputs.
    expectInManifest(dir, original, "\"num_classes\": 3", "\"num_classes\": 2000000000",
        "field 'target.num_classes' is 2000000000, more than the 24 nodes of node set 'paper' "
            + "it classifies");
    Files.writeString(dir.resolve(DatasetLayout.MANIFEST),
        original.replace("\"num_classes\": 3", "\"num_classes\": 24"));
    assertEquals(24, DatasetDirectoryReader.read(dir).numClasses());
  }

  @Test
  void readsAManifestWithAByteOrderMarkOrWindowsLineEnds() throws IOException {
    Path dir = copyExample(tmp);
    Path manifest = dir.resolve("dataset.json");
    String original = Files.readString(manifest);
    Files.writeString(manifest, "\uFEFF" + original.replace("\n", "\r\n"));
    assertEquals("toy-citations", DatasetDirectoryReader.read(dir).name());
    Files.write(manifest, ("\uFEFF" + original).getBytes(StandardCharsets.UTF_16LE));
    assertEquals("toy-citations", DatasetDirectoryReader.read(dir).name());
  }

  @Test
  void namesAManifestThatIsNotOneJsonObject() throws IOException {
    Path dir = copyExample(tmp);
    Path manifest = dir.resolve("dataset.json");
    String original = Files.readString(manifest);
    for (String empty : new String[] {"", "  \n"}) {
      Files.writeString(manifest, empty);
      assertEquals(manifest + ": is empty; it must hold a JSON object", failure(dir).getMessage());
    }
    Files.writeString(manifest, "[" + original + "]");
    assertEquals(manifest + ": must hold a JSON object, found a list", failure(dir).getMessage());
    Files.writeString(manifest, "null");
    assertEquals(manifest + ": must hold a JSON object, found null", failure(dir).getMessage());
    // A second object (say, from pasting twice) is not taken for the first one's problem.
    Files.writeString(manifest, original + "{}\n");
    assertEquals(manifest + ": not valid JSON at line 27, column 1: content after the end of "
        + "the document; a file holds one", failure(dir).getMessage());
    // Text in another encoding than UTF-8 is named where it starts, not as a Java exception.
    Files.write(manifest, original.replace("A hand-made", "A h\u00e4nd-made")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(manifest + ": line 4, column 22: not UTF-8 text (byte 0xe4); save the file as "
        + "UTF-8", failure(dir).getMessage());
  }

  @Test
  void namesAnNpyFileWithTheWrongShapeOrType() throws IOException {
    Path dir = copyExample(tmp);
    Path authors = dir.resolve("nodes/author/feat.npy");
    NpyFiles.write(authors, Nd4j.zeros(DataType.FLOAT, 7, 2));
    // The row count comes from the manifest: the message says so, for either may be wrong.
    assertEquals(authors + ": expected 2-D float array with 8 rows (field 'node_counts.author' "
        + "of dataset.json) and 2 columns, found float32 shape (7, 2)",
        failure(dir).getMessage());
    NpyFiles.write(authors, Nd4j.zeros(DataType.INT64, 8, 2));
    assertEquals(authors + ": expected 2-D float array with 8 rows and 2 columns, found "
        + "int64 shape (8, 2)", failure(dir).getMessage());
    NpyFiles.write(authors, Nd4j.zeros(DataType.FLOAT, 8, 2).putScalar(3, 1, Float.NaN));
    assertEquals(authors + ": row 3 holds NaN; features must be finite",
        failure(dir).getMessage());
    Path year = dir.resolve("nodes/paper/year.npy");
    NpyFiles.write(year, Nd4j.zeros(DataType.DOUBLE, 24));
    NpyFiles.write(authors, Nd4j.zeros(DataType.FLOAT, 8, 2));
    assertEquals(year + ": expected 1-D integer array with 24 entries, found float64 shape "
        + "(24,)", failure(dir).getMessage());
  }

  @Test
  void convertsAFileToTheSchemaTypeWithinItsKind() throws IOException {
    Path dir = copyExample(tmp);
    replace(dir.resolve("dataset.json"), "\"feat\": {\"dtype\": \"float32\", \"shape\": [2]}",
        "\"feat\": {\"dtype\": \"float16\", \"shape\": [2]}");
    replace(dir.resolve("dataset.json"), "\"year\": {\"dtype\": \"int32\"}",
        "\"year\": {\"dtype\": \"int16\"}");
    GraphDataset d = DatasetDirectoryReader.read(dir);
    Feature authors = d.graph().nodeSet("author").feature("feat");
    assertEquals(DataType.FLOAT16, authors.dataType());
    assertEquals(1.5, authors.toDense().getDouble(1, 0), 1e-3);
    assertEquals(DataType.INT16, d.graph().nodeSet("paper").feature("year").dataType());
  }

  @Test
  void namesATruncatedNpyFile() throws IOException {
    Path dir = copyExample(tmp);
    Path writes = dir.resolve("edges/writes.npy");
    byte[] bytes = Files.readAllBytes(writes);
    Files.write(writes, Arrays.copyOf(bytes, bytes.length - 8));
    assertEquals(writes + ": truncated: the header declares int64 shape (19, 2), 304 bytes of "
        + "data, but only 296 follow the header", failure(dir).getMessage());
  }

  @Test
  void namesAnEdgeFileCutOffToNothing() throws IOException {
    // Read as an edge set without edges, it was blamed on the edge feature file instead.
    Path dir = copyExample(tmp);
    Path cites = dir.resolve("edges/cites.csv");
    Files.write(cites, new byte[0]);
    assertEquals(cites + ": is empty (no rows, not even a header line); a table without rows is "
        + "written as its header line alone", failure(dir).getMessage());
    Files.writeString(cites, "source,target\n");
    assertEquals(dir.resolve("edges/cites/weight.csv") + ": expected 1-D float array with 0 "
        + "entries (the edges of edges/cites.csv), found float32 shape (29,)",
        failure(dir).getMessage());
  }

  @Test
  void namesTheLineAndColumnOfACsvCellThatIsNotANumber() throws IOException {
    Path dir = copyExample(tmp);
    Path cites = dir.resolve("edges/cites.csv");
    replace(cites, "\n8,2\n", "\n8,x3\n");
    assertEquals(cites + ": line 7, column 2: 'x3' is not a number", failure(dir).getMessage());
  }

  @Test
  void namesAnEdgeIndexPastTheNodeCount() throws IOException {
    Path dir = copyExample(tmp);
    Path cites = dir.resolve("edges/cites.csv");
    String outside = " is outside node set 'paper' (24 nodes, so 0 to 23)";
    expectAfterReplacing(dir, cites, "\n8,2\n", "\n8,24\n", "line 7: target index 24" + outside);
    expectAfterReplacing(dir, cites, "\n8,24\n", "\n-1,2\n", "line 7: source index -1" + outside);
    replace(cites, "\n-1,2\n", "\n8,2\n");
    Path writes = dir.resolve("edges/writes.npy");
    NpyFiles.write(writes, Nd4j.createFromArray(new long[][] {{0, 1}, {8, 2}}));
    assertEquals(writes + ": row 1: source index 8 is outside node set 'author' (8 nodes, so "
        + "0 to 7)", failure(dir).getMessage());
  }

  @Test
  void namesALabelOutOfRange() throws IOException {
    Path dir = copyExample(tmp);
    Path labels = dir.resolve("labels.csv");
    replace(labels, "label\n0\n1\n2\n0\n", "label\n0\n1\n2\n3\n");
    assertEquals(labels + ": line 5: label 3 is outside [0, 3) (num_classes is 3; -1 marks an "
        + "unlabeled node)", failure(dir).getMessage());
    replace(labels, "label\n0\n1\n2\n3\n", "label\n0\n1\n2\n");
    assertEquals(labels + ": expected 1-D integer array with 24 entries (field "
        + "'node_counts.paper' of dataset.json), found int64 shape (23,)",
        failure(dir).getMessage());
  }

  @Test
  void namesABadSplitFile() throws IOException {
    Path dir = copyExample(tmp);
    Path test = dir.resolve("split/test.csv");
    expectAfterReplacing(dir, test, "\n12\n", "\n3\n",
        "line 2: node 3 is already in " + dir.resolve("split/train.npy"));
    expectAfterReplacing(dir, test, "\n3\n", "\n22\n", "line 2: node 22 has no label (-1)");
    String outside = " is outside the 24 nodes of the target node set";
    expectAfterReplacing(dir, test, "\n22\n", "\n99\n", "line 2: node 99" + outside);
    expectAfterReplacing(dir, test, "\n99\n", "\n-1\n", "line 2: node -1" + outside);
    expectAfterReplacing(dir, test, "node\n-1\n13\n", "node\n13\n13\n",
        "line 3: node 13 is already in this file");
  }

  @Test
  void refusesOneFileForTwoPartsOfTheSplit() throws IOException {
    Path dir = copyExample(tmp);
    expectAfterReplacing(dir, dir.resolve("dataset.json"), "\"test\": \"split/test.csv\"",
        "\"test\": \"./split/val.csv\"", "field 'split.test' is './split/val.csv', the file "
            + "of 'val' too; each part of the split needs a file of its own");
  }

  @Test
  void refusesTwoFilesForOneArray() throws IOException {
    Path dir = copyExample(tmp);
    Files.writeString(dir.resolve("nodes/paper/year.csv"), "year\n2001\n");
    assertEquals(dir.resolve("nodes/paper/year.npy") + ": both nodes/paper/year.npy and "
        + "nodes/paper/year.csv exist for node set 'paper', feature 'year'; keep only one",
        failure(dir).getMessage());
  }
}
