package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.runtime.inject.ConfigException;
import java.nio.file.Path;
import java.util.List;

/**
 * Names the {@code --config} file, or the {@code config.json} of the run that {@code train
 * --resume} and {@code evaluate} rebuild, in the refusals of a run being built from it, as the
 * file's own schema errors name it ({@code experiment.yaml: task.readout: ...}): those of
 * {@link ExperimentValidator} once the options are applied, and those of the Guice modules,
 * which check what depends on the data. A refusal at a field an option changed stays as it is,
 * for the option, not the file, is then at fault; when a list holds both kinds, only the file's
 * lines name the file.
 */
final class ConfigFileRefusals {
  private final Path file;
  /** The paths of the fields the options changed from the file's values. */
  private final List<String> optionFields;
  /** The file's {@code dataset.data_dir}, made absolute; null if it names none. */
  private final Path dataDir;

  /**
   * @param file the configuration file, as the user named it, or a rebuilt run's config.json
   * @param optionFields the JSON paths of the fields the options changed, such as
   *     {@code training.epochs} or {@code task.readout.type}
   * @param dataDir the experiment's {@code dataset.data_dir}, or null: a data set file under it
   *     that cannot be read is named with the field too (a run's data moved since)
   */
  ConfigFileRefusals(Path file, List<String> optionFields, String dataDir) {
    this.file = file;
    this.optionFields = List.copyOf(optionFields);
    this.dataDir = dataDir == null ? null : Path.of(dataDir).toAbsolutePath().normalize();
  }

  /**
   * {@code refused} naming the file when it is a refusal of a field the file set: a
   * {@link ConfigException} (also inside Guice's exceptions) or a {@link ConfigValidationException}
   * without a source, whose problems at fields the file set each name the file when others are
   * at fields an option set; else {@code refused} itself.
   */
  RuntimeException attribute(RuntimeException refused) {
    Throwable cause = ErrorReporter.unwrap(refused);
    if (cause instanceof DatasetException d && d.file() != null && dataDir != null
        && d.file().toAbsolutePath().normalize().startsWith(dataDir)
        && !setByOption("dataset.data_dir")) {
      // "/data/planetoid: directory not found" said nothing of where that place was named.
      UserInputException named = new UserInputException(file + ": dataset.data_dir: "
          + d.getMessage());
      named.initCause(d);
      return named;
    }
    if (cause instanceof ConfigException e && !setByOption(e.path())) {
      ConfigValidationException named =
          new ConfigValidationException(file.toString(), List.of(e.getMessage()));
      named.initCause(e);
      return named;
    }
    if (cause instanceof ConfigValidationException e && e.source() == null) {
      long byOption = e.problems().stream().filter(p -> setByOption(pathOf(p))).count();
      if (byOption == 0) {
        return e.withSource(file.toString());
      }
      if (byOption < e.problems().size()) {
        // Some are the file's, some the options': each line says whose it is.
        ConfigValidationException mixed = new ConfigValidationException(null,
            e.problems().stream()
                .map(p -> setByOption(pathOf(p)) ? p : file + ": " + p)
                .toList());
        mixed.initCause(e);
        return mixed;
      }
    }
    return refused;
  }

  /**
   * Whether an option changed the field at {@code path}, a field within it (a refusal of
   * {@code dataset} when {@code --dataset} changed {@code dataset.name}) or the field it is in
   * ({@code encoder.units[0]} when {@code --hidden} changed {@code encoder.units}).
   */
  private boolean setByOption(String path) {
    return optionFields.stream().anyMatch(f -> within(path, f) || within(f, path));
  }

  private static boolean within(String path, String field) {
    return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
  }

  /** The path a problem ({@code path: problem}) is at; the whole text if it names none. */
  private static String pathOf(String problem) {
    int colon = problem.indexOf(": ");
    return colon < 0 ? problem : problem.substring(0, colon);
  }
}
