package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.run.RunDirectory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * Memory that runs out while a run trains into its directory: the line says how to carry on
 * that run, which a new run with the same --out would be refused. (A run that really runs out,
 * DGI on the built-in graph with {@code --hidden 20000} under the launcher's 512 MB heap, takes
 * 30 s and 3 GB, too much for a test; {@code RunOutOfMemoryCliTest} makes a plugin readout run
 * out in {@code train} and {@code train --resume}.)
 */
class RunOutOfMemoryTest {
  private static final TrainingSpec TRAINING =
      new TrainingSpec(300, null, null, null, null, null, null, 50);

  @Test
  void beforeTheFirstCheckpointTheRunStartsAgainFromEpochOne(@TempDir Path tmp) {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    OutOfMemoryError heap = new OutOfMemoryError("Java heap space");
    RunOutOfMemoryException e = assertThrows(RunOutOfMemoryException.class,
        () -> TrainCommand.explainingOutOfMemory(run, TRAINING, () -> {
          throw heap;
        }));
    assertEquals("out of memory (Java heap space) while training into " + run.path() + "; give "
        + "the JVM more with CONTRASTIVE4J_HEAP (e.g. 4g) and start the run again from epoch 1 "
        + "(it stopped before its first checkpoint, at epoch 50) with: CONTRASTIVE4J_HEAP=4g "
        + "contrastive4j train --resume " + run.path() + ", or use a smaller model or graph in a "
        + "new --out", e.getMessage());
    assertSame(heap, e.getCause());
  }

  @Test
  void afterACheckpointTheRunContinuesFromIt(@TempDir Path tmp) {
    RunDirectory run = RunDirectory.open(CliRun.tinyRun(tmp.resolve("run")));
    // ND4J's native allocator fails with a plain RuntimeException.
    RunOutOfMemoryException e = assertThrows(RunOutOfMemoryException.class,
        () -> TrainCommand.explainingOutOfMemory(run, TRAINING, () -> {
          throw new RuntimeException("Allocation failed: [[DEVICE] allocation failed]");
        }));
    assertEquals("out of memory (Allocation failed: [[DEVICE] allocation failed]) while training "
        + "into " + run.path() + "; give the JVM more with CONTRASTIVE4J_HEAP (e.g. 4g) and "
        + "continue the run from its last checkpoint with: CONTRASTIVE4J_HEAP=4g contrastive4j "
        + "train --resume " + run.path() + ", or use a smaller model or graph in a new --out",
        e.getMessage());
  }

  @Test
  void otherFailuresAndResultsPassThrough(@TempDir Path tmp) {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    IllegalStateException other = new IllegalStateException("not memory");
    assertSame(other, assertThrows(IllegalStateException.class,
        () -> TrainCommand.explainingOutOfMemory(run, TRAINING, () -> {
          throw other;
        })));
    assertEquals("done", TrainCommand.explainingOutOfMemory(run, TRAINING, () -> "done"));
  }

  /** A command whose run runs out of memory. */
  @Command(name = "exhaust-run")
  static final class ExhaustRun implements Callable<Integer> {
    private final Path out;

    ExhaustRun(Path out) {
      this.out = out;
    }

    @Override
    public Integer call() {
      return TrainCommand.explainingOutOfMemory(RunDirectory.create(out), TRAINING, () -> {
        throw new OutOfMemoryError("Java heap space");
      });
    }
  }

  @Test
  void theReporterSaysItInOneLine(@TempDir Path tmp) {
    Path out = tmp.resolve("run");
    CliRun run = CliRun.withCommand("exhaust-run", new ExhaustRun(out), "exhaust-run");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: out of memory (Java heap space) while training into " + out
        + "; give the JVM more with CONTRASTIVE4J_HEAP (e.g. 4g) and start the run again from "
        + "epoch 1 (it stopped before its first checkpoint, at epoch 50) with: "
        + "CONTRASTIVE4J_HEAP=4g contrastive4j train --resume " + out + ", or use a smaller model "
        + "or graph in a new --out", run.err().strip());
  }
}
