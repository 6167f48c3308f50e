package dev.contrastive4j.api.tensor;

/**
 * Thrown when the shapes given to a tensor operation do not fit together. The message names the
 * operation and every shape involved, e.g. {@code matmul: shapes [3, 4] and [5, 2] do not fit
 * (inner dimensions 4 and 5)}.
 */
public final class ShapeMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the operation and the shapes at fault
   */
  public ShapeMismatchException(String message) {
    super(message);
  }
}
