package dev.contrastive4j.runtime.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A command named {@code fail} that runs {@code failure}, for how the CLI reports it. */
@Command(name = "fail")
final class FailingCommand implements Callable<Integer> {
  @Mixin VerboseOption verbose;

  private final Runnable failure;

  FailingCommand(Runnable failure) {
    this.failure = failure;
  }

  @Override
  public Integer call() {
    failure.run();
    return 0;
  }
}
