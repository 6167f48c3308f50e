package dev.contrastive4j.runtime.kernels;

/**
 * Thrown by a graph kernel whose arguments do not fit together: mismatched shapes, an index out
 * of range, an unsupported data type. The message names the kernel and the shapes or the
 * element at fault.
 */
public final class KernelArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the kernel and what is wrong. */
  public KernelArgumentException(String message) {
    super(message);
  }
}
