package dev.contrastive4j.api.graph;

/**
 * The endpoints of the edges of one edge set: edge {@code i} goes from node
 * {@code sourceIndices[i]} of node set {@code sourceSet} to node {@code targetIndices[i]} of
 * node set {@code targetSet}. Indices run over all components of the node set (as in a
 * TF-GNN GraphTensor whose batch was merged into components).
 */
public final class Adjacency {
  private final String sourceSet;
  private final String targetSet;
  private final int[] sourceIndices;
  private final int[] targetIndices;

  /**
   * The edges {@code sourceIndices[i] -> targetIndices[i]}; the arrays are copied. The indices
   * are checked against the node sets when a {@link GraphTensor} is built with this adjacency.
   *
   * @throws InvalidGraphException if a set name is null or empty, an index array is null, or
   *     the arrays differ in length
   */
  public Adjacency(String sourceSet, String targetSet, int[] sourceIndices, int[] targetIndices) {
    if (sourceSet == null || sourceSet.isEmpty() || targetSet == null || targetSet.isEmpty()) {
      throw new InvalidGraphException("adjacency needs source and target node set names, got '"
          + sourceSet + "' and '" + targetSet + "'");
    }
    String owner = "adjacency " + sourceSet + " -> " + targetSet;
    requireIndices(owner, "sourceIndices", sourceIndices);
    requireIndices(owner, "targetIndices", targetIndices);
    if (sourceIndices.length != targetIndices.length) {
      throw new InvalidGraphException(owner + ": " + sourceIndices.length
          + " source indices but " + targetIndices.length + " target indices");
    }
    this.sourceSet = sourceSet;
    this.targetSet = targetSet;
    this.sourceIndices = sourceIndices.clone();
    this.targetIndices = targetIndices.clone();
  }

  private static void requireIndices(String owner, String name, int[] indices) {
    if (indices == null) {
      throw new InvalidGraphException(owner + ": " + name + " must not be null (use new int[0] "
          + "for no edges)");
    }
  }

  /** The name of the node set the edges come from. */
  public String sourceSet() {
    return sourceSet;
  }

  /** The name of the node set the edges go to. */
  public String targetSet() {
    return targetSet;
  }

  /** Number of edges. */
  public int size() {
    return sourceIndices.length;
  }

  /** A copy of the source indices. */
  public int[] sourceIndices() {
    return sourceIndices.clone();
  }

  /** A copy of the target indices. */
  public int[] targetIndices() {
    return targetIndices.clone();
  }

  /** The source indices without a copy, for kernels. Callers must not modify the array. */
  public int[] sourceView() {
    return sourceIndices;
  }

  /** The target indices without a copy, for kernels. Callers must not modify the array. */
  public int[] targetView() {
    return targetIndices;
  }
}
