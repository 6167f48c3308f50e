package dev.contrastive4j.runtime.losses;

/**
 * Thrown when a loss receives input it cannot evaluate (wrong shape or data type, NaN or infinite
 * values, invalid arguments) or when a loss configuration is invalid. The message names the
 * function or configuration field and the argument at fault.
 */
public final class LossException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the argument or field at fault. */
  public LossException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the lower-level cause (e.g. a Jackson error). */
  public LossException(String message, Throwable cause) {
    super(message, cause);
  }
}
