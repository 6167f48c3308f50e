package dev.contrastive4j.runtime.cli;

/**
 * Memory ran out while a run trained into its directory: the message says how much more to give
 * the JVM and how to carry on the run that is kept, from its last checkpoint or from epoch 1.
 */
final class RunOutOfMemoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code message} says what to do; {@code cause} is the error that memory ran out. */
  RunOutOfMemoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
