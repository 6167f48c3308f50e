package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.config.Suggestions;
import dev.contrastive4j.runtime.plugins.Plugins;
import dev.contrastive4j.runtime.plugins.Scaffolds;
import dev.contrastive4j.runtime.plugins.SpecParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tasks the command line knows by name: the built-in ones (named by their spec's
 * {@code type}, as in experiment files) and those of the plugins on the class path.
 */
final class TaskCatalog {
  /** The built-in tasks: each default spec (its {@code type} is its name) and one line on it. */
  private static final Map<TaskSpec, String> BUILT_IN = Map.of(
      TaskSpec.DgiSpec.DEFAULT,
      "Deep Graph Infomax (Velickovic et al., 2019): clean vs. shuffled features",
      TaskSpec.BarlowTwinsSpec.DEFAULT,
      "Barlow Twins (Zbontar et al., 2021; on graphs Bielak et al., 2022)",
      TaskSpec.VicRegSpec.DEFAULT,
      "VICReg (Bardes et al., 2022): invariance, variance and covariance terms",
      TaskSpec.TripletSpec.DEFAULT,
      "triplet loss: anchor closer to a positive view than to its corruption");

  /**
   * A task the command line can train.
   *
   * @param plugin the plugin that declares it; null for a built-in task
   */
  record Entry(String name, String base, String implementation, String description,
      TaskSpec defaults, List<ParameterInfo> parameters, TaskPlugin plugin) {
    boolean builtIn() {
      return plugin == null;
    }

    /** The experiment scaffold: every parameter with its default. */
    String scaffold() {
      return plugin == null ? Scaffolds.of(defaults) : Scaffolds.of(plugin);
    }
  }

  private final List<Entry> entries;
  private final Plugins plugins;

  private TaskCatalog(List<Entry> entries, Plugins plugins) {
    this.entries = List.copyOf(entries);
    this.plugins = plugins;
  }

  /** The built-in tasks, then those of the plugins on the class path (each group by name). */
  static TaskCatalog load() {
    return of(Plugins.discover());
  }

  /** The built-in tasks, then those of {@code plugins} (each group by name). */
  static TaskCatalog of(Plugins plugins) {
    List<Entry> entries = new ArrayList<>();
    BUILT_IN.forEach((spec, description) -> {
      String name = TaskSpec.typeName(spec);
      entries.add(new Entry(name, name, spec.getClass().getName(), description, spec,
          SpecParameters.of((Record) spec), null));
    });
    entries.sort(Comparator.comparing(Entry::name));
    plugins.tasks().stream().sorted(Comparator.comparing(TaskPlugin::name)).forEach(t -> {
      if (entries.stream().anyMatch(e -> e.name().equals(t.name()))) {
        throw new UserInputException("the plugin task " + t.implementation() + " is named '"
            + t.name() + "' like a built-in task; rename it");
      }
      entries.add(new Entry(t.name(), t.base(), t.implementation(), t.description(),
          t.defaults(), t.parameters(), t));
    });
    return new TaskCatalog(entries, plugins);
  }

  List<Entry> entries() {
    return entries;
  }

  Plugins plugins() {
    return plugins;
  }

  Optional<Entry> find(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** Where the tasks of plugins come from, for the message of an unknown task. */
  static final String PLUGIN_HINT = " (a plugin adds its tasks when its jar is on the class "
      + "path: CONTRASTIVE4J_CLASSPATH)";

  /**
   * The task named {@code name}.
   *
   * @throws UserInputException listing the known names when there is none
   */
  Entry get(String name) {
    return find(name).orElseThrow(() -> {
      List<String> names = entries.stream().map(Entry::name).sorted().toList();
      // As for an unknown type in an experiment file: a missing plugin jar is the likely cause.
      return new UserInputException("unknown task '" + name + "'"
          + Suggestions.didYouMean(name, names) + "; use one of " + names + PLUGIN_HINT);
    });
  }
}
