package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of a run that bindings supplied in place of those its modules build from the
 * experiment, which a run records as {@code from_bindings}, and the recorded ones no binding
 * supplies any more.
 */
class ReplacedPartsTest {
  private static final GraphDataset RINGS = SmallGraphs.rings(3, 4);

  /** The injector of a run of an experiment that records {@code fromBindings}. */
  private static Injector run(List<String> fromBindings) {
    return Guice.createInjector(new RunModule(new Experiment(null, null, null, null, null, null,
        null, fromBindings)));
  }

  @Test
  void theValidatorKnowsTheSamePartsAsTheRun() {
    // ExperimentValidator checks from_bindings against the api's list; the run binds these.
    assertEquals(Experiment.BINDABLE_PARTS, ReplacedParts.partNames());
  }

  @Test
  void theModulesOwnPartsAreNoneReplaced() {
    assertEquals(List.of(), run(List.of()).getInstance(ReplacedParts.class).names());
  }

  @Test
  void anEncoderBoundInCodeIsReplaced() {
    Encoder mine = Encoders.create(new EncoderSpec.GcnSpec(List.of(4), null, null, null), RINGS,
        new ParameterStore(0), 0);
    ReplacedParts parts = Guice.createInjector(Modules.override(new RunModule(
        Experiment.defaults())).with(new AbstractModule() {
          @Override
          protected void configure() {
            bind(Encoder.class).toInstance(mine);
          }
        })).getInstance(ReplacedParts.class);
    assertEquals(List.of("Encoder"), parts.names());
    assertTrue(parts.contains(Encoder.class));
    assertFalse(parts.contains(Task.class));
  }

  @Test
  void aRecordedPartThatNoBindingSuppliesIsRefused() {
    // The spec would build another encoder than the one the run trained.
    assertEquals("from_bindings[0]: the run's Encoder was supplied in code by a binding, and no "
        + "binding supplies it here; bind the same Encoder again (Modules.override), or remove "
        + "it from from_bindings to build it from its spec", refusal(List.of("Encoder")));
    assertEquals("from_bindings[0]: 'Decoder' is not a part a binding can replace; the parts "
        + "are ParameterStore, Encoder, Task, TrainingOptions, Optimizer, Trainer, LinearProbe",
        refusal(List.of("Decoder")));
  }

  private static String refusal(List<String> fromBindings) {
    return RunRefusals.of(run(fromBindings), ReplacedParts.class);
  }
}
