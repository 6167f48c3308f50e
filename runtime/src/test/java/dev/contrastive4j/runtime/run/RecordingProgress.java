package dev.contrastive4j.runtime.run;

import dev.contrastive4j.runtime.evaluation.ChosenProbe;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress reporter that writes down the start of training ({@code start D of N}), each
 * stage message, the probe's {@code C} ({@code probed C = X}) and its closing ({@code closed}),
 * for tests of what a run does; epochs are left out.
 */
class RecordingProgress implements ProgressReporter {
  private final List<String> events = new ArrayList<>();

  /** What it was told so far, in order. */
  List<String> events() {
    return events;
  }

  @Override
  public void start(int done, int epochs) {
    events.add("start " + done + " of " + epochs);
  }

  @Override
  public void epoch(int epoch, double loss) {}

  @Override
  public void stage(String message) {
    events.add(message);
  }

  @Override
  public void probed(ChosenProbe chosen) {
    events.add("probed C = " + chosen.probe().config().c());
  }

  @Override
  public void close() {
    events.add("closed");
  }
}
