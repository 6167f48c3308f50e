package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.contrastive4j.processor.Sources.java;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Plugins that mention a type which does not resolve wait for a later round: another processor
 * may generate the type. A type that never resolves is javac's one error, not also ours.
 */
class UnresolvedTypesTest {

  /** A class {@code com.example.Later} that another processor writes in the first round. */
  private static final Map<String, String> LATER = Map.of("com.example.Later",
      "package com.example;\npublic final class Later {}\n");

  /** A corruptor {@code Noise} that injects a {@code Later}, so it waits for the second round. */
  private static JavaFileObject waitingNoise() {
    return Sources.corruptor("Noise", "noise", "  public Noise(@Named(\"later\") Later later) {}");
  }

  private static Compilation compileWith(Map<String, String> generated,
      JavaFileObject... files) {
    return Compiler.javac()
        .withProcessors(new ContrastiveProcessor(), new FirstRoundSources(generated))
        .compile(files);
  }

  private static void assertOnlyJavacReports(JavaFileObject file, String line) {
    Compilation c = Sources.compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining(line);
  }

  @Test
  void aSupertypeThatNeverResolves() {
    assertOnlyJavacReports(java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends Missing {",
        "  public T(TaskSettings s, ParameterStore p, long dim) {}",
        "}"), "extends Missing");
    assertOnlyJavacReports(java("com.example.Noise",
        "@Corruptor(name = \"noise\")",
        "public final class Noise implements Missing {}"), "implements Missing");
  }

  @Test
  void parameterTypesThatNeverResolve() {
    assertOnlyJavacReports(Sources.corruptor("Noise", "noise",
        "  public Noise(Missing injected) {}"), "Missing injected");
    assertOnlyJavacReports(Sources.corruptor("Noise", "noise",
        "  public Noise(@Param(\"A\") Missing configured) {}"), "Missing configured");
  }

  @Test
  void aReferencedClassThatNeverResolves() {
    assertOnlyJavacReports(Sources.dgiTask("name = \"t\", corruptor = Missing.class"),
        "Missing.class");
  }

  @Test
  void aParameterTypeThatAnotherProcessorGenerates() throws IOException {
    JavaFileObject noise = waitingNoise();
    Compilation c = compileWith(LATER, noise);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.example.NoiseFactory").contentsAsUtf8String()
        .contains("@Named(\"later\") Provider<Later> later");
    String registry = c.generatedSourceFile("com.example.Contrastive4jRegistry").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(registry.contains("new CorruptorPlugin(\"noise\""), registry);
  }

  /** Before, the task silently lost its corruptor, which could not be read yet. */
  @Test
  void aTaskReferencingAWaitingPluginByClassWaitsForIt() {
    JavaFileObject noise = waitingNoise();
    JavaFileObject task = Sources.dgiTask("name = \"t\", corruptor = Noise.class");
    Compilation c = compileWith(LATER, noise, task);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.example.TSpec").contentsAsUtf8String()
        .contains("corruptor == null ? NoiseSpec.DEFAULT : corruptor");
  }

  @Test
  void aTaskReferencingAWaitingPluginByNameWaitsForIt() {
    JavaFileObject noise = waitingNoise();
    JavaFileObject task = Sources.dgiTask("name = \"t\", corruptorName = \"noise\"");
    Compilation c = compileWith(LATER, noise, task);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.example.TModule").contentsAsUtf8String()
        .contains("install(new NoiseModule());");
  }
}
