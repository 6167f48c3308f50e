package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.runtime.data.planetoid.pickle.PickleContentException;
import dev.contrastive4j.runtime.data.planetoid.pickle.PythonTypes;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns Planetoid's adjacency lists into an edge list as the reference loaders use it: each
 * citation in both directions, without self loops or duplicates, sorted by source, then target.
 */
final class CitationEdges {
  private CitationEdges() {}

  /**
   * @param graph node index to a list (or tuple) of neighbour indices
   * @param numNodes number of nodes; every index must be below it
   * @param nodeSet name of the node set at both ends
   * @param file the graph file, for messages
   * @throws DatasetException if a key or neighbour is not an int in {@code [0, numNodes)}, or a
   *     value is not a list
   */
  static Adjacency fromAdjacencyLists(Map<?, ?> graph, int numNodes, String nodeSet, Path file) {
    int entries = 0;
    for (Object v : graph.values()) {
      entries += v instanceof List<?> l ? l.size() : v instanceof Object[] a ? a.length : 0;
    }
    long[] keys = new long[2 * entries];
    int k = 0;
    for (Map.Entry<?, ?> e : graph.entrySet()) {
      int source = index(e.getKey(), "node key", numNodes, file, -1);
      List<?> targets = neighbours(e.getValue(), source, file);
      for (int i = 0; i < targets.size(); i++) {
        int target = index(targets.get(i), "neighbour " + i, numNodes, file, source);
        if (target != source) {
          keys[k++] = (long) source * numNodes + target;
          keys[k++] = (long) target * numNodes + source;
        }
      }
    }
    long[] sorted = Arrays.copyOf(keys, k);
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    int[] src = new int[unique];
    int[] dst = new int[unique];
    for (int i = 0; i < unique; i++) {
      src[i] = (int) (sorted[i] / numNodes);
      dst[i] = (int) (sorted[i] % numNodes);
    }
    return new Adjacency(nodeSet, nodeSet, src, dst);
  }

  private static List<?> neighbours(Object value, int source, Path file) {
    if (value instanceof List<?> l) {
      return l;
    }
    if (value instanceof Object[] a) {
      return Arrays.asList(a);
    }
    throw new DatasetException(file, "the neighbours of node " + source + " are "
        + PythonTypes.describe(value) + ", expected a list");
  }

  private static int index(Object o, String what, int numNodes, Path file, int source) {
    String where = source < 0 ? what : what + " of node " + source;
    long v;
    try {
      v = PythonTypes.toLong(o, where);
    } catch (PickleContentException e) {
      throw new DatasetException(file, e.getMessage(), e);
    }
    if (v < 0 || v >= numNodes) {
      throw new DatasetException(file, where + " is " + v + ", outside the " + numNodes
          + " nodes [0, " + numNodes + ")");
    }
    return (int) v;
  }
}
