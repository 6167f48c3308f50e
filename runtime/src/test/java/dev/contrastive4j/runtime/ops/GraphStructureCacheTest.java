package dev.contrastive4j.runtime.ops;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.kernels.CsrAdjacency;
import dev.contrastive4j.runtime.kernels.GcnNormalization;
import dev.contrastive4j.runtime.kernels.KernelArgumentException;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The cache hands out the same structures for the same objects and new ones for new objects. */
class GraphStructureCacheTest {

  @Test
  void viewsThatShareTheAdjacencyShareItsStructures() {
    GraphStructureCache cache = new GraphStructureCache();
    GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(GraphFixtures.uniform(1, 8, 3)));
    // A corrupted view: shuffled features, the same edge set object.
    GraphTensor shuffled = graph.withNodeFeature("node", "feat",
        Feature.dense(GraphFixtures.uniform(2, 8, 3)));
    Adjacency edges = graph.edgeSet("edge").adjacency();
    assertSame(edges, shuffled.edgeSet("edge").adjacency());

    CsrAdjacency gcn = cache.gcnAdjacency(edges, 8, true);
    assertSame(gcn, cache.gcnAdjacency(shuffled.edgeSet("edge").adjacency(), 8, true));
    assertClose(GcnNormalization.normalize(8, edges.sourceView(), edges.targetView(), true)
        .toDense(DataType.DOUBLE), gcn.toDense(DataType.DOUBLE), 0, "normalized adjacency");
    CsrAdjacency withoutLoops = cache.gcnAdjacency(edges, 8, false);
    assertNotSame(gcn, withoutLoops);
    assertSame(withoutLoops, cache.gcnAdjacency(edges, 8, false));
    assertSame(cache.meanAdjacency(edges, 8, 8), cache.meanAdjacency(edges, 8, 8));
    assertSame(cache.sumAdjacency(edges, 8, 8), cache.sumAdjacency(edges, 8, 8));
    assertNotSame(cache.meanAdjacency(edges, 8, 8), cache.sumAdjacency(edges, 8, 8));

