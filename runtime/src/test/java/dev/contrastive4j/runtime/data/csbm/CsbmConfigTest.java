package dev.contrastive4j.runtime.data.csbm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CsbmConfigTest {
  private static String message(Executable make) {
    return assertThrows(DatasetException.class, make).getMessage();
  }

  @Test
  void defaultsDescribeASmallCoraLikeGraph() {
    CsbmConfig c = CsbmConfig.defaults();
    assertEquals(1200, c.numNodes());
    assertEquals(6, c.numClasses());
    assertEquals(83, c.topicWords());
    // p_in * intra pairs + p_out * inter pairs = N d / 2, with share h inside classes.
    double intraPairs = 6 * 200.0 * 199 / 2;
    double interPairs = 1200.0 * 1199 / 2 - intraPairs;
    assertEquals(0.6 * 3600, c.intraClassProbability() * intraPairs, 1e-6);
    assertEquals(0.4 * 3600, c.interClassProbability() * interPairs, 1e-6);
    // Expected words per node: 10, of which 47 % from the topic.
    assertEquals(0.47 * 10, c.topicWordProbability() * 83, 1e-9);
    assertEquals(0.53 * 10, c.backgroundWordProbability() * 417, 1e-9);
  }

  @Test
  void namesTheBadParameter() {
    CsbmConfig d = CsbmConfig.defaults();
    assertEquals("CSBM parameter numNodes = 1 must be at least 2",
        message(() -> d.withNumNodes(1)));
    assertEquals("CSBM parameter numClasses = 1 must be from 2 to numNodes (1200)",
        message(() -> d.withNumClasses(1)));
    assertEquals("CSBM parameter homophily = 1.5 must be in [0, 1]",
        message(() -> d.withEdges(6, 1.5)));
    assertEquals("CSBM parameter homophily = NaN must be in [0, 1]",
        message(() -> d.withEdges(6, Double.NaN)));
    assertEquals("CSBM parameter averageDegree = 0.0 must be greater than 0 and at most "
        + "numNodes - 1 (1199)", message(() -> d.withEdges(0, 0.5)));
    assertEquals("CSBM parameter numFeatures = 5 must be at least numClasses (6), so that each "
        + "class has topic words", message(() -> d.withFeatures(5, 0.5, 0.5)));
    assertEquals("CSBM parameter featureDensity = 0.0 must be in (0, 1]",
        message(() -> d.withFeatures(1000, 0, 0.5)));
    assertEquals("CSBM parameter featureSignal = -0.1 must be in [0, 1]",
        message(() -> d.withFeatures(1000, 0.1, -0.1)));
  }

  @Test
  void rejectsCombinationsThatNeedAProbabilityAboveOne() {
    // 10 nodes in 5 classes have 5 intra-class pairs; degree 4 asks for 20 edges.
    assertEquals("CSBM parameter homophily = 1.0 with averageDegree 4.0 needs an intra-class "
        + "edge probability of 4.0 > 1; lower one of them or use fewer classes",
        message(() -> new CsbmConfig(10, 5, 4, 1.0, 10, 0.1, 0.5, 0)));
    assertEquals("CSBM parameter homophily = 0.0 with averageDegree 9.0 needs an inter-class "
        + "edge probability of 1.8 > 1; raise homophily or lower averageDegree",
        message(() -> new CsbmConfig(10, 2, 9, 0.0, 10, 0.1, 0.5, 0)));
    assertEquals("CSBM parameter featureSignal = 1.0 with featureDensity 0.5 asks for 50.0 "
        + "topic words per node, but each topic (numFeatures / numClasses) has only 16 words",
        message(() -> new CsbmConfig(100, 6, 4, 0.5, 100, 0.5, 1.0, 0)));
  }

  @Test
  void everyLimitItselfIsAllowed() {
    // Two nodes in two classes, joined by the one edge: degree numNodes - 1, inter-class
    // probability 1, homophily 0 (no intra-class pairs), one topic word and one background
    // word per node, featureDensity 1.
    CsbmConfig tiny = new CsbmConfig(2, 2, 1, 0, 2, 1, 0.5, 0);
    assertArrayEquals(new int[] {1, 1}, tiny.classSizes());
    assertEquals(1, tiny.interClassProbability());
    assertEquals(0, tiny.intraClassProbability());
    // Four nodes in two pairs: homophily 1 needs an intra-class probability of exactly 1.
    assertEquals(1, new CsbmConfig(4, 2, 1, 1, 2, 0.5, 0.5, 0).intraClassProbability());
    // featureSignal 0 and 1.
    assertEquals(0, new CsbmConfig(100, 2, 4, 0.5, 100, 0.1, 0, 0).topicWordProbability());
    assertEquals(0, new CsbmConfig(100, 2, 4, 0.5, 100, 0.1, 1, 0)
        .backgroundWordProbability());
  }

  @Test
  void probabilitiesOfAnUnevenSplit() {
    // 7 nodes in 3 classes: sizes 3, 2, 2, so 3 + 1 + 1 intra-class pairs of 21.
    CsbmConfig c = new CsbmConfig(7, 3, 2, 0.5, 3, 0.5, 0.5, 0);
    assertArrayEquals(new int[] {3, 2, 2}, c.classSizes());
    assertEquals(0.5 * 7 / 5, c.intraClassProbability(), 1e-12);
    assertEquals(0.5 * 7 / 16, c.interClassProbability(), 1e-12);
    // Homophily 0.5 with degree 6 on 10 nodes: 0.75 inside classes, 0.6 between them.
    CsbmConfig ten = new CsbmConfig(10, 2, 6, 0.5, 10, 0.1, 0.5, 0);
    assertEquals(0.75, ten.intraClassProbability(), 1e-12);
    assertEquals(0.6, ten.interClassProbability(), 1e-12);
  }

  @Test
  void limitsJustPassed() {
    assertEquals("CSBM parameter averageDegree = 1.5 must be greater than 0 and at most "
        + "numNodes - 1 (1)", message(() -> new CsbmConfig(2, 2, 1.5, 0, 2, 1, 0.5, 0)));
    assertEquals("CSBM parameter homophily = 0.5 with averageDegree 1.0 needs an intra-class "
        + "edge probability of Infinity > 1; lower one of them or use fewer classes",
        message(() -> new CsbmConfig(3, 3, 1, 0.5, 3, 0.5, 0.5, 0)));
    assertEquals("CSBM parameter featureDensity = 1.0 is too high for featureSignal 0.0: a "
        + "node would need more background words than there are",
        message(() -> new CsbmConfig(100, 2, 4, 0.5, 10, 1, 0, 0)));
  }

  @Test
  void copiesWithOneSettingChanged() {
    CsbmConfig d = CsbmConfig.defaults();
    assertEquals(new CsbmConfig(1300, 6, 6.0, 0.6, 500, 0.02, 0.47, 0), d.withNumNodes(1300));
    assertEquals(new CsbmConfig(1200, 5, 6.0, 0.6, 500, 0.02, 0.47, 0), d.withNumClasses(5));
    assertEquals(new CsbmConfig(1200, 6, 6.0, 0.6, 600, 0.03, 0.4, 0),
        d.withFeatures(600, 0.03, 0.4));
  }
}
