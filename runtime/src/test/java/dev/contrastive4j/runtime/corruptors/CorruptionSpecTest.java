package dev.contrastive4j.runtime.corruptors;

import static dev.contrastive4j.runtime.corruptors.SetKind.CONTEXT;
import static dev.contrastive4j.runtime.corruptors.SetKind.EDGE_SET;
import static dev.contrastive4j.runtime.corruptors.SetKind.NODE_SET;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.GraphTensor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resolution rules of TF-GNN's CorruptionSpec.with_default_rate and _Corruptor, one by one. */
class CorruptionSpecTest {

  @Test
  void aDefaultAloneCoversEverySetAndFeature() {
    CorruptionSpec spec = CorruptionSpec.uniform(0.25);
    assertEquals(0.25, spec.rateFor(NODE_SET, "paper", "x"));
    assertEquals(0.25, spec.rateFor(EDGE_SET, "cites", "w"));
    assertEquals(0.25, spec.rateFor(CONTEXT, null, "c"));
    // Exactly the maps TF-GNN's with_default_rate builds from an empty spec.
    assertEquals(Map.of("*", Map.of("*", 0.25)), spec.nodeSetRates());
    assertEquals(Map.of("*", Map.of("*", 0.25)), spec.edgeSetRates());
    assertEquals(Map.of("*", 0.25), spec.contextRates());
  }

  @Test
  void aNamedFeatureBeatsTheWildcardFeature() {
    CorruptionSpec spec = CorruptionSpec.builder()
        .nodeSet("paper", "x", 0.1).nodeSet("paper", "*", 0.7)
        .context("c", 0.2).context("*", 0.9)
        .build().withDefaultRate(1.0);
    assertEquals(0.1, spec.rateFor(NODE_SET, "paper", "x"));
    assertEquals(0.7, spec.rateFor(NODE_SET, "paper", "other"));
    assertEquals(0.2, spec.rateFor(CONTEXT, null, "c"));
    assertEquals(0.9, spec.rateFor(CONTEXT, null, "other"));
  }

  @Test
  void aNamedSetBeatsTheWildcardSet() {
    CorruptionSpec spec = CorruptionSpec.builder()
        .edgeSet("cites", "w", 0.1).edgeSet("*", "w", 0.6).edgeSet("*", "*", 0.8)
        .build().withDefaultRate(1.0);
    assertEquals(0.1, spec.rateFor(EDGE_SET, "cites", "w"));
    assertEquals(0.6, spec.rateFor(EDGE_SET, "writes", "w"));
    assertEquals(0.8, spec.rateFor(EDGE_SET, "writes", "other"));
  }

  @Test
  void aNamedSetsUnnamedFeatureGetsTheDefaultNotTheWildcardSetsRate() {
    // TF-GNN: node_set_corruption["paper"] = {"*": default, **{"x": 0.1}}; the "*" set's
    // entries are never merged into a named set.
    CorruptionSpec spec = CorruptionSpec.builder()
        .nodeSet("paper", "x", 0.1).nodeSet("*", "*", 0.5).nodeSet("*", "y", 0.3)
        .build().withDefaultRate(1.0);
    assertEquals(1.0, spec.rateFor(NODE_SET, "paper", "y"));
    assertEquals(1.0, spec.rateFor(NODE_SET, "paper", "z"));
    assertEquals(0.3, spec.rateFor(NODE_SET, "author", "y"));
    assertEquals(0.5, spec.rateFor(NODE_SET, "author", "z"));
  }

  @Test
  void unnamedSetsAndContextGetTheDefaultWhenOnlyOtherKindsAreNamed() {
    CorruptionSpec spec = CorruptionSpec.builder().nodeSet("paper", "x", 0.0).build()
        .withDefaultRate(1.0);
    assertEquals(0.0, spec.rateFor(NODE_SET, "paper", "x"));
    assertEquals(1.0, spec.rateFor(NODE_SET, "author", "x"));
    assertEquals(1.0, spec.rateFor(EDGE_SET, "cites", "w"));
    assertEquals(1.0, spec.rateFor(CONTEXT, null, "c"));
  }

