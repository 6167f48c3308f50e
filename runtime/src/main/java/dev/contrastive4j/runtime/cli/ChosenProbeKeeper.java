package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.runtime.evaluation.ChosenProbe;
import dev.contrastive4j.runtime.run.ProgressReporter;
import java.util.Optional;

/**
 * A progress reporter that passes everything on to the one shown (a progress bar, or nothing
 * under {@code --quiet}) and keeps the probe the run chose, for what {@code train} says about
 * it once the run is written.
 */
final class ChosenProbeKeeper implements ProgressReporter {
  private final ProgressReporter shown;
  private ChosenProbe chosen;

  ChosenProbeKeeper(ProgressReporter shown) {
    this.shown = shown;
  }

  /** The probe the run chose; empty if the run probed nothing (one that had finished). */
  Optional<ChosenProbe> chosen() {
    return Optional.ofNullable(chosen);
  }

  @Override
  public void start(int done, int epochs) {
    shown.start(done, epochs);
  }

  @Override
  public void epoch(int epoch, double loss) {
    shown.epoch(epoch, loss);
  }

  @Override
  public void stage(String message) {
    shown.stage(message);
  }

  @Override
  public void probed(ChosenProbe chosen) {
    this.chosen = chosen;
    shown.probed(chosen);
  }

  @Override
  public void close() {
    shown.close();
  }
}
