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
        .withProcessors(new ContrastiveProcessor(), RoundSources.first(generated))
        .compile(files);
  }

  private static void assertOnlyJavacReports(JavaFileObject file, String line) {
    Compilation c = Sources.compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining(line);
  }

  /** A binding annotation {@code com.example.<simple>} with one member of type {@code member}. */
  private static JavaFileObject qualifier(String simple, String member) {
    return java("com.example." + simple,
        "@jakarta.inject.Qualifier",
        "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
        "public @interface " + simple + " { " + member + " value(); }");
  }

  /** The compilation succeeded and wrote {@code text} into {@code NoiseFactory}. */
  private static void assertFactoryContains(Compilation c, String text) {
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.example.NoiseFactory").contentsAsUtf8String()
        .contains(text);
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

  /**
   * An annotation value that names a missing constant. Before, the processor failed with a
   * ClassCastException (numbers), or added an error about the value "<error>" (strings).
   */
  @Test
  void annotationValuesThatNeverResolve() {
    assertOnlyJavacReports(Sources.dgiTask("name = \"t\", projectorUnits = {8, Missing.UNITS}"),
        "Missing.UNITS");
    assertOnlyJavacReports(Sources.dgiTask("name = \"t\", seed = Missing.SEED"), "Missing.SEED");
    assertOnlyJavacReports(Sources.dgiTask("name = Missing.NAME"), "Missing.NAME");
    assertOnlyJavacReports(Sources.dgiTask("name = \"t\", corruptorName = Missing.NAME"),
        "Missing.NAME");
    assertOnlyJavacReports(Sources.corruptor("Noise", "noise",
        "  public Noise(@Param(value = \"1\", min = Missing.MIN) double rate) {}"),
        "Missing.MIN");
    assertOnlyJavacReports(Sources.corruptor("Noise", "noise",
        "  public Noise(@Param(Missing.RATE) double rate) {}"), "Missing.RATE");
    assertOnlyJavacReports(Sources.corruptor("Noise", "noise",
        "  public Noise(@Named(Missing.NAME) String name) {}"), "Missing.NAME");
  }

  /** A string that reads like javac's erroneous value is just a string. */
  @Test
  void aStringThatReadsError() {
    JavaFileObject noise = Sources.corruptor("Noise", "noise",
        "  public Noise(@Param(\"<error>\") String label) {}");
    Sources.assertCompilesCleanly(Sources.compile(noise), noise);
  }

  @Test
  void annotationValuesThatAnotherProcessorGenerates() {
    JavaFileObject noise = java("com.example.Noise",
        "@Corruptor(name = Defaults.NAME)",
        "public final class Noise implements dev.contrastive4j.api.task.Corruptor {",
        "  public Noise(@Param(value = Defaults.RATE, max = Defaults.MAX) double rate) {}",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    Compilation c = compileWith(Map.of("com.example.Defaults", "package com.example;\n"
        + "public final class Defaults {\n"
        + "  public static final String NAME = \"noise\";\n"
        + "  public static final String RATE = \"0.5\";\n"
        + "  public static final double MAX = 1;\n"
        + "}\n"), noise);
    assertFactoryContains(c, "s.rate() <= 1.0");
  }

  @Test
  void aParameterTypeThatAnotherProcessorGenerates() throws IOException {
    JavaFileObject noise = waitingNoise();
    Compilation c = compileWith(LATER, noise);
    assertFactoryContains(c, "@Named(\"later\") Provider<Later> later");
    String registry = c.generatedSourceFile("com.example.Contrastive4jRegistry").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(registry.contains("new CorruptorPlugin(\"noise\""), registry);
  }

  /**
   * A binding annotation is copied into the generated factory with its values, nested
   * annotations included; one that names a constant another processor writes waits for it, or
   * the factory would be written with javac's erroneous value in its place.
   */
  @Test
  void aNestedAnnotationValueThatAnotherProcessorGenerates() {
    JavaFileObject tag = java("com.example.Tag",
        "public @interface Tag { String value(); }");
    JavaFileObject noise = Sources.corruptor("Noise", "noise",
        "  public Noise(@Tagged(@Tag(Defaults.TAG)) String label) {}");
    Compilation c = compileWith(Map.of("com.example.Defaults", "package com.example;\n"
        + "public final class Defaults { public static final String TAG = \"fine\"; }\n"),
        tag, qualifier("Tagged", "Tag"), noise);
    assertFactoryContains(c, "@Tagged(@Tag(\"fine\"))");
  }

  /** A binding annotation's class literal of a generated type is copied as that type. */
  @Test
  void aQualifierClassLiteralThatAnotherProcessorGenerates() {
    JavaFileObject noise = Sources.corruptor("Noise", "noise",
        "  public Noise(@Kind(Later.class) String label) {}");
    assertFactoryContains(compileWith(LATER, qualifier("Kind", "Class<?>"), noise),
        "@Kind(Later.class)");
  }

  /** The generated type may sit in an array, a type argument or a thrown exception. */
  @Test
  void parameterAndExceptionTypesThatContainAGeneratedType() {
    for (String constructor : new String[] {
        "  public Noise(@Named(\"later\") Later[] later) {}",
        "  public Noise(@Named(\"later\") java.util.List<Later> later) {}",
        "  public Noise() throws LaterError {}"}) {
      JavaFileObject noise = Sources.corruptor("Noise", "noise", constructor);
      Compilation c = compileWith(Map.of("com.example.Later",
          "package com.example;\npublic final class Later {}\n", "com.example.LaterError",
          "package com.example;\npublic final class LaterError extends Error {}\n"), noise);
      assertThat(c).succeededWithoutWarnings();
      assertThat(c).generatedSourceFile("com.example.NoiseFactory");
    }
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

  /**
   * A task's class literal of a corruptor that another processor writes in the first round: the
   * task waits until that corruptor has been processed too, instead of losing it. (The task
   * carries an annotation that ours does not claim, so that the other processor runs in that
   * round, as it would for a real project's classes.)
   */
  @Test
  void aTaskReferencingAGeneratedPluginByClassWaitsForIt() throws IOException {
    String generated = Sources.corruptor("Generated", "generated").getCharContent(true)
        .toString();
    JavaFileObject task = java("com.example.T",
        "@ContrastiveTask(name = \"t\", corruptor = Generated.class)",
        "@SuppressWarnings(\"unused\")",
        "public class T extends DeepGraphInfomax {",
        "  public T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }",
        "}");
    Compilation c = compileWith(Map.of("com.example.Generated", generated), task);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.example.TSpec").contentsAsUtf8String()
        .contains("corruptor == null ? GeneratedSpec.DEFAULT : corruptor");
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