  @Test
  void anExistingDefaultWinsOverALaterOne() {
    CorruptionSpec spec = CorruptionSpec.builder().defaultRate(0.2).build();
    CorruptionSpec again = spec.withDefaultRate(1.0);
    assertEquals(spec, again);
    assertEquals(0.2, again.rateFor(NODE_SET, "any", "thing"));
    // So do wildcards the user wrote, at every level.
    CorruptionSpec wild = CorruptionSpec.builder().nodeSet("*", "*", 0.4)
        .nodeSet("paper", "*", 0.3).context("*", 0.6).build().withDefaultRate(1.0);
    assertEquals(0.4, wild.rateFor(NODE_SET, "author", "x"));
    assertEquals(0.3, wild.rateFor(NODE_SET, "paper", "x"));
    assertEquals(0.6, wild.rateFor(CONTEXT, null, "c"));
    assertEquals(1.0, wild.rateFor(EDGE_SET, "cites", "w"));
  }

  @Test
  void corruptorsApplyTheirOwnDefaults() {
    CorruptionSpec spec = CorruptionSpec.builder().nodeSet("paper", "x", 0.5).build();
    assertEquals(1.0, new ShuffleFeaturesGlobally(spec, 1).spec()
        .rateFor(NODE_SET, "paper", "bow"));
    assertEquals(0.0, new DropoutFeatures(spec, 1).spec().rateFor(NODE_SET, "paper", "bow"));
    assertEquals(0.0, new MaskFeatureColumns(spec, 1).spec().rateFor(EDGE_SET, "cites", "w"));
    assertEquals(0.5, new DropoutFeatures(spec, 1).spec().rateFor(NODE_SET, "paper", "x"));
  }

  @Test
  void nodeSetsOnlyLeavesEdgesAndContextAlone() {
    CorruptionSpec spec = CorruptionSpec.nodeSetsOnly(1.0).withDefaultRate(1.0);
    assertEquals(1.0, spec.rateFor(NODE_SET, "paper", "x"));
    assertEquals(0.0, spec.rateFor(EDGE_SET, "cites", "w"));
    assertEquals(0.0, spec.rateFor(CONTEXT, null, "c"));
  }

  @Test
  void withoutADefaultAnUncoveredFeatureIsAnError() {
    CorruptionSpec spec = CorruptionSpec.builder().nodeSet("paper", "x", 0.5).build();
    assertEquals(0.5, spec.rateFor(NODE_SET, "paper", "x"));
    CorruptionException noSet = assertThrows(CorruptionException.class,
        () -> spec.rateFor(NODE_SET, "author", "x"));
    assertEquals("corruption spec has no rate for node set 'author', feature 'x': no entry for "
        + "node set 'author' and no '*' node set (add a default rate)", noSet.getMessage());
    CorruptionException noFeature = assertThrows(CorruptionException.class,
        () -> spec.rateFor(NODE_SET, "paper", "y"));
    assertEquals("corruption spec has no rate for node set 'paper', feature 'y': no entry for "
        + "the feature and no '*' feature (add a default rate)", noFeature.getMessage());
  }

  @Test
  void laterEntriesReplaceEarlierOnes() {
    CorruptionSpec spec = CorruptionSpec.builder().nodeSet("paper", "x", 0.1)
        .nodeSet("paper", "x", 0.9).build();
    assertEquals(0.9, spec.rateFor(NODE_SET, "paper", "x"));
  }

  @Test
  void ratesOutsideTheUnitIntervalNameSetFeatureAndValue() {
    CorruptionSpec.Builder b = CorruptionSpec.builder();
    assertEquals("corruption rate for node set 'paper', feature 'x' must be in [0, 1], got 1.5",
        assertThrows(CorruptionException.class, () -> b.nodeSet("paper", "x", 1.5)).getMessage());
    assertEquals("corruption rate for edge set '*', feature 'w' must be in [0, 1], got -0.1",
        assertThrows(CorruptionException.class, () -> b.edgeSet("*", "w", -0.1)).getMessage());
    assertEquals("corruption rate for context feature 'c' must be in [0, 1], got NaN",
        assertThrows(CorruptionException.class, () -> b.context("c", Double.NaN)).getMessage());
    assertEquals("default corruption rate must be in [0, 1], got Infinity",
        assertThrows(CorruptionException.class,
            () -> b.defaultRate(Double.POSITIVE_INFINITY)).getMessage());
    assertEquals("default corruption rate must be in [0, 1], got 2.0",
        assertThrows(CorruptionException.class,
            () -> CorruptionSpec.empty().withDefaultRate(2)).getMessage());
    assertEquals("default corruption rate must be in [0, 1], got 1.01",
        assertThrows(CorruptionException.class,
            () -> new ShuffleFeaturesGlobally(1.01, 3)).getMessage());
    assertThrows(CorruptionException.class, () -> b.nodeSet("", "x", 0.5));
    assertThrows(CorruptionException.class, () -> b.nodeSet("paper", null, 0.5));
    assertDoesNotThrow(() -> b.nodeSet("paper", "x", 0.0).nodeSet("paper", "y", 1.0));
  }

