package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.DatasetSpec;
import org.jspecify.annotations.Nullable;

/** Configures the {@link DatasetSpec} of an experiment. */
public final class DatasetBuilder extends BlockBuilder {
  private String name;
  private @Nullable String dataDir;
  private boolean fromBinding;

  DatasetBuilder(DatasetSpec start) {
    name = start.name();
    dataDir = start.dataDir();
    fromBinding = start.fromBinding();
  }

  DatasetSpec build() {
    return new DatasetSpec(name, dataDir, fromBinding);
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
}
