package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.experiment.EnumSetting;

/** Reads enum constants from config strings, with a message that lists the valid names. */
final class Enums {
  private Enums() {}

  /**
   * The constant {@code value} names, read as {@link EnumSetting} reads a plugin's enum
   * setting; else a refusal at {@code path} that lists the names.
   */
  static <E extends Enum<E>> E parse(Class<E> type, String value, String path) {
    E constant = EnumSetting.find(type, value);
    if (constant == null) {
      throw new ConfigException(path, EnumSetting.notOneOf(type, value));
    }
    return constant;
  }
}
