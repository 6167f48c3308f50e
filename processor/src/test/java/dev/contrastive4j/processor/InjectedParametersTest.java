package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.contrastive4j.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which constructor parameters without {@code @Param} the generated factory has Guice inject: a
 * string, primitive, boxed primitive or enum only with a binding annotation (jakarta's or
 * Guice's), which the factory repeats; other annotations bind nothing.
 */
class InjectedParametersTest {

  @Test
  void guiceBindingAnnotation() {
    JavaFileObject c = Sources.noiseTaking(
        "@com.google.inject.name.Named(\"greeting\") String greeting");
    Compilation compilation = compile(c);
    Sources.assertCompilesCleanly(compilation, c);
    assertThat(compilation).generatedSourceFile("com.example.NoiseFactory")
        .contentsAsUtf8String().contains("@Named(\"greeting\") Provider<String> greeting");
    // Made only when a run uses it: bound directly, a binding no module supplies stopped every
    // run of every task while the plugin was on the class path.
    assertThat(compilation).generatedSourceFile("com.example.NoiseModule")
        .contentsAsUtf8String().contains("ComponentsModule.corruptors(binder())"
            + ".addBinding(NoiseSpec.class).toProvider(new DeferredFactory<>(NoiseFactory.class, "
            + "\"the corruptor 'noise'\"))");
  }

  @Test
  void aPluginWithoutInjectedParametersIsBoundDirectly() {
    JavaFileObject c = Sources.corruptor("Noise", "noise", "  public Noise() {}");
    Compilation compilation = compile(c);
    Sources.assertCompilesCleanly(compilation, c);
    assertThat(compilation).generatedSourceFile("com.example.NoiseModule")
        .contentsAsUtf8String().contains("ComponentsModule.corruptors(binder())"
            + ".addBinding(NoiseSpec.class).to(NoiseFactory.class)");
  }

  /**
   * A plain value without @Param or a binding annotation: a string (with an annotation that is
   * no binding annotation, Guice would inject an empty string), a boxed primitive (Guice binds
   * Integer as it binds int) or an enum (a forgotten @Param; Guice could not construct one).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "@SuppressWarnings(\"unused\") String label | label | java.lang.String | String label",
      "Integer steps | steps | java.lang.Integer | Integer steps",
      "Mode mode | mode | com.example.Noise.Mode | Mode mode"})
  void plainValueWithoutParamOrBindingAnnotation(String parameter, String name, String type,
      String line) {
    JavaFileObject c = Sources.noiseTaking(parameter);
    Sources.assertErrors(compile(c), c, "parameter '" + name + "' (" + type + ") of @Corruptor "
        + "class Noise has neither @Param nor a binding annotation", line);
  }

  @Test
  void boxedPrimitiveOrEnumWithABindingAnnotation() {
    JavaFileObject c = Sources.noiseTaking("@Named(\"steps\") Integer steps, "
        + "@Named(\"mode\") Mode mode");
    Sources.assertCompilesCleanly(compile(c), c);
  }

  /** Any other type needs no annotation: Guice injects it as it is bound (or just in time). */
  @Test
  void classTypeWithoutAnnotation() {
    JavaFileObject c = Sources.corruptor("Noise", "noise",
        "  public static final class Helper {}",
        "  public Noise(Helper helper, java.util.Random random) {}");
    Sources.assertCompilesCleanly(compile(c), c);
  }

  /** The generated factory is in the plugin's package, so it can name the package's types. */
  @Test
  void typeThatOnlyThePluginsPackageCanName() {
    JavaFileObject c = Sources.corruptor("Noise", "noise",
        "  static final class Helper {}",
        "  public Noise(@Named(\"h\") Helper helper) {}");
    Sources.assertCompilesCleanly(compile(c), c);
  }
}
