package dev.contrastive4j.runtime.ops;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.kernels.CsrAdjacency;
import dev.contrastive4j.runtime.kernels.GcnNormalization;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Builds the kernel structures of a graph once and hands out the same instances while the graph
 * lives: normalized adjacencies per {@link Adjacency}, {@link SparseFeatures} per {@link
 * CsrMatrix}, segment indices per {@link NodeSet}. Entries are keyed by the identity of those
 * immutable objects, so a full-batch training loop over one graph builds them once, and so do
 * views that share its objects (a corruptor that shuffles features keeps the graph's edge sets and
 * their adjacencies); a view with a new adjacency (dropped edges) gets its own structures.
 *
 * <p>Keys are held weakly: structures derived from an adjacency, node set or sparse feature
 * matrix are released with it, so nothing outlives the graphs of a run (the cache is shared by
 * every run in the JVM). Besides, only the {@code sparseFeatureCapacity} most recently used
 * matrices keep their {@link SparseFeatures} (the clean features used every step stay, one-off
 * corrupted copies are evicted), since a step's corrupted copy is garbage only once the step
 * is over. A shuffled copy is not prepared at all: encoders read it as rows of the features it
 * was shuffled from ({@link RowSelections}). Thread-safe.
 */
public final class GraphStructureCache {
  /** How many sparse feature matrices {@link #GraphStructureCache()} keeps prepared. */
  public static final int DEFAULT_SPARSE_FEATURE_CAPACITY = 8;

  private static final GraphStructureCache SHARED = new GraphStructureCache();

  /** What was derived from one key object, by variant (kind and sizes). */
  private final Cache<Object, ConcurrentMap<Variant, Object>> derived =
      CacheBuilder.newBuilder().weakKeys().build();
  private final Cache<CsrMatrix, SparseFeatures> sparse;
  private final AtomicLong built = new AtomicLong();

  private record Variant(String kind, int first, int second, boolean flag) {}

  /** A cache that keeps {@link #DEFAULT_SPARSE_FEATURE_CAPACITY} sparse feature matrices. */
  public GraphStructureCache() {
    this(DEFAULT_SPARSE_FEATURE_CAPACITY);
  }

  /**
   * A cache that keeps the given number of most recently used sparse feature matrices prepared.
   *
   * @throws IllegalArgumentException if the capacity is negative
   */
  public GraphStructureCache(int sparseFeatureCapacity) {
    if (sparseFeatureCapacity < 0) {
      throw new IllegalArgumentException("graph structure cache: the sparse feature capacity must"
          + " be non-negative, got " + sparseFeatureCapacity);
    }
    // One segment, so that eviction is least-recently-used over all entries.
    this.sparse = CacheBuilder.newBuilder().weakKeys().concurrencyLevel(1)
        .maximumSize(sparseFeatureCapacity).build();
  }

  /** The cache encoders and readouts use unless they are given another. */
  public static GraphStructureCache shared() {
    return SHARED;
  }

  /**
   * GCN's normalized adjacency {@code D^-1/2 (A + I) D^-1/2} of an edge set from a node set to
   * itself ({@link GcnNormalization}), rows = targets.
   *
   * @param numNodes the size of the node set
   * @param addSelfLoops whether to add the remaining self loops first
   */
  public CsrAdjacency gcnAdjacency(Adjacency edges, int numNodes, boolean addSelfLoops) {
    return derive(edges, new Variant("gcn", numNodes, numNodes, addSelfLoops),
        () -> GcnNormalization.normalize(numNodes, edges.sourceView(), edges.targetView(),
            addSelfLoops));
  }

  /**
   * The adjacency that averages over incoming edges: weight {@code 1 / in-degree(t)} per edge
   * into {@code t}, duplicate edges counted (and merged) as often as they occur, so that
   * propagating with it gives the mean of the neighbours' rows (0 for a node without incoming
   * edges).
   */
  public CsrAdjacency meanAdjacency(Adjacency edges, int numTargets, int numSources) {
    return derive(edges, new Variant("mean", numTargets, numSources, false), () -> {
      int[] target = edges.targetView();
      int[] degree = new int[numTargets];
      for (int t : target) {
        if (t >= 0 && t < numTargets) { // out-of-range indices are reported by the kernel
          degree[t]++;
        }
      }
      double[] weights = new double[target.length];
      for (int i = 0; i < target.length; i++) {
        int t = target[i];
        weights[i] = t >= 0 && t < numTargets ? 1d / degree[t] : 1d;
      }
      return CsrAdjacency.fromEdges(numTargets, numSources, target, edges.sourceView(), weights);
    });
  }

  /** The unweighted adjacency (weight 1 per edge, duplicates summed): propagating sums. */
  public CsrAdjacency sumAdjacency(Adjacency edges, int numTargets, int numSources) {
    return derive(edges, new Variant("sum", numTargets, numSources, false),
        () -> CsrAdjacency.fromEdges(numTargets, numSources, edges.targetView(),
            edges.sourceView()));
  }

  /** {@code x} prepared for {@link GraphOps#sparseMatmul}. */
  public SparseFeatures sparseFeatures(CsrMatrix x) {
    Objects.requireNonNull(x, "sparse features");
    // Through the map view, as derive does: an exception of the build reaches the caller as is.
    return sparse.asMap().computeIfAbsent(x, m -> {
      built.incrementAndGet();
      return SparseFeatures.of(m);
    });
  }

  /** How many sparse feature matrices are prepared now (after dropping expired entries). */
  long preparedSparseFeatures() {
    sparse.cleanUp();
    return sparse.size();
  }

  /** The component of each node: segment ids for pooling nodes per component. */
  public SegmentIndex componentIndex(NodeSet nodes) {
    return derive(nodes, new Variant("components", 0, 0, false), () -> {
      long[] sizes = nodes.sizes();
      int[] ids = new int[Math.toIntExact(nodes.totalSize())];
      int at = 0;
      for (int c = 0; c < sizes.length; c++) {
        for (long k = 0; k < sizes[c]; k++) {
          ids[at++] = c;
        }
      }
      return SegmentIndex.of(ids, sizes.length);
    });
  }

  /**
   * The first node of each component, as a gather index over the node set's rows.
   *
   * @throws InvalidGraphException if a component has no nodes
   */
  public SegmentIndex firstNodeIndex(NodeSet nodes) {
    return derive(nodes, new Variant("first", 0, 0, false), () -> {
      long[] sizes = nodes.sizes();
      int[] first = new int[sizes.length];
      long start = 0;
      for (int c = 0; c < sizes.length; c++) {
        if (sizes[c] == 0) {
          throw new InvalidGraphException("component " + c + " of the node set has no nodes,"
              + " so it has no first node");
        }
        first[c] = Math.toIntExact(start);
        start += sizes[c];
      }
      return SegmentIndex.of(first, Math.toIntExact(nodes.totalSize()));
    });
  }

  @SuppressWarnings("unchecked")
  private <T> T derive(Object key, Variant variant, Supplier<T> build) {
    Objects.requireNonNull(key, variant.kind() + " structure: key");
    ConcurrentMap<Variant, Object> byVariant =
        derived.asMap().computeIfAbsent(key, k -> new ConcurrentHashMap<>());
    return (T) byVariant.computeIfAbsent(variant, v -> {
      built.incrementAndGet();
      return build.get();
    });
  }

  /** How many structures this cache has built so far: a measure of reuse, for tests. */
  public long builtCount() {
    return built.get();
  }
}
