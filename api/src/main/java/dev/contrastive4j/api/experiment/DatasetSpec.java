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
 * @param normalizeFeatures whether each node's input feature row is divided by its sum after
 *     loading (rows of zeros stay zero), as the GCN and DGI papers preprocess the Planetoid
 *     bag-of-words features; null means false. Only for non-negative features
 * @param fromBinding whether the data set was not loaded by this spec but supplied in code, by a
 *     Guice binding of {@code GraphDataset} that replaced the configured one; {@code name} is then
 *     that data set's name. A run records it so (JSON {@code from_binding: true}, written only
 *     when true): such a data set cannot be loaded again from the run's {@code config.json}, only
 *     supplied again by the same binding
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSpec(@Nullable String name, @Nullable String dataDir,
    @Nullable Boolean normalizeFeatures,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @Nullable Boolean fromBinding) {
  /** The name used when none is given: the built-in synthetic graph. */
  public static final String DEFAULT_NAME = "csbm";

  /** The Planetoid citation graphs: the data sets that are read from a {@code dataDir}. */
  public static final List<String> PLANETOID = List.of("cora", "citeseer", "pubmed");

  /**
   * The names that are not directories: the {@link #PLANETOID} graphs and the built-in
   * synthetic graph, read in any case and kept in lower case.
   */
  public static final List<String> BUILT_IN = List.of("cora", "citeseer", "pubmed",
      DEFAULT_NAME);

  /** The built-in synthetic graph. */
  public static final DatasetSpec DEFAULT = new DatasetSpec(null, null);

  /**
   * Puts the defaults in for a null name, {@code normalizeFeatures} and {@code fromBinding}, and
   * writes a {@link #BUILT_IN} name in lower case ({@code Cora} is {@code cora}).
   */
  public DatasetSpec {
    fromBinding = fromBinding != null && fromBinding;
    name = name == null ? DEFAULT_NAME
        : fromBinding ? name : SettingNames.canonical(name, BUILT_IN);
    normalizeFeatures = normalizeFeatures != null && normalizeFeatures;
  }

  /**
   * The data set {@code name} (or directory), read from {@code dataDir} for Planetoid, with its
   * features as stored.
   */
  public DatasetSpec(@Nullable String name, @Nullable String dataDir) {
    this(name, dataDir, false, false);
  }

  /**
   * What a run records for a data set supplied in code by a binding of {@code GraphDataset}.
   *
   * @param name the supplied data set's name
   */
  public static DatasetSpec bound(String name) {
    return new DatasetSpec(name, null, false, true);
  }

  /** This spec with another name (or directory); whatever else it sets stays. */
  public DatasetSpec withName(String value) {
    return new DatasetSpec(value, dataDir, normalizeFeatures, fromBinding);
  }

  /** This spec with another Planetoid directory (null: the user cache or a download). */
  public DatasetSpec withDataDir(@Nullable String value) {
    return new DatasetSpec(name, value, normalizeFeatures, fromBinding);
  }

  /** This spec with the input features row-normalized after loading, or not. */
  public DatasetSpec withNormalizeFeatures(boolean value) {
    return new DatasetSpec(name, dataDir, value, fromBinding);
  }

  /** The data set name or directory; never null. */
  @Override
  public String name() {
    return name;
  }

  /** Whether the input features are row-normalized after loading; never null. */
  @Override
  public Boolean normalizeFeatures() {
    return normalizeFeatures;
  }

  /** Whether a binding supplied the data set; never null. */
  @Override
  public Boolean fromBinding() {
    return fromBinding;
  }

  /** Whether {@code name} is one of the {@link #PLANETOID} graphs (in any case). */
  public static boolean isPlanetoid(String name) {
    return PLANETOID.contains(name.toLowerCase(Locale.ROOT));
  }
}
