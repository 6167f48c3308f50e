package dev.contrastive4j.runtime.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.PluginRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registries of two libraries on one class path, each compiled as the processor compiles a
 * registry: one class with a corruptor, listed in the library's service file.
 */
class RegistryClassNamesTest {
  @TempDir
  Path tmp;

  @Test
  void twoLibrariesWithRegistriesOfOneClassNameAreRefusedNamingBoth() throws IOException {
    // Both keep their plugins in com.example, so both registries are the processor's default
    // com.example.Contrastive4jRegistry.
    Path a = library("a", "com.example.Contrastive4jRegistry", "noise-a");
    Path b = library("b", "com.example.Contrastive4jRegistry", "noise-b");
    try (URLClassLoader loader = loader(a, b)) {
      // What hid b's plugins: ServiceLoader counts the name once and loads a's class.
      List<PluginRegistry> found = new ArrayList<>();
      ServiceLoader.load(PluginRegistry.class, loader).forEach(found::add);
      assertEquals(List.of("noise-a"), corruptorNames(found));
      assertRefusedNaming(loader, a, b);
    }
  }

  @Test
  void twoJarsWithRegistriesOfOneClassNameAreRefusedNamingTheJars() throws IOException {
    // Libraries are jars more often than class directories: the message names the jar files.
    Path a = jar(library("a", "com.example.Contrastive4jRegistry", "noise-a"));
    Path b = jar(library("b", "com.example.Contrastive4jRegistry", "noise-b"));
    try (URLClassLoader loader = loader(a, b)) {
      assertRefusedNaming(loader, a, b);
    }
  }

  private static void assertRefusedNaming(ClassLoader loader, Path a, Path b) {
    PluginException e = assertThrows(PluginException.class, () -> Plugins.discover(loader));
    assertEquals("two libraries have a plugin registry named "
        + "com.example.Contrastive4jRegistry, and they differ: " + a + " and " + b + "; a "
        + "class loader loads one class of a name, so the plugins of " + b + " would be "
        + "missing without a word; give each library's registry a name of its own (compile "
        + "it with -Acontrastive4j.registry=<package>.<Name>), or leave one library off the "
        + "class path", e.getMessage());
  }

  /** {@code library}'s files in a jar beside it. */
  private static Path jar(Path library) throws IOException {
    Path jar = library.resolveSibling(library.getFileName() + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(library)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(library.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void registriesOfTwoNamesBothGiveTheirPlugins() throws IOException {
    Path a = library("a", "com.example.a.Contrastive4jRegistry", "noise-a");
    Path b = library("b", "com.example.b.Contrastive4jRegistry", "noise-b");
    try (URLClassLoader loader = loader(a, b)) {
      assertEquals(List.of("noise-a", "noise-b"),
          Plugins.discover(loader).corruptors().stream().map(CorruptorPlugin::name).toList());
    }
  }

  @Test
  void oneLibraryTwiceOnTheClassPathIsOneLibrary() throws IOException {
    Path a = library("a", "com.example.Contrastive4jRegistry", "noise-a");
    Path copy = tmp.resolve("copy");
    try (Stream<Path> files = Files.walk(a)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(a.relativize(f).toString()));
      }
    }
    try (URLClassLoader loader = loader(a, copy)) {
      assertEquals(List.of("noise-a"),
          Plugins.discover(loader).corruptors().stream().map(CorruptorPlugin::name).toList());
    }
  }

  @Test
  void twoPluginsOfOneNameAreRefusedNamingTheirRegistriesAndLibraries() throws IOException {
    Path a = library("a", "com.example.a.Contrastive4jRegistry", "noise");
    Path b = library("b", "com.example.b.Contrastive4jRegistry", "noise");
    try (URLClassLoader loader = loader(a, b)) {
      PluginException e = assertThrows(PluginException.class, () -> Plugins.discover(loader));
      assertEquals("the corruptor name 'noise' is declared twice, by com.example.a.Noise "
          + "(registry com.example.a.Contrastive4jRegistry in " + a + ") and by "
          + "com.example.b.Noise (registry com.example.b.Contrastive4jRegistry in " + b + "); "
          + "rename one, or leave one library off the class path", e.getMessage());
    }
  }

  private static List<String> corruptorNames(List<PluginRegistry> registries) {
    return registries.stream().flatMap(r -> r.corruptors().stream())
        .map(CorruptorPlugin::name).toList();
  }

  private URLClassLoader loader(Path... libraries) throws IOException {
    URL[] urls = new URL[libraries.length];
    for (int i = 0; i < libraries.length; i++) {
      urls[i] = libraries[i].toUri().toURL();
    }
    return new URLClassLoader(urls, getClass().getClassLoader());
  }

  /**
   * A class directory with the registry {@code registry}, which lists one corruptor named
   * {@code corruptor} (declared by a class {@code Noise} in the registry's package), and the
   * service file that lists the registry.
   */
  private Path library(String directory, String registry, String corruptor) throws IOException {
    Path out = Files.createDirectories(tmp.resolve(directory));
    int dot = registry.lastIndexOf('.');
    String pkg = registry.substring(0, dot);
    String simpleName = registry.substring(dot + 1);
    Path source = Files.createDirectories(tmp.resolve("src-" + directory))
        .resolve(simpleName + ".java");
    Files.writeString(source, "package " + pkg + ";\n"
        + "import dev.contrastive4j.api.annotations.*;\n"
        + "import dev.contrastive4j.api.experiment.CorruptorSpec;\n"
        + "import java.util.List;\n"
        + "public final class " + simpleName + " implements PluginRegistry {\n"
        + "  public record NoiseSpec() implements CorruptorSpec {}\n"
        + "  public List<TaskPlugin> tasks() { return List.of(); }\n"
        + "  public List<CorruptorPlugin> corruptors() {\n"
        + "    return List.of(new CorruptorPlugin(\"" + corruptor + "\", \"\", \"" + pkg
        + ".Noise\", NoiseSpec.class, new NoiseSpec(), List.of(), new Object()));\n"
        + "  }\n"
        + "  public List<ReadoutPlugin> readouts() { return List.of(); }\n"
        + "}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath = String.join(java.io.File.pathSeparator, codeSource(PluginRegistry.class),
        codeSource(JsonTypeInfo.class), codeSource(ObjectMapper.class),
        codeSource(Nullable.class));
    StringWriter errors = new StringWriter();
    boolean compiled = javac.getTask(errors, null, null,
        List.of("-classpath", classPath, "-d", out.toString(), "-proc:none"), null,
        javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
    assertTrue(compiled, errors.toString());
    Path services = out.resolve(PluginRegistry.SERVICE_FILE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, "# generated by the contrastive4j processor\n" + registry + "\n");
    return out;
  }

  private static String codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
