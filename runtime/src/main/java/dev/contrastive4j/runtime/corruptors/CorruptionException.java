package dev.contrastive4j.runtime.corruptors;

/**
 * Thrown when a corruptor is configured with an invalid rate, or is applied to a graph that lacks
 * a set or feature it names, or holds a feature it cannot corrupt. The message names the set,
 * feature and value at fault.
 */
public final class CorruptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the set, feature or value at fault. */
  public CorruptionException(String message) {
    super(message);
  }
}
