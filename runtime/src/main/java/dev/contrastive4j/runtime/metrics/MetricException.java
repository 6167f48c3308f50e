package dev.contrastive4j.runtime.metrics;

/**
 * Thrown when a representation metric receives input it cannot evaluate (wrong shape or data
 * type, NaN or infinite values, invalid arguments) or when the SVD it needs fails. The message
 * names the function and the argument at fault.
 */
public final class MetricException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the argument at fault. */
  public MetricException(String message) {
    super(message);
  }
}
