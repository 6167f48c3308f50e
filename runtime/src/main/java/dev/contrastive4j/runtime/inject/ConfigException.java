package dev.contrastive4j.runtime.inject;

/**
 * An experiment that cannot be built: an unknown type name, a value out of range, a node set
 * the data set lacks. The message names the field (as a JSON path) and says what would work.
 */
public final class ConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the field at fault. */
  private final String path;

  /**
   * A message {@code path: problem}.
   *
   * @param path the JSON path of the field at fault, such as {@code task.node_set}
   * @param problem what is wrong and what would work
   */
  public ConfigException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /** The JSON path of the field at fault, such as {@code task.node_set}. */
  public String path() {
    return path;
  }
}
