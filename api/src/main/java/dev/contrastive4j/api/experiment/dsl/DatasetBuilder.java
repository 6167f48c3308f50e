package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.DatasetSpec;
import org.jspecify.annotations.Nullable;

/** Configures the {@link DatasetSpec} of an experiment. */
public final class DatasetBuilder extends BlockBuilder {
  private String name;
  private @Nullable String dataDir;
  private boolean normalizeFeatures;
  private boolean fromBinding;

  DatasetBuilder(DatasetSpec start) {
    name = start.name();
    dataDir = start.dataDir();
    normalizeFeatures = start.normalizeFeatures();
    fromBinding = start.fromBinding();
  }

  DatasetSpec build() {
    return new DatasetSpec(name, dataDir, normalizeFeatures, fromBinding);
  }

  /** {@code cora}, {@code citeseer}, {@code pubmed}, {@code csbm} (default) or a directory. */
  public String getName() {
    return name;
  }

  /** Sets the data set's name or directory, which is then what is loaded. */
  public void setName(String value) {
    name = set("name", value);
    fromBinding = false;
  }

  /** Sets the data set's name or directory. */
  public DatasetBuilder name(String value) {
    setName(value);
    return this;
  }

  /** Where the Planetoid files are; null (default) means the user cache or a download. */
  public @Nullable String getDataDir() {
    return dataDir;
  }

  /** Sets where the Planetoid files are; null means the user cache or a download. */
  public void setDataDir(@Nullable String value) {
    checkOpen();
    dataDir = value;
  }

  /** Sets where the Planetoid files are. */
  public DatasetBuilder dataDir(@Nullable String value) {
    setDataDir(value);
    return this;
  }

  /** Whether each node's input feature row is divided by its sum after loading (default false). */
  public boolean getNormalizeFeatures() {
    return normalizeFeatures;
  }

  /**
   * Sets whether each node's input feature row is divided by its sum after loading, as the GCN
   * and DGI papers preprocess the Planetoid features; only for non-negative features.
   */
  public void setNormalizeFeatures(boolean value) {
    checkOpen();
    normalizeFeatures = value;
  }

  /** Sets whether the input feature rows are divided by their sums after loading. */
  public DatasetBuilder normalizeFeatures(boolean value) {
    setNormalizeFeatures(value);
    return this;
  }
}
