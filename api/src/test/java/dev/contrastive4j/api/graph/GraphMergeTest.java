package dev.contrastive4j.api.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link GraphTensor#merge}: graphs of one schema as the components of one graph. */
class GraphMergeTest {
  /**
   * A molecule of {@code atoms} atoms in a chain (bonds both ways), atom {@code i} with feature
   * row {@code [first + i, 1]}, and a one-row context {@code [first]}.
   */
  private static GraphTensor molecule(int atoms, float first) {
    float[][] feat = new float[atoms][];
    int bonds = Math.max(0, atoms - 1);
    int[] source = new int[2 * bonds];
    int[] target = new int[2 * bonds];
    for (int i = 0; i < atoms; i++) {
      feat[i] = new float[] {first + i, 1};
    }
    for (int i = 0; i < bonds; i++) {
      source[2 * i] = i;
      target[2 * i] = i + 1;
      source[2 * i + 1] = i + 1;
      target[2 * i + 1] = i;
    }
    INDArray values = atoms == 0 ? Nd4j.create(DataType.FLOAT, 0, 2) : Nd4j.createFromArray(feat);
    return GraphTensor.builder()
        .nodeSet("atom", NodeSet.of(atoms, Map.of("feat", Feature.dense(values))))
        .edgeSet("bond", EdgeSet.of(new Adjacency("atom", "atom", source, target), Map.of()))
        .context(Context.of(Map.of("weight", Feature.dense(Nd4j.createFromArray(
            new float[][] {{first}})))))
        .build();
  }

  @Test
  void graphsBecomeComponentsWithTheirEdgesShiftedPastTheNodesBefore() {
    GraphTensor merged = GraphTensor.merge(List.of(molecule(2, 10), molecule(0, 20),
        molecule(3, 30)));
    assertEquals(3, merged.numComponents());
    assertArrayEquals(new long[] {2, 0, 3}, merged.nodeSet("atom").sizes());
    assertArrayEquals(new long[] {2, 0, 4}, merged.edgeSet("bond").sizes());
    assertArrayEquals(new int[] {0, 1, 2, 3, 3, 4},
        merged.edgeSet("bond").adjacency().sourceIndices());
    assertArrayEquals(new int[] {1, 0, 3, 2, 4, 3},
        merged.edgeSet("bond").adjacency().targetIndices());
    assertEquals(Nd4j.createFromArray(new float[][] {{10, 1}, {11, 1}, {30, 1}, {31, 1},
        {32, 1}}), merged.nodeSet("atom").feature("feat").toDense());
    assertEquals(Nd4j.createFromArray(new float[][] {{10}, {20}, {30}}),
        merged.context().feature("weight").toDense());
  }

  @Test
  void graphsOfSeveralComponentsKeepThemAndSparseFeaturesStaySparse() {
    GraphTensor twoComponents = GraphTensor.builder()
        .nodeSet("atom", NodeSet.of(new long[] {1, 2}, Map.of("feat", Feature.sparse(
            CsrMatrix.fromDense(Nd4j.createFromArray(new float[][] {{1, 0}, {0, 2}, {0, 0}}))))))
        .edgeSet("bond", EdgeSet.of(new long[] {0, 1},
            new Adjacency("atom", "atom", new int[] {2}, new int[] {1}), Map.of()))
        .build();
    GraphTensor one = GraphTensor.builder()
        .nodeSet("atom", NodeSet.of(1, Map.of("feat", Feature.sparse(
            CsrMatrix.fromDense(Nd4j.createFromArray(new float[][] {{3, 4}}))))))
        .edgeSet("bond", EdgeSet.of(new Adjacency("atom", "atom", new int[] {0},
            new int[] {0}), Map.of()))
        .build();
    GraphTensor merged = GraphTensor.merge(List.of(twoComponents, one));
    assertArrayEquals(new long[] {1, 2, 1}, merged.nodeSet("atom").sizes());
    assertArrayEquals(new int[] {2, 3}, merged.edgeSet("bond").adjacency().sourceIndices());
    Feature feat = merged.nodeSet("atom").feature("feat");
    assertEquals(true, feat.isSparse());
    assertEquals(Nd4j.createFromArray(new float[][] {{1, 0}, {0, 2}, {0, 0}, {3, 4}}),
        feat.toDense());
  }

