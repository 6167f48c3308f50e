package dev.contrastive4j.runtime.data.planetoid;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.runtime.data.planetoid.pickle.NdArray;
import dev.contrastive4j.runtime.data.planetoid.pickle.PickleFileReader;
import java.nio.file.Path;

/**
 * A SHA-256 of what one Planetoid file holds once parsed, as the reader uses it, whatever the
 * pickle protocol, numpy version or line ends it was saved with: a copy saved again from the
 * published data has other bytes but the same content digest.
 *
 * <ul>
 *   <li>{@code x}, {@code tx}, {@code allx}: shape, row pointers, column indices and the bits of
 *       the float32 values of the CSR matrix;
 *   <li>{@code y}, {@code ty}, {@code ally}: shape and each row's class;
 *   <li>{@code graph}: the citations it names, each in both directions, without self loops or
 *       duplicates (what {@link CitationEdges} makes of it);
 *   <li>{@code test.index}: the node ids in file order (which pairs them with the rows of
 *       {@code tx} and {@code ty}).
 * </ul>
 */
final class PlanetoidContent {
  private PlanetoidContent() {}

  /**
   * The content digest (lower-case hex) of {@code file}, read as {@code part}.
   *
   * @throws dev.contrastive4j.api.data.DatasetException if the file does not parse as its part
   */
  static String digest(PlanetoidFile part, Path file) {
    Hasher hasher = Hashing.sha256().newHasher();
    switch (part) {
      case X, TX, ALLX -> {
        CsrMatrix m = PickleFileReader.readCsrMatrix(file);
        hasher.putInt(m.rows()).putInt(m.cols());
        putInts(hasher, m.indptrView());
        putInts(hasher, m.indicesView());
        for (float v : m.valuesView()) {
          hasher.putInt(Float.floatToIntBits(v));
        }
      }
      case Y, TY, ALLY -> {
        NdArray oneHot = PickleFileReader.readArray(file);
        hasher.putInt(oneHot.dim(0)).putInt(oneHot.dim(1));
        putInts(hasher, OneHotLabels.decode(oneHot, file));
      }
      case GRAPH -> {
        // Every id below Integer.MAX_VALUE is accepted: the node count is not this file's.
        Adjacency edges = CitationEdges.fromAdjacencyLists(PickleFileReader.readDict(file),
            Integer.MAX_VALUE, Planetoid.NODE_SET, file);
        putInts(hasher, edges.sourceView());
        putInts(hasher, edges.targetView());
      }
      case TEST_INDEX -> putInts(hasher, TestIndexFile.read(file));
    }
    return hasher.hash().toString();
  }

  /** The length, then the values: two arrays in a row cannot be mistaken for two others. */
  private static void putInts(Hasher hasher, int[] values) {
    hasher.putInt(values.length);
    for (int v : values) {
      hasher.putInt(v);
    }
  }
}
