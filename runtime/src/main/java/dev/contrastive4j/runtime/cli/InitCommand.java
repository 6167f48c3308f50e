package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contrastive4j init <task>}: prints (or writes) the experiment scaffold of a task, JSON
 * with every parameter at its default, to edit and train with.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Print the experiment scaffold of a task: JSON with every parameter of the "
        + "experiment and the task at its default.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Parameters(index = "0", paramLabel = "TASK",
      description = "A task name, as 'contrastive4j tasks' lists them.")
  String task;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", converter = NonBlankPath.class,
      description = "Write the scaffold to FILE (which must not exist) instead of printing it.")
  Path out;

  @Override
  public Integer call() {
    String scaffold = TaskCatalog.load().get(task).scaffold();
    if (out == null) {
      spec.commandLine().getOut().print(scaffold);
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (Files.exists(out)) {
      throw new UserInputException("--out " + out + " already exists; choose a new file or "
          + "delete it first");
    }
    try {
      AtomicFiles.writeString(out, scaffold);
    } catch (IOException e) {
      throw new UserInputException("--out " + out + ": cannot be written (" + e.getMessage()
          + ")");
    }
    spec.commandLine().getErr().println("scaffold of '" + task + "' written to " + out);
    return 0;
  }
}
