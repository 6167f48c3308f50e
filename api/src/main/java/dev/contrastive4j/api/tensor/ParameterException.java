package dev.contrastive4j.api.tensor;

/**
 * Thrown for a bad parameter declaration or lookup (by the runtime's {@code ParameterStore},
 * {@code Optimizer} and checkpoints): a blank or duplicate name, an unknown name, a shape without
 * a usable fan-in and fan-out, a non-floating-point data type. The message names the parameter.
 */
public final class ParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the parameter at fault
   */
  public ParameterException(String message) {
    super(message);
  }
}