    // Dropped edges: a new adjacency, so a new normalization.
    Adjacency fewer = new Adjacency("node", "node", new int[] {0, 1}, new int[] {1, 2});
    CsrAdjacency other = cache.gcnAdjacency(fewer, 8, true);
    assertNotSame(gcn, other);
    assertEquals(2 + 8, other.nnz());
    // An equal but distinct adjacency is a different key: identity, not equality.
    Adjacency copy = new Adjacency("node", "node", edges.sourceIndices(), edges.targetIndices());
    assertNotSame(gcn, cache.gcnAdjacency(copy, 8, true));
    // Another cache builds its own.
    assertNotSame(gcn, new GraphStructureCache().gcnAdjacency(edges, 8, true));
  }

  @Test
  void meanAndSumAdjacenciesCountDuplicateEdges() {
    GraphStructureCache cache = new GraphStructureCache();
    // Into node 1: from 0 twice and from 2 once; node 3 receives nothing.
    Adjacency edges = new Adjacency("a", "b", new int[] {0, 0, 2, 1}, new int[] {1, 1, 1, 0});
    CsrAdjacency mean = cache.meanAdjacency(edges, 4, 3);
    assertEquals(2.0 / 3, mean.weight(1, 0), 1e-15);
    assertEquals(1.0 / 3, mean.weight(1, 2), 1e-15);
    assertEquals(1.0, mean.weight(0, 1), 1e-15);
    assertEquals(0, mean.weight(3, 0));
    CsrAdjacency sum = cache.sumAdjacency(edges, 4, 3);
    assertEquals(2.0, sum.weight(1, 0));
    assertEquals(1.0, sum.weight(1, 2));
  }

  @Test
  void aMeanAdjacencyWithATargetOutsideTheNodeSetIsRefusedByTheKernel() {
    // The degrees skip such a target, so that the kernel names it rather than an array index.
    GraphStructureCache cache = new GraphStructureCache();
    for (int bad : new int[] {4, -1}) {
      Adjacency edges = new Adjacency("a", "b", new int[] {0, 1, 2}, new int[] {1, 0, bad});
      KernelArgumentException e = assertThrows(KernelArgumentException.class,
          () -> cache.meanAdjacency(edges, 4, 3));
      assertEquals("CsrAdjacency.fromEdges: target[2] = " + bad + " is outside [0, 4)",
          e.getMessage());
    }
  }

  @Test
  void builtCountCountsBuildsNotReuses() {
    GraphStructureCache cache = new GraphStructureCache();
    Adjacency edges = new Adjacency("a", "a", new int[] {0, 1}, new int[] {1, 0});
    CsrMatrix x = GraphFixtures.sparse(3, 2, 4, 0.5);
    assertEquals(0, cache.builtCount());
    cache.sumAdjacency(edges, 2, 2);
    cache.sumAdjacency(edges, 2, 2);
    cache.sparseFeatures(x);
    cache.sparseFeatures(x);
    assertEquals(2, cache.builtCount());
    cache.meanAdjacency(edges, 2, 2);
    assertEquals(3, cache.builtCount());
  }

  @Test
  void sparseFeaturesAreKeptForTheMostRecentlyUsedMatrices() {
    GraphStructureCache cache = new GraphStructureCache(2);
    CsrMatrix clean = GraphFixtures.sparse(1, 5, 7, 0.3);
    SparseFeatures prepared = cache.sparseFeatures(clean);
    assertSame(prepared, cache.sparseFeatures(clean));
    // Each step: the clean matrix again, then a new corrupted copy; the clean one stays.
    for (int step = 0; step < 5; step++) {
      assertSame(prepared, cache.sparseFeatures(clean), "step " + step);
      CsrMatrix corrupted = clean.selectRows(new int[] {4, 3, 2, 1, 0});
      SparseFeatures once = cache.sparseFeatures(corrupted);
      assertNotSame(prepared, once);
      assertSame(once, cache.sparseFeatures(corrupted));
    }
    // Equal matrices are distinct keys.
    CsrMatrix equal = clean.selectRows(new int[] {0, 1, 2, 3, 4});
    assertEquals(clean, equal);
    assertNotSame(prepared, cache.sparseFeatures(equal));
    GraphStructureCache none = new GraphStructureCache(0);
    assertNotSame(none.sparseFeatures(clean), none.sparseFeatures(clean));
    assertThrows(IllegalArgumentException.class, () -> new GraphStructureCache(-1));
  }

  @Test
  void preparedSparseFeaturesGoWithTheirMatrix() throws InterruptedException {
    // They referred to the matrix, which the weak key then never let go: the shared cache kept
    // a run's last eight matrices (hundreds of MB for a large graph) after the run was over.
    GraphStructureCache cache = new GraphStructureCache();
    CsrMatrix kept = GraphFixtures.sparse(1, 5, 7, 0.3);
    cache.sparseFeatures(kept);
    cache.sparseFeatures(GraphFixtures.sparse(2, 5, 7, 0.3));
    for (int i = 0; i < 100 && cache.preparedSparseFeatures() > 1; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertEquals(1, cache.preparedSparseFeatures(), "the unreachable matrix's entry is gone");
    assertEquals(5, cache.sparseFeatures(kept).rows());
  }

  @Test
  void componentAndFirstNodeIndices() {
    GraphStructureCache cache = new GraphStructureCache();
    NodeSet nodes = NodeSet.of(new long[] {2, 3, 1}, Map.of());
    SegmentIndex components = cache.componentIndex(nodes);
    assertSame(components, cache.componentIndex(nodes));
    assertEquals(3, components.numSegments());
    assertEquals(Nd4j.createFromArray(0, 0, 1, 1, 1, 2),
        Nd4j.createFromArray(components.ids()));
    SegmentIndex first = cache.firstNodeIndex(nodes);
    assertEquals(Nd4j.createFromArray(0, 2, 5), Nd4j.createFromArray(first.ids()));
    assertEquals(6, first.numSegments());
    InvalidGraphException e = assertThrows(InvalidGraphException.class,
        () -> cache.firstNodeIndex(NodeSet.of(new long[] {2, 0}, Map.of())));
    assertEquals("component 1 of the node set has no nodes, so it has no first node",
        e.getMessage());
  }
}
