package dev.contrastive4j.runtime.data.csbm;

import dev.contrastive4j.api.data.DatasetException;
import java.util.function.UnaryOperator;

/**
 * Parameters of a contextual stochastic block model (CSBM) graph: {@code numNodes} nodes in
 * {@code numClasses} balanced planted classes, undirected edges drawn independently with one
 * probability inside a class and another between classes, and sparse binary bag-of-words
 * features in which each class prefers its own set of words.
 *
 * <p>The edge probabilities are not given directly but through two numbers that are easier to
 * reason about: the expected {@linkplain #averageDegree() average degree} and the expected
 * {@linkplain #homophily() edge homophily} (the share of edges that join two nodes of the same
 * class; {@code 1 / numClasses} means the graph carries no class information).
 *
 * <p>The defaults ({@link #defaults()}) make the project's offline default data set, a smaller
 * cousin of Cora so that the default run takes seconds: 1200 nodes, 6 classes, average degree
 * 6, homophily 0.6, 500 words at 2 % density of which 47 % come from the node's class topic.
 * With seed 0 a logistic-regression probe on the raw features stays well below a probe on
 * features smoothed twice over the graph (SGC), so a self-supervised graph encoder has room to
 * show what the graph adds ({@code CsbmDefaultsDifficultyTest} pins both).
 *
 * @param numNodes number of nodes, at least 2
 * @param numClasses number of classes, from 2 to {@code numNodes}
 * @param averageDegree expected number of neighbours per node, greater than 0
 * @param homophily expected share of edges inside a class, in [0, 1]
 * @param numFeatures number of words (feature columns), at least {@code numClasses}
 * @param featureDensity expected share of words present per node, in (0, 1]
 * @param featureSignal expected share of a node's words that come from its class's topic, in
 *     [0, 1]; each class's topic is its own {@code numFeatures / numClasses} words
 * @param seed the seed; the same configuration always gives the same graph
 */