  @Test
  void graphsThatDoNotShareTheFirstOnesSchemaAreNamedByIndex() {
    GraphTensor wide = molecule(2, 0).withNodeFeature("atom", "feat",
        Feature.dense(Nd4j.zeros(DataType.FLOAT, 2, 3)));
    assertEquals("merge: graph 2, node set 'atom', feature 'feat': has items of shape [3] "
        + "(shape [2, 3]) but graph 0 has items of shape [2]", assertThrows(
            InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(molecule(1, 0), molecule(2, 0), wide)))
        .getMessage());
    GraphTensor doubles = molecule(2, 0).withNodeFeature("atom", "feat",
        Feature.dense(Nd4j.zeros(DataType.DOUBLE, 2, 2)));
    assertEquals("merge: graph 1, node set 'atom', feature 'feat': has data type DOUBLE but "
        + "FLOAT in graph 0", assertThrows(InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(molecule(1, 0), doubles))).getMessage());
    GraphTensor sparse = molecule(2, 0).withNodeFeature("atom", "feat",
        Feature.sparse(CsrMatrix.fromDense(Nd4j.zeros(DataType.FLOAT, 2, 2))));
    assertEquals("merge: graph 1, node set 'atom', feature 'feat': is sparse but dense in "
        + "graph 0", assertThrows(InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(molecule(1, 0), sparse))).getMessage());
    GraphTensor extra = molecule(2, 0).withNodeFeature("atom", "charge",
        Feature.dense(Nd4j.zeros(DataType.FLOAT, 2)));
    assertEquals("merge: graph 1, node set 'atom': has features [feat, charge] but graph 0 "
        + "has [feat]", assertThrows(InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(molecule(1, 0), extra))).getMessage());
    GraphTensor ring = molecule(2, 0).toBuilder()
        .nodeSet("ring", NodeSet.of(0, Map.of())).build();
    assertEquals("merge: graph 1 has node sets [atom, ring] but graph 0 has [atom]",
        assertThrows(InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(molecule(1, 0), ring))).getMessage());
    assertEquals("merge: needs at least one graph", assertThrows(InvalidGraphException.class,
        () -> GraphTensor.merge(List.of())).getMessage());
  }

  @Test
  void aNaNInAMergedFeatureIsStillRefused() {
    GraphTensor bad = molecule(2, 0).withNodeFeature("atom", "feat", Feature.dense(
        Nd4j.createFromArray(new float[][] {{0, 0}, {0, 0}})));
    bad.nodeSet("atom").feature("feat").toDense().putScalar(1, 1, Float.NaN);
    assertEquals("node set 'atom', feature 'feat': contains NaN or infinite values",
        assertThrows(InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(molecule(1, 0), bad))).getMessage());
  }

  @Test
  void edgeSetsAndContextsMustMatchToo() {
    GraphTensor twoKinds = GraphTensor.builder()
        .nodeSet("atom", NodeSet.of(1, Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT,
            1, 2)))))
        .nodeSet("ion", NodeSet.of(1, Map.of()))
        .edgeSet("bond", EdgeSet.of(new Adjacency("atom", "ion", new int[] {0}, new int[] {0}),
            Map.of()))
        .context(molecule(1, 0).context())
        .build();
    GraphTensor withIon = molecule(1, 0).toBuilder().nodeSet("ion", NodeSet.of(0, Map.of()))
        .build();
    assertEquals("merge: graph 1, edge set 'bond': joins 'atom' -> 'ion' but in graph 0 "
        + "'atom' -> 'atom'", assertThrows(InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(withIon, twoKinds))).getMessage());
    GraphTensor weighted = molecule(2, 0).withEdgeFeature("bond", "w",
        Feature.dense(Nd4j.ones(DataType.FLOAT, 2)));
    assertEquals("merge: graph 1, edge set 'bond': has features [w] but graph 0 has []",
        assertThrows(InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(molecule(1, 0), weighted))).getMessage());
    GraphTensor wideContext = molecule(2, 0).withContextFeatures(Map.of("weight",
        Feature.dense(Nd4j.zeros(DataType.FLOAT, 1, 2))));
    assertEquals("merge: graph 1, context, feature 'weight': has items of shape [2] (shape "
        + "[1, 2]) but graph 0 has items of shape [1]", assertThrows(InvalidGraphException.class,
            () -> GraphTensor.merge(List.of(molecule(1, 0), wideContext))).getMessage());
  }

  @Test
  void graphsWithoutAtomsMergeToAFeatureWithoutRows() {
    Feature feat = GraphTensor.merge(List.of(molecule(0, 0), molecule(0, 5)))
        .nodeSet("atom").feature("feat");
    assertArrayEquals(new long[] {0, 2}, feat.shape());
    assertEquals(DataType.FLOAT, feat.dataType());
  }
}
