package dev.contrastive4j.runtime.plugins;

/**
 * Plugins on the class path that cannot be used together or at all: two libraries declaring the
 * same name, a registry that fails to load, a missing scaffold. The message names the plugin
 * and what to change.
 */
public final class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, which names the plugin and what to change. */
  public PluginException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public PluginException(String message, Throwable cause) {
    super(message, cause);
  }
}
