package dev.contrastive4j.runtime.run;

import dev.contrastive4j.runtime.evaluation.ChosenProbe;

/** Shows how a run is going (a console progress bar, or nothing). */
public interface ProgressReporter extends AutoCloseable {
  /** Training begins; at most {@code epochs} epochs remain, {@code done} are already done. */
  void start(int done, int epochs);

  /** One more epoch finished with this loss. */
  void epoch(int epoch, double loss);

  /** A message between stages (evaluating, writing). */
  void stage(String message);

  /**
   * The embeddings were probed: {@code chosen} is the probe kept, with its evaluation and, when
   * a {@code C} was chosen, every candidate's validation accuracy (see
   * {@link ChosenProbe#cAtEdge()}). Nothing by default.
   */
  default void probed(ChosenProbe chosen) {}

  @Override
  void close();

  /** Reports nothing. */
  static ProgressReporter silent() {
    return new ProgressReporter() {
      @Override
      public void start(int done, int epochs) {}

      @Override
      public void epoch(int epoch, double loss) {}

      @Override
      public void stage(String message) {}

      @Override
      public void close() {}
    };
  }
}
