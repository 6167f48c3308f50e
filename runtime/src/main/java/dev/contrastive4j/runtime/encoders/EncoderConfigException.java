package dev.contrastive4j.runtime.encoders;

/**
 * Thrown for an encoder configuration that cannot work: non-positive units, a dropout rate
 * outside [0, 1), a blank node set or feature name, a node set that would get no state. The
 * message names the encoder and the setting at fault.
 */
public final class EncoderConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the encoder and the setting at fault
   */
  public EncoderConfigException(String message) {
    super(message);
  }
}
