package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Planetoid citation data sets. */
public enum PlanetoidName {
  /** Cora: 2708 machine-learning papers, 7 classes, 1433 binary word features. */
  CORA("cora"),
  /** CiteSeer: 3327 papers, 6 classes, 3703 binary word features. */
  CITESEER("citeseer"),
  /** PubMed: 19717 diabetes papers, 3 classes, 500 TF-IDF features. */
  PUBMED("pubmed");

  private final String id;

  PlanetoidName(String id) {
    this.id = id;
  }

  /** The lower-case name used in file names, e.g. {@code cora}. */
  public String id() {
    return id;
  }

  /**
   * The data set called {@code name}, ignoring case and surrounding blanks.
   *
   * @throws DatasetException if there is no such data set; the message lists the known names
   */
  public static PlanetoidName of(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (PlanetoidName n : values()) {
      if (n.id.equals(key)) {
        return n;
      }
    }
    throw new DatasetException("unknown Planetoid data set '" + name + "'; known: "
        + Arrays.stream(values()).map(PlanetoidName::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id;
  }
}
