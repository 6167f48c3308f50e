package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.TaskSpec;

/**
 * The built-in tasks and corruptors, as map bindings from spec class to factory. A plugin
 * module (for example one generated from {@code @ContrastiveTask}) adds entries to the same
 * maps with {@link #tasks} and {@link #corruptors}.
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

  @Override
  protected void configure() {
    var taskMap = tasks(binder());
    Tasks.builtIn().forEach((type, factory) -> taskMap.addBinding(type).toInstance(factory));
    var corruptorMap = corruptors(binder());
    Corruptors.builtIn().forEach((type, factory) ->
        corruptorMap.addBinding(type).toInstance(factory));
  }
}
