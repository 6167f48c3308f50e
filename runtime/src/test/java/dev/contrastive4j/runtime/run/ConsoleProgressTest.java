package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The progress bar that {@code train} shows on stderr, written here to a captured stream. The
 * bar redraws its line after a carriage return; what a terminal shows at the end is the last
 * drawing, which the bar's {@code close} makes.
 */
class ConsoleProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true,
      StandardCharsets.UTF_8));

  /** A bar written to the captured stream that times the epochs on {@code nanos}. */
  private ConsoleProgress timedBy(AtomicLong nanos) {
    return new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), nanos::get);
  }

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The bar as a terminal shows it last: its last drawing, which must end its line. */
  private static String lastDrawing(String text) {
    assertTrue(text.endsWith("\n"), "the bar ends its line: " + text);
    String line = text.substring(0, text.length() - 1);
    return line.substring(line.lastIndexOf('\r') + 1);
  }

  @Test
  void theBarShowsTheEpochsOfTheTotalTheSpeedAndTheLoss() {
    progress.start(0, 10);
    progress.epoch(4, 0.123456);
    progress.close();
    String bar = lastDrawing(written());
    assertTrue(bar.startsWith("training  40% ["), bar);
    // The loss has four decimals (in the default locale), the speed is in seconds per epoch.
    assertTrue(bar.matches(".*\\] +4/10 \\(.*\\) [0-9.]+ s/epoch loss 0[.,]1235"), bar);
    // ASCII only: a log file or a Windows console shows it as it is.
    assertTrue(bar.chars().allMatch(c -> c < 128), bar);
  }

  @Test
  void aResumedRunsBarStartsFromTheEpochsAlreadyDone() {
    progress.start(30, 50);
    progress.close();
    assertTrue(lastDrawing(written()).matches("training  60% \\[.*\\] 30/50 .*"), written());
  }

  @Test
  void aStageMessageGetsItsOwnLineAfterTheBarsLastDrawing() {
    progress.start(0, 10);
    progress.epoch(10, 0.5);
    progress.stage("evaluating the embeddings with a linear probe...");
    String text = written();
    String message = "\nevaluating the embeddings with a linear probe...\n";
    assertTrue(text.endsWith(message), text);
    String bar = lastDrawing(text.substring(0, text.length() - message.length() + 1));
    assertTrue(bar.contains(" 10/10 "), bar);
    // The bar is gone: later epochs and the close draw nothing.
    progress.epoch(11, 0.4);
    progress.close();
    assertEquals(text, written());
  }

  @Test
  void aSlowRunShowsItsSecondsPerEpochAndTheTimeLeft() {
    // Epochs of 25 s, as on a graph of 100,000 nodes: epochs per second would read ".0/s".
    AtomicLong nanos = new AtomicLong();
    ConsoleProgress slow = timedBy(nanos);
    slow.start(0, 200);
    nanos.addAndGet(50_000_000_000L);
    slow.epoch(2, 0.5);
    // 5 s into the third epoch: 198 epochs of 25 s left, less those 5 s.
    nanos.addAndGet(5_000_000_000L);
    slow.close();
    String bar = lastDrawing(written());
    assertTrue(bar.matches(".*\\] +2/200 \\(\\d:\\d\\d:\\d\\d / 1:22:25\\) 25\\.0 s/epoch "
        + "loss 0[.,]5000"), bar);
  }

  @Test
  @Timeout(60) // without redraws between epochs, the text never comes: fail, do not hang
  void theTimeLeftCountsDownBetweenEpochs() throws InterruptedException {
    AtomicLong nanos = new AtomicLong();
    ConsoleProgress slow = timedBy(nanos);
    slow.start(0, 3);
    nanos.addAndGet(25_000_000_000L);
    slow.epoch(1, 0.5);
    try {
      // The bar draws the epoch's end: 2 epochs of 25 s left. (Each wait lasts however long
      // the machine takes: no time is asserted.)
      awaitWritten("/ 0:00:50) 25.0 s/epoch");
      // 10 s into the second epoch, and no epoch ends: the bar redraws by itself (every
      // 250 ms) with the time left, less those 10 s.
      nanos.addAndGet(10_000_000_000L);
      awaitWritten("/ 0:00:40) 25.0 s/epoch");
    } finally {
      slow.close();
    }
  }

  private void awaitWritten(String text) throws InterruptedException {
    while (!written().contains(text)) {
      Thread.sleep(50);
    }
  }

  @Test
  void beforeTheFirstEpochEndsTheBarSaysTheEtaComesAfterIt() {
    progress.start(0, 200);
    progress.close();
    assertTrue(lastDrawing(written()).matches(
        "training   0% \\[.*\\] +0/200 \\(\\d:\\d\\d:\\d\\d / \\?\\) ETA after epoch 1"),
        written());
  }

  @Test
  void aResumedRunsFirstEpochIsCountedOverTheWholeRun() {
    progress.start(30, 50);
    progress.close();
    assertTrue(lastDrawing(written()).endsWith("/ ?) ETA after epoch 31"), written());
  }

  @Test
  void closingBeforeTrainingStartsWritesNothing() {
    // train closes its reporter also when a resume is refused before training starts.
    progress.epoch(1, 0.5);
    progress.close();
    assertEquals("", written());
  }
}
