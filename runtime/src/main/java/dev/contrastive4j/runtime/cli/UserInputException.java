package dev.contrastive4j.runtime.cli;

/** A command-line argument that cannot be used; its message says which and why. */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A refused argument; {@code message} says which and why. */
  public UserInputException(String message) {
    super(message);
  }
}
