package dev.contrastive4j.runtime.plugins;

import com.google.inject.AbstractModule;
import com.google.inject.Module;

/**
 * Installs the Guice modules of every plugin on the class path ({@link Plugins#discover()}), so
 * that the runtime builds generated tasks, corruptors and readouts like built-in ones.
 * {@code RunModule} installs it.
 */
public final class PluginModules extends AbstractModule {
  private final Plugins plugins;

  /** The modules of the plugins found on the class path when the injector is made. */
  public PluginModules() {
    this(null);
  }

  /** The modules of {@code plugins}. */
  public PluginModules(Plugins plugins) {
    this.plugins = plugins;
  }

  @Override
  protected void configure() {
    Plugins p = plugins != null ? plugins : Plugins.discover();
    for (Module m : p.modules()) {
      install(m);
    }
  }
}
