package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.data.planetoid.pickle.NdArray;
import dev.contrastive4j.runtime.data.planetoid.pickle.PickleFileReader;
import dev.contrastive4j.runtime.io.FileInput;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads the eight raw Planetoid files of one data set from a directory and assembles them the
 * way the reference loaders (Kipf's GCN, PyTorch Geometric) do:
 *
 * <ul>
 *   <li>Nodes: the rows of allx in order, then the test nodes, where row {@code k} of tx (and
 *       ty) becomes node {@code test.index[k]}. Test indices start right after allx; where the
 *       range from the smallest to the largest test index has gaps (CiteSeer's 15 papers
 *       without data), the missing nodes get an empty feature row and no label.
 *   <li>Features: one sparse float32 row per node ({@link Planetoid#FEATURE}).
 *   <li>Edges: each citation of the graph file in both directions, no self loops, no
 *       duplicates, sorted by source, then target ({@link Planetoid#EDGE_SET}).
 *   <li>Labels: the column of the 1 in ally/ty; an all-zero row means unlabeled.
 *   <li>Split: train = the first len(y) nodes, val = the next 500, test = the nodes of
 *       test.index (ascending).
 * </ul>
 *
 * <p>Every file is checked against the others (row counts, feature widths, that x and y are the
 * first rows of allx and ally); a problem fails with a {@link DatasetException} naming the file.
 */
public final class PlanetoidReader {
  private PlanetoidReader() {}

  /**
   * Reads data set {@code name} from the files {@code ind.<name>.*} directly in {@code dir}.
   *
   * @throws DatasetException if {@code dir} is not a directory, or a file is missing,
   *     unreadable, corrupt or inconsistent
   */
  public static GraphDataset read(PlanetoidName name, Path dir) {
    String problem = FileInput.directoryProblem(dir);
    if (problem != null) {
      // Not the first file's 'FileSystemException: .../ind.cora.x: Not a directory'.
      throw new DatasetException(dir, problem);
    }
    Path fx = path(dir, name, PlanetoidFile.X);
    Path fy = path(dir, name, PlanetoidFile.Y);
    Path ftx = path(dir, name, PlanetoidFile.TX);
    Path fty = path(dir, name, PlanetoidFile.TY);
    Path fallx = path(dir, name, PlanetoidFile.ALLX);
    Path fally = path(dir, name, PlanetoidFile.ALLY);
    Path fgraph = path(dir, name, PlanetoidFile.GRAPH);
    Path fti = path(dir, name, PlanetoidFile.TEST_INDEX);

    CsrMatrix x = PickleFileReader.readCsrMatrix(fx);
    NdArray yArray = PickleFileReader.readArray(fy);
    int[] y = OneHotLabels.decode(yArray, fy);
    CsrMatrix tx = PickleFileReader.readCsrMatrix(ftx);
    NdArray tyArray = PickleFileReader.readArray(fty);
    int[] ty = OneHotLabels.decode(tyArray, fty);
    CsrMatrix allx = PickleFileReader.readCsrMatrix(fallx);
    NdArray allyArray = PickleFileReader.readArray(fally);
    int[] ally = OneHotLabels.decode(allyArray, fally);
    Map<?, ?> graph = PickleFileReader.readDict(fgraph);
    int[] testIndex = TestIndexFile.read(fti);

    int numClasses = allyArray.dim(1);
    int numFeatures = allx.cols();
    int numAll = allx.rows();
    requireEqual(fally, "rows", ally.length, fallx, "rows", numAll);
    requireEqual(fty, "columns (classes)", tyArray.dim(1), fally, "columns", numClasses);
    requireEqual(fy, "columns (classes)", yArray.dim(1), fally, "columns", numClasses);
    requireEqual(ftx, "columns (features)", tx.cols(), fallx, "columns", numFeatures);
    requireEqual(fx, "columns (features)", x.cols(), fallx, "columns", numFeatures);
    // Before y's count is compared with x's: x swapped with another file (tx) is then named
    // as the file at fault, not y.
    requirePrefix(fx, x, fallx, allx);
    requireEqual(fy, "rows", y.length, fx, "rows", x.rows());
    requireEqual(fty, "rows", ty.length, ftx, "rows", tx.rows());
    requireEqual(fti, "test indices", testIndex.length, ftx, "rows", tx.rows());
    requirePrefix(fy, y, fally, ally);

    int lowest = Arrays.stream(testIndex).min().getAsInt();
    int highest = Arrays.stream(testIndex).max().getAsInt();
    if (lowest != numAll) {
      throw new DatasetException(fti, "the smallest test index is " + lowest
          + " but test nodes must follow the " + numAll + " rows of " + fallx.getFileName());
    }
    // CiteSeer's range has a few gaps; a range far wider than the test set is corruption.
    if ((long) highest - lowest + 1 > 2L * testIndex.length) {
      throw new DatasetException(fti, "test indices run from " + lowest + " to " + highest
          + ", far more than the " + testIndex.length + " test nodes");
    }
    int numNodes = highest + 1;
    int numTrain = y.length;
    if (numTrain + Planetoid.VALIDATION_SIZE > numAll) {
      throw new DatasetException(fy, numTrain + " training rows leave no room for "
          + Planetoid.VALIDATION_SIZE + " validation nodes among the " + numAll + " rows of "
          + fallx.getFileName());
    }

    CsrMatrix features = features(allx, tx, testIndex, numNodes);
    int[] labels = new int[numNodes];
    Arrays.fill(labels, GraphDataset.UNLABELED);
    System.arraycopy(ally, 0, labels, 0, numAll);
    for (int k = 0; k < testIndex.length; k++) {
      labels[testIndex[k]] = ty[k];
    }

    int[] train = range(0, numTrain);
    int[] val = range(numTrain, numTrain + Planetoid.VALIDATION_SIZE);
    int[] test = testIndex.clone();
    Arrays.sort(test);
    requireLabeled(fally, "training", train, labels);
    requireLabeled(fally, "validation", val, labels);
    requireLabeled(fty, "test", test, labels);

    Adjacency edges = CitationEdges.fromAdjacencyLists(graph, numNodes, Planetoid.NODE_SET,
        fgraph);
    try {
      GraphTensor tensor = GraphTensor.homogeneous(Planetoid.NODE_SET,
          NodeSet.of(numNodes, Map.of(Planetoid.FEATURE, Feature.sparse(features))),
          Planetoid.EDGE_SET, EdgeSet.of(edges, Map.of()));
      return new GraphDataset(name.id(), tensor, Planetoid.NODE_SET, Planetoid.FEATURE, labels,
          numClasses, new Split(train, val, test));
    } catch (InvalidGraphException e) {
      throw new DatasetException(dir, "the files of " + name + " do not form a valid graph: "
          + e.getMessage(), e);
    }
  }

  private static Path path(Path dir, PlanetoidName name, PlanetoidFile file) {
    return dir.resolve(file.fileName(name));
  }

  /** Rows of allx, then row k of tx at node testIndex[k]; gaps stay empty. */
  private static CsrMatrix features(CsrMatrix allx, CsrMatrix tx, int[] testIndex,
      int numNodes) {
    int numAll = allx.rows();
    int[] fromTx = new int[numNodes - numAll];
    Arrays.fill(fromTx, -1);
    for (int k = 0; k < testIndex.length; k++) {
      fromTx[testIndex[k] - numAll] = k;
    }
    int[] indptr = new int[numNodes + 1];
    int[] ap = allx.indptrView();
    int[] tp = tx.indptrView();
    for (int node = 0; node < numNodes; node++) {
      int length;
      if (node < numAll) {
        length = ap[node + 1] - ap[node];
      } else {
        int k = fromTx[node - numAll];
        length = k < 0 ? 0 : tp[k + 1] - tp[k];
      }
      indptr[node + 1] = indptr[node] + length;
    }
    int[] indices = new int[indptr[numNodes]];
    float[] values = new float[indices.length];
    System.arraycopy(allx.indicesView(), 0, indices, 0, ap[numAll]);
    System.arraycopy(allx.valuesView(), 0, values, 0, ap[numAll]);
    for (int node = numAll; node < numNodes; node++) {
      int k = fromTx[node - numAll];
      if (k >= 0) {
        int length = tp[k + 1] - tp[k];
        System.arraycopy(tx.indicesView(), tp[k], indices, indptr[node], length);
        System.arraycopy(tx.valuesView(), tp[k], values, indptr[node], length);
      }
    }
    return new CsrMatrix(numNodes, allx.cols(), indptr, indices, values);
  }

  private static void requireEqual(Path file, String what, int value, Path other,
      String otherWhat, int otherValue) {
    if (value != otherValue) {
      throw new DatasetException(file, "has " + value + " " + what + " but "
          + other.getFileName() + " has " + otherValue + " " + otherWhat);
    }
  }

  /** x must be the first rows of allx. */
  private static void requirePrefix(Path file, CsrMatrix part, Path allFile, CsrMatrix all) {
    if (part.rows() > all.rows()) {
      throw new DatasetException(file, "has " + part.rows() + " rows, more than the "
          + all.rows() + " of " + allFile.getFileName());
    }
    int[] pp = part.indptrView();
    int[] ap = all.indptrView();
    for (int r = 0; r < part.rows(); r++) {
      boolean same = pp[r + 1] - pp[r] == ap[r + 1] - ap[r]
          && Arrays.equals(part.indicesView(), pp[r], pp[r + 1], all.indicesView(), ap[r],
              ap[r + 1])
          && Arrays.equals(part.valuesView(), pp[r], pp[r + 1], all.valuesView(), ap[r],
              ap[r + 1]);
      if (!same) {
        throw new DatasetException(file, "row " + r + " differs from row " + r + " of "
            + allFile.getFileName() + " (it should hold the first " + part.rows()
            + " rows of it)");
      }
    }
  }

  /** y must be the first labels of ally. */
  private static void requirePrefix(Path file, int[] part, Path allFile, int[] all) {
    if (part.length > all.length) {
      throw new DatasetException(file, "has " + part.length + " rows, more than the "
          + all.length + " of " + allFile.getFileName());
    }
    for (int r = 0; r < part.length; r++) {
      if (part[r] != all[r]) {
        throw new DatasetException(file, "row " + r + " has class " + part[r] + " but row "
            + r + " of " + allFile.getFileName() + " has class " + all[r]);
      }
    }
  }

  private static void requireLabeled(Path file, String part, int[] nodes, int[] labels) {
    for (int node : nodes) {
      if (labels[node] == GraphDataset.UNLABELED) {
        throw new DatasetException(file, part + " node " + node + " has no label (a row of "
            + "zeros)");
      }
    }
  }

  private static int[] range(int from, int to) {
    int[] out = new int[to - from];
    for (int i = 0; i < out.length; i++) {
      out[i] = from + i;
    }
    return out;
  }
}
