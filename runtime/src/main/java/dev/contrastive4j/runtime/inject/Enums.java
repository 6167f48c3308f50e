package dev.contrastive4j.runtime.inject;

import java.util.Locale;

/** Reads enum constants from config strings, with a message that lists the valid names. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value, String path) {
    if (value != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value.replace('-', '_'))) {
          return e;
        }
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    throw new ConfigException(path, "must be one of " + names + ", was '" + value + "'");
  }
}
