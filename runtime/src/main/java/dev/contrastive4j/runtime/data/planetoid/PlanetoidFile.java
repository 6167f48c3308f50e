package dev.contrastive4j.runtime.data.planetoid;

/**
 * The eight files of one Planetoid data set, {@code ind.<name>.<suffix>}, as published with the
 * Planetoid paper (Yang et al., 2016).
 */
public enum PlanetoidFile {
  /** Features of the labeled training nodes: a scipy CSR matrix, the first rows of allx. */
  X("x"),
  /** One-hot labels of the training nodes: a numpy array. */
  Y("y"),
  /** Features of the test nodes: a scipy CSR matrix. */
  TX("tx"),
  /** One-hot labels of the test nodes: a numpy array. */
  TY("ty"),
  /** Features of all nodes that are not test nodes: a scipy CSR matrix. */
  ALLX("allx"),
  /** One-hot labels of the allx nodes: a numpy array. */
  ALLY("ally"),
  /** Citation links: a dict (defaultdict) from node index to a list of node indices. */
  GRAPH("graph"),
  /** Text, one node index per line: where the rows of tx go. */
  TEST_INDEX("test.index");

  private final String suffix;

  PlanetoidFile(String suffix) {
    this.suffix = suffix;
  }

  /** The file name for data set {@code name}, e.g. {@code ind.cora.allx}. */
  public String fileName(PlanetoidName name) {
    return "ind." + name.id() + "." + suffix;
  }
}
