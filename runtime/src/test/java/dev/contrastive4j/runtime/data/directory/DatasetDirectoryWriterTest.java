package dev.contrastive4j.runtime.data.directory;

import static dev.contrastive4j.runtime.testing.DatasetAssertions.assertSameDataset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.io.SparseNpzFiles;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class DatasetDirectoryWriterTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(ArrayFormat.class)
  void writesWhatItReadsBack(ArrayFormat format) throws IOException {
    GraphDataset original = DatasetDirectoryReader.read(DatasetDirectoryReaderTest.EXAMPLE);
    Path out = tmp.resolve("out");
    DatasetDirectoryWriter.write(original, out, format);
    String ext = format.extension();
    // The sparse bag-of-words stays sparse in binary files, as scipy's .npz; CSV stays text.
    String sparseExt = format == ArrayFormat.NPY ? SparseNpzFiles.EXTENSION : ext;
    assertFalse(format == ArrayFormat.NPY && Files.exists(out.resolve("nodes/paper/feat.npy")));
    for (String file : List.of("dataset.json", "nodes/paper/feat" + sparseExt,
        "nodes/paper/year" + ext,
        "nodes/author/feat" + ext, "edges/cites" + ext, "edges/cites/weight" + ext,
        "edges/writes" + ext, "labels" + ext, "split/train" + ext, "split/val" + ext,
        "split/test" + ext)) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    assertSameDataset(original, DatasetDirectoryReader.read(out));
    // One graph that labels nodes: written as before the format held more.
    String manifest = Files.readString(out.resolve("dataset.json"));
    assertFalse(manifest.contains("num_components") || manifest.contains("level"), manifest);
    assertFalse(Files.exists(out.resolve(DatasetLayout.SIZES)));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of(out), siblings.toList(), "no temporary directory is left");
    }
  }

  @Test
  void writesCsvHeadersThatDescribeTheColumns() throws IOException {
    GraphDataset original = DatasetDirectoryReader.read(DatasetDirectoryReaderTest.EXAMPLE);
    Path out = tmp.resolve("csv");
    DatasetDirectoryWriter.write(original, out, ArrayFormat.CSV);
    assertTrue(Files.readString(out.resolve("nodes/paper/feat.csv"))
        .startsWith("feat_0,feat_1,feat_2,feat_3\n1.0,1.0,0.0,0.0\n"));
    assertTrue(Files.readString(out.resolve("edges/cites.csv")).startsWith("source,target\n4,1\n"));
    assertTrue(Files.readString(out.resolve("labels.csv")).startsWith("label\n0\n1\n2\n"));
  }

  @Test
  void writesContextFeaturesAndHigherRankFeaturesAsNpy() throws IOException {
    GraphTensor g = GraphTensor.builder()
        .nodeSet("node", NodeSet.of(3, Map.of(
            "x", Feature.dense(Nd4j.arange(12).castTo(DataType.FLOAT).reshape(3, 2, 2)))))
        .edgeSet("edge", EdgeSet.of(new Adjacency("node", "node", new int[0], new int[0]),
            Map.of()))
        .context(dev.contrastive4j.api.graph.Context.of(Map.of(
            "size", Feature.dense(Nd4j.createFromArray(3.0).reshape(1)))))
        .build();
    GraphDataset d = new GraphDataset("tiny", g, "node", "x", new int[] {0, 1, -1}, 2,
        new Split(new int[] {0}, new int[] {1}, new int[0]));
    Path out = tmp.resolve("tiny");
    DatasetDirectoryWriter.write(d, out, ArrayFormat.CSV);
    assertTrue(Files.isRegularFile(out.resolve("nodes/node/x.npy")), "3-D falls back to .npy");
    assertTrue(Files.isRegularFile(out.resolve("context/size.csv")));
    assertEquals("source,target\n", Files.readString(out.resolve("edges/edge.csv")));
    assertSameDataset(d, DatasetDirectoryReader.read(out));
  }

  @Test
  void writesFloat16AndColumnlessFeaturesInEitherFormat() {
    // The reader took both (float16 from CSV, [n, 0] from .npy); the writer refused them.
    GraphTensor g = GraphTensor.builder()
        .nodeSet("node", NodeSet.of(3, Map.of(
            "x", Feature.dense(Nd4j.createFromArray(new float[][] {{0.5f}, {-1}, {2}})
                .castTo(DataType.FLOAT16)),
            "none", Feature.dense(Nd4j.create(DataType.FLOAT, 3, 0)))))
        .edgeSet("edge", EdgeSet.of(new Adjacency("node", "node", new int[] {0}, new int[] {1}),
            Map.of()))
        .build();
    GraphDataset d = new GraphDataset("halves", g, "node", "x", new int[] {0, 1, -1}, 2,
        new Split(new int[] {0}, new int[] {1}, new int[0]));
    for (ArrayFormat format : ArrayFormat.values()) {
      Path out = tmp.resolve(format.name());
      DatasetDirectoryWriter.write(d, out, format);
      assertTrue(Files.isRegularFile(out.resolve("nodes/node/none.npy")), "no columns: .npy");
      assertSameDataset(d, DatasetDirectoryReader.read(out));
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedWhereItWasToGo() {
    // It was named in the temporary directory, which is gone by the time the message is read.
    // A feature name longer than a file name may be makes the file system refuse the file.
    String longName = "f".repeat(300);
    GraphTensor g = GraphTensor.builder()
        .nodeSet("node", NodeSet.of(2, Map.of(longName, Feature.dense(
            Nd4j.createFromArray(new float[][] {{1}, {2}})))))
        .edgeSet("edge", EdgeSet.of(new Adjacency("node", "node", new int[0], new int[0]),
            Map.of()))
        .build();
    GraphDataset d = new GraphDataset("long", g, "node", longName, new int[] {0, 1}, 2,
        new Split(new int[] {0}, new int[0], new int[] {1}));
    Path out = tmp.resolve("long");
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetDirectoryWriter.write(d, out, ArrayFormat.CSV));
    assertEquals(out.toAbsolutePath().resolve("nodes/node/" + longName + ".csv"), e.file());
    // Said once, not "cannot be written: cannot be written (...)".
    assertEquals("cannot be written (File name too long)", e.problem(), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void roundTripsTheSyntheticDataSetWithItsSparseFeatures() {
    GraphDataset csbm = CsbmGenerator.generate(new CsbmConfig(300, 3, 5, 0.7, 60, 0.05, 0.5, 4));
    Path out = tmp.resolve("csbm");
    DatasetDirectoryWriter.write(csbm, out, ArrayFormat.NPY);
    GraphDataset back = DatasetDirectoryReader.read(out);
    assertTrue(back.graph().nodeSet("node").feature("feat").isSparse());
    assertSameDataset(csbm, back);
  }

  @Test
  void refusesANonEmptyDirectoryButFillsAnEmptyOne() throws IOException {
    GraphDataset original = DatasetDirectoryReader.read(DatasetDirectoryReaderTest.EXAMPLE);
    Path full = tmp.resolve("full");
    Files.createDirectories(full);
    Files.writeString(full.resolve("notes.txt"), "keep me");
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetDirectoryWriter.write(original, full, ArrayFormat.NPY));
    assertEquals(full + ": already exists and is not an empty directory; choose a new "
        + "directory", e.getMessage());
    assertEquals("keep me", Files.readString(full.resolve("notes.txt")));
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty);
    DatasetDirectoryWriter.write(original, empty, ArrayFormat.NPY);
    assertSameDataset(original, DatasetDirectoryReader.read(empty));
  }

  @Test
  void refusesAFileWhereTheDirectoryBelongsAndKeepsIt() throws IOException {
    GraphDataset original = DatasetDirectoryReader.read(DatasetDirectoryReaderTest.EXAMPLE);
    Path file = Files.writeString(tmp.resolve("toy"), "keep me");
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetDirectoryWriter.write(original, file, ArrayFormat.NPY));
    assertEquals(file + ": already exists and is not an empty directory; choose a new "
        + "directory", e.getMessage());
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void aCsvHeaderThatWouldReadAsANumberBecomesValue() throws IOException {
    // "2020" as the one header cell of a vector would look like a data row.
    GraphTensor g = GraphTensor.builder()
        .nodeSet("node", NodeSet.of(2, Map.of(
            "2020", Feature.dense(Nd4j.createFromArray(1f, 2f)),
            "x", Feature.dense(Nd4j.zeros(DataType.FLOAT, 2, 1)))))
        .build();
    GraphDataset d = new GraphDataset("years", g, "node", "x", new int[] {0, 1}, 2,
        new Split(new int[] {0}, new int[] {1}, new int[0]));
    Path out = tmp.resolve("years");
    DatasetDirectoryWriter.write(d, out, ArrayFormat.CSV);
    assertEquals("value\n1.0\n2.0\n", Files.readString(out.resolve("nodes/node/2020.csv")));
    assertSameDataset(d, DatasetDirectoryReader.read(out));
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsNamedWithTheReasonInWords() throws IOException {
    // It said 'cannot write: java.nio.file.FileSystemException: .../.toy.<hex>.tmp: Not a
    // directory', naming a temporary directory and the JDK's exception.
    GraphDataset original = DatasetDirectoryReader.read(DatasetDirectoryReaderTest.EXAMPLE);
    Path file = Files.writeString(tmp.resolve("exports"), "x");
    Path out = file.resolve("toy");
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetDirectoryWriter.write(original, out, ArrayFormat.CSV));
    assertEquals(out + ": cannot be written (" + file + " is a file, not a directory)",
        e.getMessage());
  }

  @Test
  void aPlaceThatRefusesNewDirectoriesIsNamedAsTheTargetNotTheTemporaryDirectory() {
    // Linux's /proc refuses to make a directory as "not found"; it named /proc/.toy.<hex>.tmp.
    Path proc = Path.of("/proc");
    Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux's /proc");
    GraphDataset original = DatasetDirectoryReader.read(DatasetDirectoryReaderTest.EXAMPLE);
    Path out = proc.resolve("contrastive4j-" + ProcessHandle.current().pid());
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetDirectoryWriter.write(original, out, ArrayFormat.NPY));
    assertEquals(out + ": cannot be written (" + out + " not found)", e.getMessage());
  }

  @Test
  void refusesNamesThatCannotBeFileNames() {
    GraphTensor g = GraphTensor.builder()
        .nodeSet("a/b", NodeSet.of(2, Map.of("x", Feature.dense(Nd4j.zeros(2, 1)))))
        .build();
    GraphDataset d = new GraphDataset("bad", g, "a/b", "x", new int[] {0, 0}, 1,
        new Split(new int[0], new int[0], new int[0]));
    Path out = tmp.resolve("bad");
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetDirectoryWriter.write(d, out, ArrayFormat.NPY));
    assertTrue(e.getMessage().contains("field 'schema.node_sets' has the name 'a/b', which "
        + "cannot be used as a file name"), e.getMessage());
    assertTrue(Files.notExists(out));
  }

  @ParameterizedTest
  @EnumSource(ArrayFormat.class)
  void writesManyGraphsWithTheirSizesContextAndGraphLabels(ArrayFormat format)
      throws IOException {
    GraphDataset graphs = SmallGraphs.twoKinds(10, 3);
    // A context feature has one row per graph.
    graphs = graphs.withGraph(graphs.graph().withContextFeatures(Map.of("size",
        Feature.dense(Nd4j.createFromArray(graphs.graph().nodeSet("node").sizes())
            .castTo(DataType.FLOAT)))));
    Path out = tmp.resolve("graphs");
    DatasetDirectoryWriter.write(graphs, out, format);
    String ext = format.extension();
    for (String file : List.of("sizes/nodes/node" + ext, "sizes/edges/edge" + ext,
        "context/size" + ext)) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    DatasetManifest manifest = DatasetDirectoryReader.readManifest(out.resolve("dataset.json"));
    assertEquals(10, manifest.numComponents());
    assertEquals("graph", manifest.target().level());
    GraphDataset back = DatasetDirectoryReader.read(out);
    assertEquals(LabelLevel.GRAPH, back.labelLevel());
    assertSameDataset(graphs, back);
    if (format == ArrayFormat.CSV) {
      assertTrue(Files.readString(out.resolve("split/test.csv")).startsWith("component\n4\n9\n"));
    }
  }

  @Test
  void writesNodeLabelsOfManyGraphsAndAGraphWithoutNodes() {
    GraphDataset rings = SmallGraphs.rings(3, 0, 5, 4);
    Path out = tmp.resolve("rings");
    DatasetDirectoryWriter.write(rings, out, ArrayFormat.NPY);
    GraphDataset back = DatasetDirectoryReader.read(out);
    assertEquals(LabelLevel.NODE, back.labelLevel());
    assertArrayEquals(new long[] {3, 0, 5, 4}, back.graph().nodeSet("node").sizes());
    assertSameDataset(rings, back);
  }

  @Test
  void writesOneGraphLabeledAsAGraphWithoutSizes() throws IOException {
    GraphTensor g = GraphTensor.builder()
        .nodeSet("atom", NodeSet.of(2, Map.of("x", Feature.dense(Nd4j.zeros(2, 1)))))
        .build();
    GraphDataset oneMolecule = GraphDataset.ofGraphs("molecule", g, "atom", "x", new int[] {0},
        1, new Split(new int[] {0}, new int[0], new int[0]));
    Path out = tmp.resolve("molecule");
    DatasetDirectoryWriter.write(oneMolecule, out, ArrayFormat.CSV);
    assertFalse(Files.readString(out.resolve("dataset.json")).contains("num_components"));
    assertFalse(Files.exists(out.resolve(DatasetLayout.SIZES)));
    assertSameDataset(oneMolecule, DatasetDirectoryReader.read(out));
  }

  @Test
  void aGraphWithoutComponentsNeverReachesTheWriter() {
    // The writer refused it as 'field 'num_components' is 0'; its node set is refused first now.
    assertEquals("node set: sizes is empty; a set has one size per component (graph), and a "
        + "graph at least one component", assertThrows(InvalidGraphException.class,
            () -> NodeSet.of(new long[0], Map.of("x", Feature.dense(Nd4j.zeros(0, 1)))))
        .getMessage());
  }
}
