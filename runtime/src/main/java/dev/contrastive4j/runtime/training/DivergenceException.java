package dev.contrastive4j.runtime.training;

/**
 * Training produced a NaN or infinite loss or gradient. The message names the epoch, the first
 * value that went bad and what was kept: the {@link Trainer} leaves the parameters at the best
 * epoch so far; a run says which checkpoint it keeps on disk.
 */
public final class DivergenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 1-based epoch at which training diverged. */
  private final int epoch;
  /** The loss, prediction or parameter that went bad. */
  private final String what;

  /** Diverged at {@code epoch}; {@code what} names the loss or parameter that went bad. */
  public DivergenceException(int epoch, String what) {
    this(epoch, what, "the parameters of the best epoch were kept");
  }

  /** As {@link #DivergenceException(int, String)}, with {@code kept} saying what was kept. */
  public DivergenceException(int epoch, String what, String kept) {
    super("training diverged at epoch " + epoch + ": " + what
        + " (try a lower learning rate; " + kept + ")");
    this.epoch = epoch;
    this.what = what;
  }

  /** The 1-based epoch at which it happened, counted from the start of the run when resumed. */
  public int epoch() {
    return epoch;
  }

  /** The loss or parameter that went bad, e.g. {@code loss 'f' is NaN}. */
  public String what() {
    return what;
  }
}
