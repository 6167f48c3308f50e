package dev.contrastive4j.runtime.inject;

import com.google.inject.CreationException;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a plugin's factory only when a run uses the plugin. The factories of plugins whose
 * constructors take parameters from Guice (a {@code @Named} string, say) are bound through it:
 * bound directly, Guice would check their bindings when any injector is made, and one plugin on
 * the class path that needs a binding no module supplies would stop every run, whatever task it
 * ran. The generated module of such a plugin binds
 * {@code addBinding(FooSpec.class).toProvider(new DeferredFactory<>(FooFactory.class, "the
 * corruptor 'foo'"))}.
 *
 * @param <F> the factory's class
 */
public final class DeferredFactory<F> implements Provider<F> {
  private final Class<F> factory;
  private final String plugin;
  @Inject private Injector injector;

  /**
   * @param factory the generated factory class, whose {@code @Inject} constructor takes
   *     providers of the plugin's injected parameters
   * @param plugin the plugin as messages name it, e.g. {@code the corruptor 'foo'}
   */
  public DeferredFactory(Class<F> factory, String plugin) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.plugin = Objects.requireNonNull(plugin, "plugin");
  }

  /**
   * The factory, made in a child injector that binds it (so this works in an injector that
   * requires explicit bindings too).
   *
   * @throws BindingException naming the plugin and each binding it needs that no module
   *     supplies
   */
  @Override
  public F get() {
    try {
      return injector.createChildInjector(binder -> binder.bind(factory)).getInstance(factory);
    } catch (CreationException e) {
      throw new BindingException(plugin + " (" + factory.getName() + ") cannot be made: "
          + GuiceMessages.summary(e.getErrorMessages()) + "; bind what it needs in code, with "
          + "Modules.override(new RunModule(experiment)).with(...) (the command line binds "
          + "nothing of a plugin's own)");
    }
  }

  /** {@code factories} as providers that hand out each one, as the injected maps hold them. */
  static <K, V> Map<K, Provider<V>> ready(Map<K, V> factories) {
    Map<K, Provider<V>> providers = new LinkedHashMap<>();
    factories.forEach((k, v) -> providers.put(k, () -> v));
    return Map.copyOf(providers);
  }
}
