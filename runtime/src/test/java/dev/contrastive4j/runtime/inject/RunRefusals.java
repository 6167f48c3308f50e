package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.Injector;
import com.google.inject.ProvisionException;

/** Why a run's injector refuses to build one of its parts: a setting, named at its field. */
final class RunRefusals {
  private RunRefusals() {}

  /** The message of the {@link ConfigException} that building {@code part} ends in. */
  static String of(Injector injector, Class<?> part) {
    ProvisionException e = assertThrows(ProvisionException.class,
        () -> injector.getInstance(part));
    return assertInstanceOf(ConfigException.class, e.getCause()).getMessage();
  }
}
