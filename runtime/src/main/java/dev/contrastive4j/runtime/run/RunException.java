package dev.contrastive4j.runtime.run;

/** A run could not write or read its directory; the message names the file and the problem. */
public final class RunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, which names the file and the problem. */
  public RunException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public RunException(String message, Throwable cause) {
    super(message, cause);
  }
}
