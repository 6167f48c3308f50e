package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.name.Names;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plugin whose constructor takes a value from Guice that no module binds (a corruptor taking
 * a {@code @Named("k")} string), on the class path as its generated module installs it: it
 * stopped every run of every task as the injector was made; now it fails only a run that uses
 * it, in one message naming the plugin and what it lacks.
 */
class DeferredFactoryTest {
  private static final GraphDataset SMALL = CsbmGenerator.generate(CsbmConfig.defaults()
      .withNumNodes(60).withNumClasses(2).withFeatures(8, 0.2, 0.5).withSeed(1));
  private static final Experiment DGI = Experiment.defaults()
      .withEncoder(new EncoderSpec.GcnSpec(List.of(4), null, null, null));

  /** The keys the factory was given, one per corruptor it made. */
  private static final List<String> KEYS = new ArrayList<>();

  @JsonTypeName("keyed-noise")
  record KeyedSpec() implements CorruptorSpec {}

  /** The factory as the processor generates it for a constructor taking @Named("k") String. */
  static final class KeyedFactory implements CorruptorFactory {
    private final Provider<String> k;

    @Inject
    KeyedFactory(@Named("k") Provider<String> k) {
      this.k = k;
    }

    @Override
    public Corruptor create(CorruptorSpec spec, long seed, String path) {
      KEYS.add(k.get());
      return Corruptor.identity();
    }
  }

  /** Its generated module. */
  static final class KeyedModule extends AbstractModule {
    @Override
    protected void configure() {
      ComponentsModule.corruptors(binder()).addBinding(KeyedSpec.class)
          .toProvider(new DeferredFactory<>(KeyedFactory.class, "the corruptor 'keyed-noise'"));
    }
  }

  private static Experiment keyed() {
    return DGI.withTask(new TaskSpec.DgiSpec(null, null, null, null, new KeyedSpec(), null, null,
        null));
  }

  @Test
  void aRunThatDoesNotUseThePluginIsMade() {
    Injector injector = BoundDatasets.injector(DGI, SMALL, new KeyedModule());
    assertInstanceOf(Task.class, injector.getInstance(Task.class));
  }

  @Test
  void aRunThatUsesItIsRefusedNamingThePluginAndWhatItLacks() {
    Injector injector = BoundDatasets.injector(keyed(), SMALL, new KeyedModule());
    ProvisionException e = assertThrows(ProvisionException.class,
        () -> injector.getInstance(Task.class));
    BindingException cause = assertInstanceOf(BindingException.class, e.getCause());
    String message = cause.getMessage();
    assertEquals("the corruptor 'keyed-noise' (" + KeyedFactory.class.getName() + ") cannot "
        + "be made: No implementation for java.lang.String annotated with "
        + "@com.google.inject.name.Named(\"k\") was bound; bind what it needs in code, with "
        + "Modules.override(new RunModule(experiment)).with(...) (the command line binds "
        + "nothing of a plugin's own)", message);
  }

  @Test
  void aRunThatUsesItWithTheBindingGetsTheBoundValue() {
    KEYS.clear();
    Injector injector = BoundDatasets.injector(keyed(), SMALL, new KeyedModule(),
        new AbstractModule() {
          @Override
          protected void configure() {
            bindConstant().annotatedWith(Names.named("k")).to("bound");
          }
        });
    injector.getInstance(Task.class);
    assertTrue(!KEYS.isEmpty() && KEYS.stream().allMatch("bound"::equals), KEYS.toString());
  }
}
