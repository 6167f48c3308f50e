package dev.contrastive4j.api.graph;

/**
 * Thrown when a {@link GraphTensor} or one of its pieces would be inconsistent: an index out of
 * range, a feature whose row count differs from its set's size, an unknown node set, a NaN or
 * infinite value in a float feature. The message names the set and feature at fault.
 */
public final class InvalidGraphException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, which names the set and feature at fault. */
  public InvalidGraphException(String message) {
    super(message);
  }
}
