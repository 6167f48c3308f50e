package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.ProvisionException;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.data.DatasetOrigin;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.run.ExperimentRun;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A data set bound in code is read by the encoder, the task, the training options and the run:
 * bound without a singleton scope, each would load its own copy.
 */
class DatasetBindingScopeTest {
  private static final GraphDataset SMALL = CsbmGenerator.generate(CsbmConfig.defaults()
      .withNumNodes(120).withNumClasses(3).withFeatures(20, 0.2, 0.5).withSeed(2));
  private static final Experiment EXPERIMENT = Experiment.defaults()
      .withEncoder(new EncoderSpec.GcnSpec(List.of(4), null, null, null));

  @Test
  void anUnscopedDataSetBindingIsRefusedBeforeItIsLoadedForEveryPart() {
    AtomicInteger loads = new AtomicInteger();
    var injector = Guice.createInjector(Modules.override(new RunModule(EXPERIMENT))
        .with(new AbstractModule() {
          @Provides
          GraphDataset myGraph() {
            loads.incrementAndGet();
            return SMALL;
          }
        }));
    ProvisionException e = assertThrows(ProvisionException.class,
        () -> injector.getInstance(ExperimentRun.class));
    BindingException cause = assertInstanceOf(BindingException.class, e.getCause());
    assertEquals("GraphDataset is bound without a singleton scope at "
        + DatasetBindingScopeTest.class.getName() + "$1.myGraph(): every part of the run that "
        + "reads it would load its own copy; bind it with @Provides @Singleton, "
        + "toInstance(...) or .in(Singleton.class)", cause.getMessage());
    assertEquals(1, loads.get());
  }

  @Test
  void aSingletonBindingIsLoadedOnce() {
    AtomicInteger loads = new AtomicInteger();
    Guice.createInjector(Modules.override(new RunModule(EXPERIMENT))
        .with(new AbstractModule() {
          @Provides
          @Singleton
          GraphDataset myGraph() {
            loads.incrementAndGet();
            return SMALL;
          }
        })).getInstance(ExperimentRun.class);
    assertEquals(1, loads.get());
  }

  @Test
  void theDataSetTheExperimentNamesIsOneSingletonFromTheExperiment() {
    // Its origin is read from the binding alone, before anything loads it.
    assertEquals(DatasetOrigin.EXPERIMENT, Guice.createInjector(new RunModule(EXPERIMENT))
        .getInstance(DatasetOrigin.class));
  }
}
