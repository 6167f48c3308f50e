package dev.contrastive4j.runtime.data.csbm;

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
        + "topic words per node, but each topic has only 16 words",
        message(() -> new CsbmConfig(100, 6, 4, 0.5, 100, 0.5, 1.0, 0)));
  }
}
