package dev.contrastive4j.runtime.testing;

import dev.contrastive4j.api.annotations.PluginRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plugin registry on the thread's context class loader, where the runtime looks for plugins,
 * as a plugin jar on the class path puts its own: the command line and run directories then
 * know its types. Closing it puts the earlier class loader back.
 */
public final class ContextRegistry implements AutoCloseable {
  private final ClassLoader earlier;
  private final URLClassLoader loader;

  private ContextRegistry(ClassLoader earlier, URLClassLoader loader) {
    this.earlier = earlier;
    this.loader = loader;
  }

  /**
   * Lists {@code registry} in a service file under {@code dir} and makes a class loader that
   * finds it the thread's context class loader.
   */
  public static ContextRegistry install(Path dir, Class<? extends PluginRegistry> registry) {
    try {
      Path services = dir.resolve(PluginRegistry.SERVICE_FILE);
      Files.createDirectories(services.getParent());
      Files.writeString(services, registry.getName() + "\n");
      Thread thread = Thread.currentThread();
      URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
          ContextRegistry.class.getClassLoader());
      ContextRegistry installed = new ContextRegistry(thread.getContextClassLoader(), loader);
      thread.setContextClassLoader(loader);
      return installed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    Thread.currentThread().setContextClassLoader(earlier);
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
