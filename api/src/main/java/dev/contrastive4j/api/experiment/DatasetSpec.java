package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which data set to load.
 *
 * @param name {@code cora}, {@code citeseer}, {@code pubmed}, {@code csbm} (the default) or the
 *     path of a data directory
 * @param dataDir where the Planetoid files are; null means the user cache (or a download). Only
 *     the Planetoid data sets ({@link #PLANETOID}) read it: the validator refuses it for any other
 *     data set, whose data it would not be
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSpec(@Nullable String name, @Nullable String dataDir) {
  /** The name used when none is given: the built-in synthetic graph. */
  public static final String DEFAULT_NAME = "csbm";

  /** The Planetoid citation graphs: the data sets that are read from a {@code dataDir}. */
  public static final List<String> PLANETOID = List.of("cora", "citeseer", "pubmed");

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

  /** Whether {@code name} is one of the {@link #PLANETOID} graphs (in any case). */
  public static boolean isPlanetoid(String name) {
    return PLANETOID.contains(name.toLowerCase(Locale.ROOT));
  }
}
