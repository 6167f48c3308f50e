package dev.contrastive4j.runtime.testing;

/** Runs test code with a JVM system property set, and puts the property back as it was. */
public final class SystemProperty {
  private SystemProperty() {}

  /** Code that may throw whatever its test declares. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }

  /** Runs {@code action} with {@code name} set to {@code value}; restores (or clears) it after. */
  public static void with(String name, String value, Action action) throws Exception {
    String before = System.getProperty(name);
    System.setProperty(name, value);
    try {
      action.run();
    } finally {
      if (before == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, before);
      }
    }
  }
}
