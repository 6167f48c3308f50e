package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.runtime.evaluation.ChosenProbe;
import dev.contrastive4j.runtime.run.ProgressReporter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keeper of the chosen probe passes every report on to the progress shown: without
 * {@code --quiet}, the progress bar still sees every epoch, stage and its end.
 */
class ChosenProbeKeeperTest {

  /** Records what it is told. */
  private static final class Recorder implements ProgressReporter {
    final List<String> calls = new ArrayList<>();

    @Override
    public void start(int done, int epochs) {
      calls.add("start " + done + " " + epochs);
    }

    @Override
    public void epoch(int epoch, double loss) {
      calls.add("epoch " + epoch + " " + loss);
    }

    @Override
    public void stage(String message) {
      calls.add("stage " + message);
    }

    @Override
    public void probed(ChosenProbe chosen) {
      calls.add("probed");
    }

    @Override
    public void close() {
      calls.add("close");
    }
  }

  @Test
  void everyReportReachesTheProgressShown() {
    Recorder shown = new Recorder();
    try (ChosenProbeKeeper keeper = new ChosenProbeKeeper(shown)) {
      keeper.start(2, 10);
      keeper.epoch(3, 0.5);
      keeper.stage("probing");
      keeper.probed(null);
    }
    assertEquals(List.of("start 2 10", "epoch 3 0.5", "stage probing", "probed", "close"),
        shown.calls);
  }
}
