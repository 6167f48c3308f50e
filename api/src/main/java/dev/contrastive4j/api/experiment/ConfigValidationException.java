package dev.contrastive4j.api.experiment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An experiment configuration with problems, all of them: each names its place as a JSON path
 * ({@code task.corruptor.rate: must be in [0, 1], was 1.5}). The message lists them one per
 * line, after the file's name when the configuration came from a file; a single problem makes a
 * one-line message.
 */
public final class ConfigValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the configuration came from, or null. */
  private final @Nullable String source;
  /** Every problem, each as {@code path: problem}. */
  private final List<String> problems;

  /**
   * The problems of one configuration.
   *
   * @param source the file (or other source) the configuration came from, or null
   * @param problems what is wrong, each as {@code path: problem}; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ConfigValidationException(@Nullable String source, List<String> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** Every problem, each as {@code path: problem}, in the order they were found. */
  public List<String> problems() {
    return problems;
  }

  /** Where the configuration came from (a file name), or null. */
  public @Nullable String source() {
    return source;
  }

  /** The same problems, attributed to {@code newSource}. */
  public ConfigValidationException withSource(String newSource) {
    ConfigValidationException e = new ConfigValidationException(newSource, problems);
    e.initCause(this);
    return e;
  }

  private static String message(@Nullable String source, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigValidationException needs a problem");
    }
    StringBuilder m = new StringBuilder();
    if (source != null) {
      m.append(source).append(": ");
    }
    if (problems.size() == 1) {
      return m.append(problems.get(0)).toString();
    }
    m.append(problems.size()).append(" problems:");
    for (String p : problems) {
      m.append(System.lineSeparator()).append("  ").append(p);
    }
    return m.toString();
  }
}
