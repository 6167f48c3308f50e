package dev.contrastive4j.runtime.data.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A directory of many graphs that labels graphs ({@code num_components}, the size files and
 * {@code target.level: "graph"}), written by {@link DatasetDirectoryWriter} as CSV, and one
 * broken copy of it per kind of bad input.
 */
class ManyGraphsDirectoryTest {
  /** Ten rings of 3 to 6 nodes, two kinds; test graphs 4 and 9. */
  private static final GraphDataset GRAPHS = SmallGraphs.twoKinds(10, 3);

  @TempDir Path tmp;
  private Path dir;
  private Path manifest;
  private String original;

  @BeforeEach
  void write() throws IOException {
    dir = tmp.resolve("graphs");
    DatasetDirectoryWriter.write(GRAPHS, dir, ArrayFormat.CSV);
    manifest = dir.resolve(DatasetLayout.MANIFEST);
    original = Files.readString(manifest);
  }

  private DatasetException failure() {
    return assertThrows(DatasetException.class, () -> DatasetDirectoryReader.read(dir));
  }

  /** {@code file}'s lines; line {@code i} of the file is element {@code i - 1}. */
  private static List<String> lines(Path file) throws IOException {
    return new ArrayList<>(Files.readAllLines(file));
  }

  /** Sets line {@code line} (1-based, the header is line 1) of {@code file} to {@code text}. */
  private static void setLine(Path file, int line, String text) throws IOException {
    List<String> lines = lines(file);
    lines.set(line - 1, text);
    Files.write(file, lines);
  }

  private long[] nodeSizes() {
    return GRAPHS.graph().nodeSet("node").sizes();
  }

  private void expectInManifest(String from, String to, String problem) throws IOException {
    assertTrue(original.contains(from), "test setup: the manifest contains " + from);
    Files.writeString(manifest, original.replace(from, to));
    assertEquals(manifest + ": " + problem, failure().getMessage());
  }

  @Test
  void readsTheGraphsTheirSizesAndGraphLabels() throws IOException {
    assertTrue(original.contains("\"num_components\" : 10"), original);
    assertTrue(original.contains("\"level\" : \"graph\""), original);
    GraphDataset read = DatasetDirectoryReader.read(dir);
    assertEquals(LabelLevel.GRAPH, read.labelLevel());
    assertEquals(10, read.graph().numComponents());
    assertArrayEquals(nodeSizes(), read.graph().nodeSet("node").sizes());
    assertArrayEquals(GRAPHS.labels(), read.labels());
    assertEquals(new Split(new int[] {0, 1, 2, 5, 6, 7}, new int[] {3, 8}, new int[] {4, 9}),
        read.split());
  }

  @Test
  void namesSizesThatDoNotAddUp() throws IOException {
    Path nodes = dir.resolve("sizes/nodes/node.csv");
    long total = GRAPHS.graph().nodeSet("node").totalSize();
    setLine(nodes, 2, String.valueOf(nodeSizes()[0] + 1));
    assertEquals(nodes + ": sizes add up to " + (total + 1) + " nodes, but field "
        + "'node_counts.node' of dataset.json is " + total, failure().getMessage());
    setLine(nodes, 2, "-" + nodeSizes()[0]);
    assertEquals(nodes + ": line 2: size -" + nodeSizes()[0] + " of component 0 is negative",
        failure().getMessage());
    List<String> nine = lines(nodes).subList(0, 10);
    Files.write(nodes, nine);
    assertEquals(nodes + ": expected 1-D integer array with 10 entries (field 'num_components' "
        + "of dataset.json), found int64 shape (9,)", failure().getMessage());
    Files.delete(nodes);
    assertEquals(dir.resolve("sizes/nodes/node.npy") + ": file not found, nor "
        + "sizes/nodes/node.csv; the size file of node set 'node' is stored in one of them",
        failure().getMessage());
  }

  @Test
  void namesEdgeSizesThatDoNotAddUpToTheEdgeFile() throws IOException {
    Path edges = dir.resolve("sizes/edges/edge.csv");
    long total = GRAPHS.graph().edgeSet("edge").totalSize();
    setLine(edges, 11, String.valueOf(GRAPHS.graph().edgeSet("edge").sizes()[9] - 2));
    assertEquals(edges + ": sizes add up to " + (total - 2) + " edges, but edges/edge.csv has "
        + total, failure().getMessage());
  }

  @Test
  void namesAnEdgeBetweenTwoGraphs() throws IOException {
    // The first edge joins node 0 to node 1 of graph 0; make it end in graph 1's first node.
    Path edges = dir.resolve("edges/edge.csv");
    assertEquals("0,1", lines(edges).get(1));
    long first = nodeSizes()[0];
    setLine(edges, 2, "0," + first);
    assertEquals(edges + ": edge set 'edge': target index " + first + " of edge 0 is outside "
        + "node set 'node' [0, " + first + ") of component 0; an edge joins nodes of its own "
        + "component, as the size files in sizes/ divide them (edges counted from 0)",
        failure().getMessage());
  }

