package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.ReadoutPlugin;
import dev.contrastive4j.api.experiment.TrainingSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contrastive4j tasks}: lists the built-in tasks and those declared with
 * {@code @ContrastiveTask} on the class path, each with its default training schedule, its
 * parameters and their defaults, and the plugin corruptors and readouts.
 */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    description = "List the tasks 'train --task' accepts (built-in and plugins), with their "
        + "default epochs and patience, parameters and defaults, and the plugin corruptors and "
        + "readouts.")
final class TasksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    TaskCatalog catalog = TaskCatalog.load();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, asJson(catalog));
    } else {
      printText(catalog, out);
    }
    out.flush();
    return 0;
  }

  /** The catalog as {@code tasks} prints it without --json: the built-in tasks, then plugins. */
  static void printText(TaskCatalog catalog, PrintWriter out) {
    boolean plugins = false;
    out.println("Built-in tasks:");
    for (TaskCatalog.Entry e : catalog.entries()) {
      if (!e.builtIn() && !plugins) {
        plugins = true;
        out.println();
        out.println("Plugin tasks:");
      }
      out.println("  " + e.name() + (e.builtIn() ? "" : "  (" + e.implementation() + ", extends "
          + e.base() + ")") + (e.description().isEmpty() ? "" : " - " + e.description()));
      out.println("      default training: " + schedule(e.defaults().defaultTraining()));
      printParameters(e.parameters(), out);
    }
    if (!plugins) {
      out.println();
      out.println("Plugin tasks: none on the class path");
    }
    List<CorruptorPlugin> corruptors = catalog.plugins().corruptors();
    if (!corruptors.isEmpty()) {
      out.println();
      out.println("Plugin corruptors:");
      for (CorruptorPlugin c : corruptors) {
        out.println("  " + c.name() + "  (" + c.implementation() + ")"
            + (c.description().isEmpty() ? "" : " - " + c.description()));
        printParameters(c.parameters(), out);
      }
    }
    List<ReadoutPlugin> readouts = catalog.plugins().readouts();
    if (!readouts.isEmpty()) {
      out.println();
      out.println("Plugin readouts:");
      for (ReadoutPlugin r : readouts) {
        out.println("  " + r.name() + "  (" + r.implementation() + ")"
            + (r.description().isEmpty() ? "" : " - " + r.description()));
        printParameters(r.parameters(), out);
      }
    }
  }

  /**
   * Defaults longer than this (a two-view task's composed augmentation, some 140 characters) do
   * not widen their column: their description goes on the next line instead, so that the others
   * stay readable in a terminal.
   */
  static final int MOST_DEFAULT_WIDTH = 24;

  /**
   * One row per parameter; each column as wide as its longest entry, so they line up, but for
   * defaults longer than {@link #MOST_DEFAULT_WIDTH}, whose description starts a line of its own
   * under the others'.
   */
  static void printParameters(List<ParameterInfo> parameters, PrintWriter out) {
    int defaults = Math.min(MOST_DEFAULT_WIDTH, width(parameters, ParameterInfo::defaultValue,
        12));
    String columns = "      %-" + width(parameters, ParameterInfo::name, 16) + "s %-"
        + width(parameters, ParameterInfo::type, 10) + "s ";
    String row = columns + "%-" + defaults + "s %s%n";
    String descriptionIndent = " ".repeat(String.format(columns, "", "").length() + defaults + 1);
    for (ParameterInfo p : parameters) {
      if (p.defaultValue().length() <= defaults) {
        out.printf(row, p.name(), p.type(), p.defaultValue(), p.description());
      } else {
        out.printf(columns + "%s%n", p.name(), p.type(), p.defaultValue());
        out.println(descriptionIndent + p.description());
      }
    }
  }

  private static int width(List<ParameterInfo> parameters,
      Function<ParameterInfo, String> column, int least) {
    return Math.max(least, parameters.stream().mapToInt(p -> column.apply(p).length()).max()
        .orElse(0));
  }

  /**
   * A task's default schedule in words: "at most 1000 epochs, patience 20" or "100 epochs, no
   * early stopping".
   */
  static String schedule(TrainingSpec training) {
    return training.patience() == 0 ? training.epochs() + " epochs, no early stopping"
        : "at most " + training.epochs() + " epochs, patience " + training.patience();
  }

  private static ObjectNode asJson(TaskCatalog catalog) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ArrayNode tasks = root.putArray("tasks");
    for (TaskCatalog.Entry e : catalog.entries()) {
      ObjectNode t = tasks.addObject();
      t.put("name", e.name());
      t.put("built_in", e.builtIn());
      t.put("base", e.base());
      t.put("implementation", e.implementation());
      t.put("description", e.description());
      TrainingSpec schedule = e.defaults().defaultTraining();
      ObjectNode training = t.putObject("training");
      training.put("epochs", schedule.epochs());
      training.put("patience", schedule.patience());
      t.set("parameters", parameters(m, e.parameters()));
    }
    ArrayNode corruptors = root.putArray("corruptors");
    for (CorruptorPlugin c : catalog.plugins().corruptors()) {
      ObjectNode o = corruptors.addObject();
      o.put("name", c.name());
      o.put("implementation", c.implementation());
      o.put("description", c.description());
      o.set("parameters", parameters(m, c.parameters()));
    }
    ArrayNode readouts = root.putArray("readouts");
    for (ReadoutPlugin r : catalog.plugins().readouts()) {
      ObjectNode o = readouts.addObject();
      o.put("name", r.name());
      o.put("implementation", r.implementation());
      o.put("description", r.description());
      o.set("parameters", parameters(m, r.parameters()));
    }
    return root;
  }

  private static ArrayNode parameters(ObjectMapper m, List<ParameterInfo> parameters) {
    ArrayNode out = m.createArrayNode();
    for (ParameterInfo p : parameters) {
      ObjectNode o = out.addObject();
      o.put("name", p.name());
      o.put("type", p.type());
      try {
        o.set("default", m.readTree(p.defaultValue()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        o.put("default", p.defaultValue());
      }
      o.put("description", p.description());
    }
    return out;
  }
}
