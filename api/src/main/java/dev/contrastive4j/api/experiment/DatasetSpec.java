package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Which data set to load.
 *
 * @param name {@code cora}, {@code citeseer}, {@code pubmed}, {@code csbm} or the path of a
 *     data directory
 * @param dataDir where the Planetoid files are; null means the user cache (or a download)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSpec(String name, String dataDir) {
  /** The built-in synthetic graph. */
  public static final DatasetSpec DEFAULT = new DatasetSpec("csbm", null);

  public DatasetSpec {
    name = name == null ? DEFAULT_NAME : name;
  }

  private static final String DEFAULT_NAME = "csbm";
}
