package dev.contrastive4j.runtime.evaluation;

/**
 * Thrown when a linear probe receives input it cannot evaluate (shapes that do not fit,
 * non-finite embeddings, labels or split indices out of range, an invalid configuration). The
 * message names the argument, row or field at fault.
 */
public final class ProbeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the argument at fault. */
  public ProbeException(String message) {
    super(message);
  }
}
