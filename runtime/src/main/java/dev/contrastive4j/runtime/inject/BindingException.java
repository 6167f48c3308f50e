package dev.contrastive4j.runtime.inject;

/**
 * A binding that replaces a part of a run (with {@code Modules.override}) in a way the run
 * cannot use. The message names the bound type and says how to bind it instead.
 */
public final class BindingException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message written for the user.
   *
   * @param message what is wrong with the binding and what would work
   */
  public BindingException(String message) {
    super(message);
  }
}
