package dev.contrastive4j.runtime.run;

/** A run could not write or read its directory; the message names the file and the problem. */
public final class RunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RunException(String message) {
    super(message);
  }

  public RunException(String message, Throwable cause) {
    super(message, cause);
  }
}
