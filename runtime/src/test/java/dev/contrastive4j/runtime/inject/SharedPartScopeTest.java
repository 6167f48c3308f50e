package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.ProvisionException;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The parameter store and the encoder are shared by the parts of a run: a binding of either
 * without a singleton scope gave each part its own (a run that trained nothing it saved, or a
 * clash of parameter names), and is refused, naming where it was bound. So is a bound optimizer
 * of another store than the run's, which trained nothing the run saved.
 */
class SharedPartScopeTest {
  private static final Experiment EXPERIMENT = Experiment.defaults()
      .withEncoder(new EncoderSpec.GcnSpec(List.of(4), null, null, null));

  private static BindingException refusal(AbstractModule override) {
    ProvisionException e = assertThrows(ProvisionException.class, () -> Guice.createInjector(
        Modules.override(new RunModule(EXPERIMENT)).with(override))
        .getInstance(ExperimentRun.class));
    return assertInstanceOf(BindingException.class, e.getCause());
  }

  @Test
  void anUnscopedParameterStoreIsRefused() {
    BindingException e = refusal(new AbstractModule() {
      @Provides
      ParameterStore store() {
        return new ParameterStore(7);
      }
    });
    assertEquals("ParameterStore is bound without a singleton scope at "
        + SharedPartScopeTest.class.getName() + "$1.store(): the encoder, the task, the "
        + "optimizer and the run would each get their own store, and the run would save and "
        + "probe parameters that training never updated; bind it with @Provides @Singleton, "
        + "toInstance(...) or .in(Singleton.class)", e.getMessage());
  }

  @Test
  void anUnscopedEncoderIsRefused() {
    BindingException e = refusal(new AbstractModule() {
      @Provides
      Encoder encoder(GraphDataset dataset, ParameterStore store) {
        return Encoders.create(EXPERIMENT.encoder(), dataset, store, 0);
      }
    });
    assertEquals("Encoder is bound without a singleton scope at "
        + SharedPartScopeTest.class.getName() + "$2.encoder(): the task and the run would each "
        + "build their own, whose parameters would clash in the one store; bind it with "
        + "@Provides @Singleton, toInstance(...) or .in(Singleton.class)", e.getMessage());
  }

  @Test
  void anOptimizerOfAnotherStoreIsRefused() {
    BindingException e = refusal(new AbstractModule() {
      @Provides
      @Singleton
      Optimizer optimizer() {
        return new Optimizer(new ParameterStore(7), new Sgd(0.1));
      }
    });
    assertEquals("the Optimizer bound for this run updates another ParameterStore than the "
        + "run's, so the run would save and probe parameters that training never changed; "
        + "make it in a @Provides @Singleton method that takes the run's ParameterStore as a "
        + "parameter", e.getMessage());
  }

  @Test
  void anOptimizerOfTheRunsStoreIsTaken() {
    ExperimentRun run = Guice.createInjector(Modules.override(new RunModule(EXPERIMENT))
        .with(new AbstractModule() {
          @Provides
          @Singleton
          Optimizer optimizer(ParameterStore store) {
            return new Optimizer(store, new Sgd(0.1));
          }
        })).getInstance(ExperimentRun.class);
    assertEquals(List.of("Optimizer"), run.recorded().fromBindings());
  }

  @Test
  void singletonBindingsOfBothAreTaken() {
    ExperimentRun run = Guice.createInjector(Modules.override(new RunModule(EXPERIMENT))
        .with(new AbstractModule() {
          @Provides
          @Singleton
          ParameterStore store() {
            return new ParameterStore(7);
          }

          @Provides
          @Singleton
          Encoder encoder(GraphDataset dataset, ParameterStore store) {
            return Encoders.create(EXPERIMENT.encoder(), dataset, store, 0);
          }
        })).getInstance(ExperimentRun.class);
    assertEquals(List.of("ParameterStore", "Encoder"), run.recorded().fromBindings());
  }
}