  @Test
  void namesALabelCountForTheWrongLevel() throws IOException {
    Path labels = dir.resolve("labels.csv");
    // Labels of the nodes, in a directory that labels graphs.
    List<String> perNode = new ArrayList<>(List.of("label"));
    for (long i = 0; i < GRAPHS.graph().nodeSet("node").totalSize(); i++) {
      perNode.add("0");
    }
    Files.write(labels, perNode);
    assertEquals(labels + ": holds " + (perNode.size() - 1) + " labels, but target.level "
        + "'graph' asks for one per graph, and there are 10 (num_components)",
        failure().getMessage());
    // Labels of the graphs, in a directory that labels nodes.
    rewrite(GRAPHS, "rewritten");
    Files.writeString(manifest, original.replace("\"level\" : \"graph\",", ""));
    assertEquals(labels + ": expected 1-D integer array with "
        + GRAPHS.graph().nodeSet("node").totalSize() + " entries (field 'node_counts.node' of "
        + "dataset.json), found int64 shape (10,)", failure().getMessage());
  }

  /** Writes {@code data} over this test's directory. */
  private void rewrite(GraphDataset data, String name) throws IOException {
    Path moved = tmp.resolve(name);
    Files.move(dir, moved);
    DatasetDirectoryWriter.write(data, dir, ArrayFormat.CSV);
    original = Files.readString(manifest);
  }

  @Test
  void namesASplitIndexPastTheGraphs() throws IOException {
    Path test = dir.resolve("split/test.csv");
    setLine(test, 2, "10");
    assertEquals(test + ": line 2: component 10 is outside the 10 components",
        failure().getMessage());
    setLine(test, 2, "0");
    assertEquals(test + ": line 2: component 0 is already in " + dir.resolve("split/train.csv"),
        failure().getMessage());
  }

  @Test
  void namesALabeledGraphWithoutNodes() throws IOException {
    // Graph 1 has no node, and is unlabeled as it must be; labeling it is the mistake.
    GraphDataset gaps = GraphDataset.ofGraphs("gaps", SmallGraphs.rings(3, 0, 4).graph(), "node",
        "feat", new int[] {0, -1, 1}, 2, new Split(new int[] {0}, new int[0], new int[] {2}));
    rewrite(gaps, "two-kinds");
    Path labels = dir.resolve("labels.csv");
    setLine(labels, 3, "1");
    assertEquals(labels + ": line 3: component 1 is labeled but has no node of node set 'node' "
        + "(size 0 in sizes/nodes/node), so no pooled embedding to classify; label it -1",
        failure().getMessage());
  }

  @Test
  void namesAContextFeatureOfOneRowForManyGraphs() throws IOException {
    rewrite(GRAPHS.withGraph(GRAPHS.graph().withContextFeatures(Map.of("kind",
        Feature.dense(Nd4j.createFromArray(GRAPHS.labels()))))), "without-context");
    Path kind = dir.resolve("context/kind.csv");
    Files.writeString(kind, "kind\n1\n");
    assertEquals(kind + ": expected 1-D integer array with 10 entries (field 'num_components' "
        + "of dataset.json), found int32 shape (1,)", failure().getMessage());
  }

  @Test
  void namesABadManifestFieldOfManyGraphs() throws IOException {
    expectInManifest("\"level\" : \"graph\"", "\"level\" : \"graphs\"", "field 'target.level' "
        + "is 'graphs'; it must be 'node' (labels of the nodes of node_set, the default) or "
        + "'graph' (labels of whole graphs, the components)");
    expectInManifest("\"num_components\" : 10", "\"num_components\" : 0", "field "
        + "'num_components' is 0; a data set holds at least one graph (leave the field out for "
        + "one graph)");
    expectInManifest("\"num_classes\" : 2", "\"num_classes\" : 11", "field 'target.num_classes' "
        + "is 11, more than the 10 graphs (num_components) it classifies");
    expectInManifest("\"num_components\" : 10", "\"num_components\" : \"10\"", "field "
        + "'num_components': expected an integer, got \"10\"");
    expectInManifest("\"num_components\" : 10,", "", "has no field 'num_components', but the "
        + "directory holds sizes/, the sizes of many graphs; set 'num_components' to their "
        + "number, or remove sizes/ for one graph");
    // A null count meant one graph without a word, where the missing field was refused.
    expectInManifest("\"num_components\" : 10,", "\"num_components\" : null,", "has "
        + "'num_components': null, but the directory holds sizes/, the sizes of many graphs; set "
        + "'num_components' to their number, or remove sizes/ for one graph");
  }

  @Test
  void namesSizesWhoseSumOverflows() throws IOException {
    // Two sizes of Long.MAX_VALUE wrap around, and a third can bring the sum back to the total:
    // the graphs' own check then failed with a message that named no file.
    Path nodes = dir.resolve("sizes/nodes/node.csv");
    long total = GRAPHS.graph().nodeSet("node").totalSize();
    List<String> sizes = lines(nodes);
    sizes.set(1, String.valueOf(Long.MAX_VALUE));
    sizes.set(2, String.valueOf(Long.MAX_VALUE));
    long rest = 0;
    for (int line = 4; line < sizes.size(); line++) {
      rest += Long.parseLong(sizes.get(line).strip());
    }
    sizes.set(3, String.valueOf(total - rest + 2));
    Files.write(nodes, sizes);
    assertEquals(nodes + ": line 3: sizes add up to more than " + Long.MAX_VALUE
        + " at component 1", failure().getMessage());
  }
}
