package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;

/**
 * The built-in tasks, corruptors and readouts, as map bindings from spec class to factory. A
 * plugin module (for example one generated from {@code @ContrastiveTask}) adds entries to the
 * same maps with {@link #tasks}, {@link #corruptors} and {@link #readouts}.
 */
public final class ComponentsModule extends AbstractModule {

  /** The map binder of task factories, for plugin modules to add to. */
  public static MapBinder<Class<? extends TaskSpec>, TaskFactory> tasks(
      com.google.inject.Binder binder) {
    return MapBinder.newMapBinder(binder, new TypeLiteral<Class<? extends TaskSpec>>() {},
        new TypeLiteral<TaskFactory>() {});
  }

  /** The map binder of corruptor factories, for plugin modules to add to. */
  public static MapBinder<Class<? extends CorruptorSpec>, CorruptorFactory> corruptors(
      com.google.inject.Binder binder) {
    return MapBinder.newMapBinder(binder, new TypeLiteral<Class<? extends CorruptorSpec>>() {},
        new TypeLiteral<CorruptorFactory>() {});
  }

  /** The map binder of readout factories, for plugin modules to add to. */
  public static MapBinder<Class<? extends ReadoutSpec>, ReadoutFactory> readouts(
      com.google.inject.Binder binder) {
    return MapBinder.newMapBinder(binder, new TypeLiteral<Class<? extends ReadoutSpec>>() {},
        new TypeLiteral<ReadoutFactory>() {});
  }

  @Override
  protected void configure() {
    // Bound explicitly, for an injector that requires explicit bindings.
    bind(Tasks.class);
    bind(Corruptors.class);
    bind(Readouts.class);
    var taskMap = tasks(binder());
    Tasks.builtIn().forEach((type, factory) ->
        taskMap.addBinding(type).toInstance(factory.get()));
    var corruptorMap = corruptors(binder());
    Corruptors.builtIn().forEach((type, factory) ->
        corruptorMap.addBinding(type).toInstance(factory.get()));
    var readoutMap = readouts(binder());
    Readouts.builtIn().forEach((type, factory) ->
        readoutMap.addBinding(type).toInstance(factory.get()));
  }
}
