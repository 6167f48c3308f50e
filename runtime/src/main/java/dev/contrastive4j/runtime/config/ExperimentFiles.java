package dev.contrastive4j.runtime.config;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.io.AtomicFiles;
import dev.contrastive4j.runtime.io.FileInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Experiment files: {@code *.json}, {@code *.yaml} or {@code *.yml}, chosen by extension. A file
 * is read once; it is written atomically, so a reader never sees half of it.
 */
public final class ExperimentFiles {
  private ExperimentFiles() {}

  /**
   * Reads {@code file} with the built-in types and those of the {@link SpecTypeProvider}s on
   * the class path.
   *
   * @throws ConfigValidationException whose message starts with the file's name and lists every
   *     problem (one per line), including a missing or unreadable file
   */
  public static Experiment read(Path file) {
    return read(file, ExperimentMapper.withPlugins());
  }

  /**
   * Reads {@code file} with the types {@code mapper} knows.
   *
   * @throws ConfigValidationException whose message starts with the file's name and lists every
   *     problem (one per line), including a missing or unreadable file
   */
  public static Experiment read(Path file, ExperimentMapper mapper) {
    ConfigFormat format = ConfigFormat.of(file);
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigValidationException(file.toString(), List.of(FileInput.problem(file, e)));
    }
    return mapper.read(content, format, file.toString());
  }

  /**
   * Writes {@code experiment} to {@code file} (format by extension) atomically, creating
   * missing parent directories, with the types of the {@link SpecTypeProvider}s on the class
   * path.
   *
   * @throws ConfigValidationException if the extension is not a configuration format
   * @throws IOException if the file cannot be written (it is then left as it was)
   */
  public static void write(Path file, Experiment experiment) throws IOException {
    write(file, experiment, ExperimentMapper.withPlugins());
  }

  /**
   * Writes {@code experiment} to {@code file} (format by extension) atomically with the types
   * {@code mapper} knows.
   *
   * @throws ConfigValidationException if the extension is not a configuration format
   * @throws IOException if the file cannot be written (it is then left as it was)
   */
  public static void write(Path file, Experiment experiment, ExperimentMapper mapper)
      throws IOException {
    String text = mapper.write(experiment, ConfigFormat.of(file));
    AtomicFiles.writeString(file, text);
  }
}
