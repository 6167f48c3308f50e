package dev.contrastive4j.runtime.training;

/**
 * Training produced a NaN or infinite loss or gradient. The message names the epoch and the
 * first value that went bad; the parameters are left at the best epoch so far.
 */
public final class DivergenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int epoch;

  public DivergenceException(int epoch, String what) {
    super("training diverged at epoch " + epoch + ": " + what
        + " (try a lower learning rate; the parameters of the best epoch were kept)");
    this.epoch = epoch;
  }

  /** The epoch at which it happened. */
  public int epoch() {
    return epoch;
  }
}
