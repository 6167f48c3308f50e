package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.name.Named;
import dev.contrastive4j.runtime.inject.BindingException;
import org.junit.jupiter.api.Test;

/**
 * Guice's refusals reach the user in one line: an injector that cannot be made (a plugin module
 * that needs a binding nobody supplies) printed its whole message of some 25 lines, and our own
 * {@code BindingException} was shown with its type as if it were a bug.
 */
class WiringFailureTest {
  /** Takes a string that no module binds. */
  static final class NeedsKey {
    @com.google.inject.Inject
    NeedsKey(@Named("k") String k) {}
  }

  @Test
  void anInjectorThatCannotBeMadeIsOneLine() {
    CliRun run = CliRun.withCommand("fail", new FailingCommand(() -> Guice.createInjector(
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(NeedsKey.class);
          }
        })), "fail");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: the run's parts could not be wired: No implementation for "
        + "java.lang.String annotated with @com.google.inject.name.Named(\"k\") was bound",
        run.errLines()[0]);
    assertEquals(2, run.errLines().length, run.err());
  }

  @Test
  void aBindingExceptionIsItsMessageAlone() {
    CliRun run = CliRun.withCommand("fail", new FailingCommand(() -> {
      throw new BindingException("the corruptor 'x' cannot be made");
    }), "fail");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: the corruptor 'x' cannot be made", run.errLines()[0]);
  }
}