public record CsbmConfig(int numNodes, int numClasses, double averageDegree, double homophily,
    int numFeatures, double featureDensity, double featureSignal, long seed) {

  /**
   * Checks each parameter and the probabilities they imply.
   *
   * @throws DatasetException naming the parameter at fault, including combinations that would
   *     need a probability above 1
   */
  public CsbmConfig {
    check(numNodes, numClasses, averageDegree, homophily, numFeatures, featureDensity,
        featureSignal, UnaryOperator.identity());
  }

  /**
   * Checks the parameters as the constructor does, with each parameter named in the messages
   * by {@code names} (given a component's name, such as {@code numNodes}): a command line names
   * its options instead.
   *
   * @throws DatasetException naming the parameter at fault, as {@code names} gives it
   */
  public static void check(int numNodes, int numClasses, double averageDegree,
      double homophily, int numFeatures, double featureDensity, double featureSignal,
      UnaryOperator<String> names) {
    if (numNodes < 2) {
      throw bad(names, "numNodes", numNodes, "must be at least 2");
    }
    if (numClasses < 2 || numClasses > numNodes) {
      throw bad(names, "numClasses", numClasses, "must be from 2 to " + names.apply("numNodes")
          + " (" + numNodes + ")");
    }
    if (!(averageDegree > 0) || averageDegree > numNodes - 1) {
      throw bad(names, "averageDegree", averageDegree, "must be greater than 0 and at most "
          + names.apply("numNodes") + " - 1 (" + (numNodes - 1) + ")");
    }
    if (!(homophily >= 0 && homophily <= 1)) {
      throw bad(names, "homophily", homophily, "must be in [0, 1]");
    }
    if (numFeatures < numClasses) {
      throw bad(names, "numFeatures", numFeatures, "must be at least "
          + names.apply("numClasses") + " (" + numClasses + "), so that each class has topic "
          + "words");
    }
    if (!(featureDensity > 0 && featureDensity <= 1)) {
      throw bad(names, "featureDensity", featureDensity, "must be in (0, 1]");
    }
    if (!(featureSignal >= 0 && featureSignal <= 1)) {
      throw bad(names, "featureSignal", featureSignal, "must be in [0, 1]");
    }
    // The implied probabilities must be probabilities.
    ClassSizes sizes = new ClassSizes(numNodes, numClasses);
    double edges = numNodes * averageDegree / 2;
    double pIn = sizes.intraPairs() == 0 ? (homophily > 0 ? Double.POSITIVE_INFINITY : 0)
        : homophily * edges / sizes.intraPairs();
    double pOut = (1 - homophily) * edges / sizes.interPairs();
    if (pIn > 1) {
      throw bad(names, "homophily", homophily, "with " + names.apply("averageDegree") + " "
          + averageDegree + " needs an intra-class edge probability of " + pIn + " > 1; lower "
          + "one of them or use fewer classes");
    }
    if (pOut > 1) {
      throw bad(names, "homophily", homophily, "with " + names.apply("averageDegree") + " "
          + averageDegree + " needs an inter-class edge probability of " + pOut + " > 1; raise "
          + names.apply("homophily") + " or lower " + names.apply("averageDegree"));
    }
    int topic = numFeatures / numClasses;
    double perNode = featureDensity * numFeatures;
    if (featureSignal * perNode > topic) {
      throw bad(names, "featureSignal", featureSignal, "with " + names.apply("featureDensity")
          + " " + featureDensity + " asks for " + featureSignal * perNode + " topic words per "
          + "node, but each topic (" + names.apply("numFeatures") + " / "
          + names.apply("numClasses") + ") has only " + topic + " words");
    }
    // numClasses >= 2 leaves at least half of the words outside any one topic.
    if ((1 - featureSignal) * perNode > numFeatures - topic) {
      throw bad(names, "featureDensity", featureDensity, "is too high for "
          + names.apply("featureSignal") + " " + featureSignal + ": a node would need more "
          + "background words than there are");
    }
  }

  /** The project's default offline data set (see the type's description), with seed 0. */
  public static CsbmConfig defaults() {
    return new CsbmConfig(1200, 6, 6.0, 0.6, 500, 0.02, 0.47, 0);
  }

  /** This configuration with another seed. */
  public CsbmConfig withSeed(long newSeed) {
    return new CsbmConfig(numNodes, numClasses, averageDegree, homophily, numFeatures,
        featureDensity, featureSignal, newSeed);
  }

  /** This configuration with another number of nodes. */
  public CsbmConfig withNumNodes(int newNumNodes) {
    return new CsbmConfig(newNumNodes, numClasses, averageDegree, homophily, numFeatures,
        featureDensity, featureSignal, seed);
  }

  /** This configuration with another number of classes. */
  public CsbmConfig withNumClasses(int newNumClasses) {
    return new CsbmConfig(numNodes, newNumClasses, averageDegree, homophily, numFeatures,
        featureDensity, featureSignal, seed);
  }

  /** This configuration with other edge parameters. */
  public CsbmConfig withEdges(double newAverageDegree, double newHomophily) {
    return new CsbmConfig(numNodes, numClasses, newAverageDegree, newHomophily, numFeatures,
        featureDensity, featureSignal, seed);
  }

  /** This configuration with other feature parameters. */
  public CsbmConfig withFeatures(int newNumFeatures, double newDensity, double newSignal) {
    return new CsbmConfig(numNodes, numClasses, averageDegree, homophily, newNumFeatures,
        newDensity, newSignal, seed);
  }

  /** The number of nodes in each class (the first {@code numNodes % numClasses} get one more). */
  public int[] classSizes() {
    return new ClassSizes(numNodes, numClasses).sizes();
  }

  /** The probability of an edge between two distinct nodes of the same class. */
  public double intraClassProbability() {
    ClassSizes sizes = new ClassSizes(numNodes, numClasses);
    return sizes.intraPairs() == 0 ? 0 : homophily * undirectedEdges() / sizes.intraPairs();
  }

  /** The probability of an edge between two nodes of different classes. */
  public double interClassProbability() {
    return (1 - homophily) * undirectedEdges() / new ClassSizes(numNodes, numClasses)
        .interPairs();
  }

  /** The expected number of directed edges (each undirected edge counts twice). */
  public double expectedDirectedEdges() {
    ClassSizes sizes = new ClassSizes(numNodes, numClasses);
    return 2 * (intraClassProbability() * sizes.intraPairs()
        + interClassProbability() * sizes.interPairs());
  }

  /** The number of topic words of each class: {@code numFeatures / numClasses}. */
  public int topicWords() {
    return numFeatures / numClasses;
  }

  /** The probability that a node has a given word of its own class's topic. */
  public double topicWordProbability() {
    return featureSignal * featureDensity * numFeatures / topicWords();
  }

  /** The probability that a node has a given word outside its class's topic. */
  public double backgroundWordProbability() {
    int background = numFeatures - topicWords();
    return background == 0 ? 0
        : (1 - featureSignal) * featureDensity * numFeatures / background;
  }

  private double undirectedEdges() {
    return numNodes * averageDegree / 2;
  }

  private static DatasetException bad(UnaryOperator<String> names, String name, Object value,
      String rule) {
    return new DatasetException("CSBM parameter " + names.apply(name) + " = " + value + " "
        + rule);
  }

  /** Balanced class sizes and the pair counts they give. */
  record ClassSizes(int numNodes, int numClasses) {
    int[] sizes() {
      int[] s = new int[numClasses];
      for (int c = 0; c < numClasses; c++) {
        s[c] = numNodes / numClasses + (c < numNodes % numClasses ? 1 : 0);
      }
      return s;
    }

    /** Unordered pairs of distinct nodes of the same class. */
    double intraPairs() {
      double pairs = 0;
      for (int s : sizes()) {
        pairs += (double) s * (s - 1) / 2;
      }
      return pairs;
    }

    /** Unordered pairs of nodes of different classes. */
    double interPairs() {
      double all = (double) numNodes * (numNodes - 1) / 2;
      return all - intraPairs();
    }
  }
}
