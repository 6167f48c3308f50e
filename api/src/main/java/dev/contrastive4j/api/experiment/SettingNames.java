package dev.contrastive4j.api.experiment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Named settings ({@code encoder.activation}, {@code evaluation.probe_protocol}, ...) are read
 * in any case with {@code -} or {@code _} between words; the specs keep the name as listed, so
 * that a run's {@code config.json} writes {@code dgi_paper} for {@code Dgi-Paper} and two
 * experiments that mean the same setting compare equal (as {@code train --resume} compares
 * them).
 */
final class SettingNames {
  private SettingNames() {}

  /**
   * The name of {@code names} that {@code value} spells, as {@link ConfigProblems#oneOf} matches
   * it; {@code value} itself when it spells none (or is null), for the validator to report.
   */
  static @Nullable String canonical(@Nullable String value, List<String> names) {
    if (value == null) {
      return null;
    }
    String wanted = ConfigProblems.normalize(value);
    for (String name : names) {
      if (ConfigProblems.normalize(name).equals(wanted)) {
        return name;
      }
    }
    return value;
  }
}
