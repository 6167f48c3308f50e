package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * Which data set to load.
 *
 * @param name {@code cora}, {@code citeseer}, {@code pubmed}, {@code csbm} (the default) or the
 *     path of a data directory
 * @param dataDir where the Planetoid files are; null means the user cache (or a download)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSpec(@Nullable String name, @Nullable String dataDir) {
  /** The name used when none is given: the built-in synthetic graph. */
  public static final String DEFAULT_NAME = "csbm";

  /** The built-in synthetic graph. */
  public static final DatasetSpec DEFAULT = new DatasetSpec(null, null);

  /** Puts the default in for a null name. */
  public DatasetSpec {
    name = name == null ? DEFAULT_NAME : name;
  }

  @Override
  public String name() {
    return name;
  }
}
