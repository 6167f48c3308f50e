package dev.contrastive4j.runtime.config;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The text formats of an experiment configuration. */
public enum ConfigFormat {
  /** JSON, files named {@code *.json}. */
  JSON,
  /** YAML, files named {@code *.yaml} or {@code *.yml}. */
  YAML;

  /**
   * The format of {@code file}, by its extension.
   *
   * @throws ConfigValidationException naming the file if the extension is none of these
   */
  public static ConfigFormat of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return JSON;
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return YAML;
    }
    throw new ConfigValidationException(file.toString(), List.of(
        "unknown configuration format; name the file *.json, *.yaml or *.yml"));
  }
}
