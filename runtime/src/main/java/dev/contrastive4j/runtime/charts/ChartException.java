package dev.contrastive4j.runtime.charts;

/**
 * Thrown when a chart cannot be drawn from its input (non-finite values, shapes or labels that
 * do not fit) or cannot be written to its file. The message names the value or the file at fault;
 * no partial file is left behind.
 */
public final class ChartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the input or file at fault. */
  public ChartException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that caused it. */
  public ChartException(String message, Throwable cause) {
    super(message, cause);
  }
}
