package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** README: every command has {@code --version} ({@code -V}), and it prints the version. */
class VersionOptionTest {

  @Test
  void everyCommandWithTheOptionPrintsTheVersion() {
    CliRun top = CliRun.of("--version");
    assertEquals(0, top.exitCode());
    assertTrue(top.out().startsWith("contrastive4j "), top.out());
    List<List<String>> checked = new ArrayList<>();
    for (List<String> path : commandsWithVersionOption(Main.commandLine(), List.of())) {
      for (String option : List.of("--version", "-V")) {
        List<String> args = new ArrayList<>(path);
        args.add(option);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), args + ": " + run.err());
        assertEquals(top.out(), run.out(), args.toString());
        assertEquals("", run.err(), args.toString());
      }
      checked.add(path);
    }
    assertTrue(checked.contains(List.of("train")), checked.toString());
    assertTrue(checked.contains(List.of("dataset", "info")), checked.toString());
  }

  /** The argument paths of {@code cli}'s sub-commands (depth first) that have {@code -V}. */
  private static List<List<String>> commandsWithVersionOption(CommandLine cli,
      List<String> path) {
    List<List<String>> out = new ArrayList<>();
    cli.getSubcommands().forEach((name, sub) -> {
      if (!sub.getCommandSpec().name().equals(name)) {
        return; // an alias
      }
      List<String> subPath = new ArrayList<>(path);
      subPath.add(name);
      if (sub.getCommandSpec().findOption("--version") != null) {
        out.add(subPath);
      }
      out.addAll(commandsWithVersionOption(sub, subPath));
    });
    return out;
  }
}
