package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.contrastive4j.processor.Sources.java;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the generated code goes and how the compilation's registry is made: names of nested
 * classes, the registry's package and option, plugins from other libraries and other rounds,
 * and the processor's own registration.
 */
class RegistryAndNamingTest {

  @Test
  void theProcessorIsRegisteredAndDeclaredAggregatingForGradle() throws IOException {
    boolean found = false;
    for (Processor p : ServiceLoader.load(Processor.class)) {
      found |= p instanceof ContrastiveProcessor;
    }
    assertTrue(found, "META-INF/services/javax.annotation.processing.Processor lists it");
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertEquals("dev.contrastive4j.processor.ContrastiveProcessor,aggregating",
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  void nestedClassesGiveUnderscoreNames() {
    JavaFileObject outer = Sources.nested("public final class", "public static final class");
    Compilation c = Sources.compile(outer);
    Sources.assertCompilesCleanly(c, outer);
    assertThat(c).generatedSourceFile("com.example.Outer_InnerSpec");
    assertThat(c).generatedSourceFile("com.example.Outer_InnerFactory");
    assertThat(c).generatedSourceFile("com.example.Outer_InnerModule");
  }

  @Test
  void recordsMayBeCorruptors() {
    JavaFileObject r = java("com.example.Flip",
        "@Corruptor(name = \"flip\")",
        "public record Flip(@Param(\"0.1\") double rate, @Seed long seed)",
        "    implements dev.contrastive4j.api.task.Corruptor {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    Compilation c = Sources.compile(r);
    Sources.assertCompilesCleanly(c, r);
    assertThat(c).generatedSourceFile("com.example.FlipSpec");
  }

  @Test
  void theRegistryGoesToThePluginsCommonPackage() {
    JavaFileObject a = java("com.example.a.A",
        "@Corruptor(name = \"a\")",
        "public final class A implements dev.contrastive4j.api.task.Corruptor {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    JavaFileObject b = java("com.example.b.B",
        "@Corruptor(name = \"b\")",
        "public final class B implements dev.contrastive4j.api.task.Corruptor {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    Compilation c = Sources.compile(a, b);
    Sources.assertCompilesCleanly(c, a, b);
    assertThat(c).generatedSourceFile("com.example.Contrastive4jRegistry");
    assertEquals("com.example.Contrastive4jRegistry\n", Sources.generatedText(c,
        "META-INF/services/dev.contrastive4j.api.annotations.PluginRegistry"));
  }

  /** Before, the processor looked for their common package forever. */
  @Test
  void theRegistryOfPluginsWithoutACommonPackage() {
    JavaFileObject a = Sources.corruptor("A", "a");
    JavaFileObject b = Sources.corruptorAt("org.other.B", "b");
    JavaFileObject loose = Sources.corruptorAt("Loose", "loose");
    // The first package in alphabetical order; the default package comes first.
    Compilation c = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> Sources.compile(a, b));
    Sources.assertCompilesCleanly(c, a, b);
    assertThat(c).generatedSourceFile("com.example.Contrastive4jRegistry");
    Compilation withLoose = assertTimeoutPreemptively(Duration.ofMinutes(1),
        () -> Sources.compile(a, loose));
    Sources.assertCompilesCleanly(withLoose, a, loose);
    assertThat(withLoose).generatedSourceFile("Contrastive4jRegistry");
  }

  @Test
  void theRegistryOptionNamesTheRegistry() {
    JavaFileObject n = Sources.corruptor("Noise", "noise");
    Compilation c = Sources.compile(List.of("-Acontrastive4j.registry=com.acme.AcmePlugins"), n);
    Sources.assertCompilesCleanly(c, n);
    assertThat(c).generatedSourceFile("com.acme.AcmePlugins");
    assertEquals("com.acme.AcmePlugins\n", Sources.generatedText(c,
        "META-INF/services/dev.contrastive4j.api.annotations.PluginRegistry"));
  }

  @Test
  void aRegistryOptionWithAKeywordInItsPackage() {
    JavaFileObject n = Sources.corruptor("Noise", "noise");
    Compilation c = Sources.compile(List.of("-Acontrastive4j.registry=com.class.Plugins"), n);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("-Acontrastive4j.registry=com.class.Plugins is not a "
        + "qualified class name; write one such as com.example.MyPlugins");
  }

  /** Before, the registry's references to the plugins did not compile. */
  @Test
  void aRegistryInAPackageCannotNamePluginsOfTheDefaultPackage() {
    JavaFileObject n = java("Noise",
        "@Corruptor(name = \"noise\")",
        "public final class Noise implements dev.contrastive4j.api.task.Corruptor {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    Compilation c = Sources.compile(List.of("-Acontrastive4j.registry=com.acme.Plugins"), n);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("-Acontrastive4j.registry=com.acme.Plugins puts the "
        + "registry in package com.acme, which cannot name Noise of the default package; move "
        + "the plugins into a package, or give the registry a name without one")
        .inFile(n).onLineContaining("public final class Noise");
    // Without the option the registry joins them in the default package.
    Compilation plain = Sources.compile(n);
    Sources.assertCompilesCleanly(plain, n);
    assertThat(plain).generatedSourceFile("Contrastive4jRegistry");
  }

  @Test
  void aCompilationWithoutPluginsGeneratesNothing() {
    JavaFileObject plain = java("com.example.Plain", "public final class Plain {}");
    Compilation c = Sources.compile(plain);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of("/CLASS_OUTPUT/com/example/Plain.class"),
        c.generatedFiles().stream().map(f -> f.toUri().getPath()).toList());
  }

  /**
   * Each plugin a task references is installed, and once: Guice refuses a binding made twice,
   * so a plugin that makes both views must not be installed for each.
   */
  @Test
  void eachReferencedPluginIsInstalledOnce() throws IOException {
    Compilation c = Sources.compile(Sources.corruptor("Noise", "noise"),
        Sources.corruptor("Other", "other"), Sources.task("Triplet", "name = \"t\", "
            + "corruptor = Noise.class, cleanView = Noise.class, positiveView = Other.class"));
    assertThat(c).succeededWithoutWarnings();
    String module = c.generatedSourceFile("com.example.TModule").orElseThrow()
        .getCharContent(true).toString();
    assertEquals(1, module.split("install\\(new NoiseModule\\(\\)\\);", -1).length - 1,
        module);
    assertEquals(1, module.split("install\\(new OtherModule\\(\\)\\);", -1).length - 1,
        module);
  }

  @Test
  void tasksMayReferencePluginsOfAnotherLibraryByClass(@TempDir Path tmp) throws IOException {
    JavaFileObject noise = java("com.lib.LibNoise",
        "@Corruptor(name = \"lib-noise\")",
        "public final class LibNoise implements dev.contrastive4j.api.task.Corruptor {",
        // A parameter after the seed: the spec's fields put the seed last.
        "  public LibNoise(@Param(value = \"0.3\", min = 0) double dropRate, @Seed long seed,",
        "      @Param(\"2\") int maxCount) {}",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    Compilation library = Sources.compile(noise);
    assertThat(library).succeededWithoutWarnings();
    Path libraryClasses = Files.createDirectory(tmp.resolve("lib"));

    JavaFileObject task = Sources.dgiTaskAt("com.app.AppTask",
        "name = \"app\", corruptor = com.lib.LibNoise.class");
    Compilation app = Sources.compileAgainst(library, libraryClasses, task);
    assertThat(app).succeededWithoutWarnings();
    assertThat(app).generatedSourceFile("com.app.AppTaskModule").contentsAsUtf8String()
        .contains("install(new LibNoiseModule());");
    assertThat(app).generatedSourceFile("com.app.AppTaskSpec").contentsAsUtf8String()
        .contains("corruptor == null ? LibNoiseSpec.DEFAULT : corruptor");
    String scaffold = Sources.generatedText(app, "META-INF/contrastive4j/app.json");
    assertTrue(scaffold.contains("\"type\": \"lib-noise\",\n      \"drop_rate\": 0.3,\n"
        + "      \"max_count\": 2,\n      \"seed\": null"), scaffold);
    String registry = app.generatedSourceFile("com.app.Contrastive4jRegistry").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(registry.contains("public List<CorruptorPlugin> corruptors() {\n"
        + "    return List.of();"), "only this compilation's plugins: " + registry);
    Compilation again = Compiler.javac()
        .withOptions("-proc:none", "-Xlint:all", "-Werror")
        .withClasspath(Sources.classPathWith(libraryClasses))
        .compile(concat(app.generatedSourceFiles(), task));
    assertThat(again).succeededWithoutWarnings();
  }

  /**
   * A library compiled without the processor has no specs. Before, the task's generated code
   * named the missing spec and did not compile.
   */
  @Test
  void aReferenceToAPluginOfALibraryCompiledWithoutTheProcessor(@TempDir Path tmp)
      throws IOException {
    Compilation library = Compiler.javac().withOptions("-proc:none")
        .compile(Sources.corruptor("LibNoise", "lib-noise"));
    assertThat(library).succeededWithoutWarnings();
    JavaFileObject task = Sources.dgiTask("name = \"t\", corruptor = LibNoise.class");
    Compilation app = Sources.compileAgainst(library, tmp, task);
    assertThat(app).hadErrorCount(1);
    assertThat(app).hadErrorContaining("corruptor = LibNoise.class, but com.example.LibNoise on "
        + "the class path is no usable @Corruptor: its library was compiled without "
        + "contrastive4j-processor (there is no LibNoiseSpec), or fails its checks; compile the "
        + "library with the processor, which reports why")
        .inFile(task).onLineContaining("corruptor = LibNoise.class");
  }

  @Test
  void pluginsThatAnotherProcessorGeneratesJoinTheRegistry() throws IOException {
    JavaFileObject task = Sources.dgiTask("name = \"t\", corruptorName = \"made-later\"");
    Compilation c = Compiler.javac()
        .withProcessors(new ContrastiveProcessor(), corruptorGenerator())
        .compile(Sources.corruptor("Noise", "noise"), Sources.dgiTask("name = \"t\""));
    Sources.assertCompilesCleanly(c, Sources.corruptor("Noise", "noise"),
        Sources.dgiTask("name = \"t\""));
    String registry = c.generatedSourceFile("com.example.Contrastive4jRegistry").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(registry.contains("new CorruptorPlugin(\"made-later\""), registry);
    assertTrue(registry.contains("new CorruptorPlugin(\"noise\""), registry);
    assertTrue(registry.contains("new TaskPlugin(\"t\""), registry);
    // A name of a later round is not known when the round of the task is processed.
    Compilation early = Compiler.javac()
        .withProcessors(new ContrastiveProcessor(), corruptorGenerator()).compile(task);
    assertThat(early).hadErrorContaining("corruptorName = \"made-later\" names no @Corruptor "
        + "of this compilation");
  }

  /**
   * A plugin that another processor writes after a round without new plugins, in which the
   * registry was written. Before, it was missing from the registry without a word.
   */
  @Test
  void aPluginGeneratedAfterTheRegistryIsAnError() {
    Compilation c = RoundSources.madeAfterTheRegistry();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("@Corruptor class MadeLater comes from a round of "
        + "annotation processing after the one in which the plugin registry "
        + "com.example.Contrastive4jRegistry was written (the first round without new plugins), "
        + "so the registry cannot list it and the runtime would not find it; have the processor "
        + "that generates MadeLater do so in an earlier round, or declare the plugin in a "
        + "source file");
  }

  /** A {@code @Corruptor com.example.MadeLater} that another processor writes. */
  private static RoundSources corruptorGenerator() {
    return RoundSources.first(Map.of("com.example.MadeLater", RoundSources.MADE_LATER));
  }

  private static List<JavaFileObject> concat(List<JavaFileObject> files, JavaFileObject more) {
    List<JavaFileObject> all = new java.util.ArrayList<>(files);
    all.add(more);
    return all;
  }
}
