package dev.contrastive4j.runtime.testing;

import com.google.common.io.MoreFiles;
import dev.contrastive4j.api.annotations.PluginRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts a plugin registry on the class path for each test of a class, as its jar would, and takes
 * it off after: {@code @RegisterExtension PluginOnClassPath plugins = new
 * PluginOnClassPath(TestReadouts.class);}. See {@link ContextRegistry}.
 */
public final class PluginOnClassPath implements BeforeEachCallback, AfterEachCallback {
  private final Class<? extends PluginRegistry> registry;
  private ContextRegistry installed;
  private Path dir;

  /** @param registry the registry its service file lists */
  public PluginOnClassPath(Class<? extends PluginRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    dir = Files.createTempDirectory("plugins");
    installed = ContextRegistry.install(dir, registry);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    installed.close();
    MoreFiles.deleteRecursively(dir);
  }
}