  @Test
  void unknownSetNamesFailWhenAppliedNamingTheSetAndListingTheSetsThereAre() {
    GraphTensor graph = TestGraphs.small();
    CorruptionSpec nodes = CorruptionSpec.builder().nodeSet("papers", "x", 1.0).build();
    assertEquals("corruption spec names node set 'papers', which the graph does not have; its "
        + "node sets are [paper]",
        assertThrows(CorruptionException.class, () -> nodes.checkNamesIn(graph)).getMessage());
    CorruptionException fromCorruptor = assertThrows(CorruptionException.class,
        () -> new ShuffleFeaturesGlobally(nodes, 1).corrupt(graph));
    assertEquals("corruption spec names node set 'papers', which the graph does not have; its "
        + "node sets are [paper]", fromCorruptor.getMessage());
    CorruptionSpec edges = CorruptionSpec.builder().edgeSet("cited_by", "*", 0.5).build();
    assertEquals("corruption spec names edge set 'cited_by', which the graph does not have; its "
        + "edge sets are [cites]",
        assertThrows(CorruptionException.class,
            () -> new DropoutFeatures(edges, 1).corrupt(graph)).getMessage());
  }

  @Test
  void unknownFeatureNamesFailWhenApplied() {
    GraphTensor graph = TestGraphs.small();
    assertEquals("corruption spec names feature 'xx' of node set 'paper', which that set does "
        + "not have; its features are [x, bow, id]",
        assertThrows(CorruptionException.class, () -> CorruptionSpec.builder()
            .nodeSet("paper", "xx", 1.0).build().checkNamesIn(graph)).getMessage());
    assertEquals("corruption spec names feature 'xx' for every edge set ('*'), but no edge set "
        + "of the graph has it; its edge sets are [cites]",
        assertThrows(CorruptionException.class, () -> CorruptionSpec.builder()
            .edgeSet("*", "xx", 1.0).build().checkNamesIn(graph)).getMessage());
    assertEquals("corruption spec names context feature 'cc', which the graph's context does not "
        + "have; its features are [c]",
        assertThrows(CorruptionException.class, () -> CorruptionSpec.builder()
            .context("cc", 1.0).build().checkNamesIn(graph)).getMessage());
    assertDoesNotThrow(() -> CorruptionSpec.builder().nodeSet("paper", "x", 1.0)
        .nodeSet("*", "bow", 0.5).edgeSet("cites", "*", 0.0).context("c", 0.0).build()
        .withDefaultRate(1.0).checkNamesIn(graph));
  }

  @Test
  void specsAreValuesAndImmutable() {
    CorruptionSpec a = CorruptionSpec.builder().nodeSet("p", "x", 0.5).build();
    CorruptionSpec b = CorruptionSpec.builder().nodeSet("p", "x", 0.5).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    // Another rate, another kind of set or a default makes another spec.
    assertNotEquals(a, CorruptionSpec.builder().nodeSet("p", "x", 0.25).build());
    assertNotEquals(a, CorruptionSpec.builder().edgeSet("p", "x", 0.5).build());
    assertNotEquals(a, a.withDefaultRate(0.0));
    assertNotEquals(a, "CorruptionSpec");
    assertThrows(UnsupportedOperationException.class,
        () -> a.nodeSetRates().get("p").put("y", 0.1));
    assertThrows(UnsupportedOperationException.class, () -> a.contextRates().put("y", 0.1));
    assertEquals("CorruptionSpec{nodeSets={p={x=0.5}}, edgeSets={}, context={}}", a.toString());
  }
}
