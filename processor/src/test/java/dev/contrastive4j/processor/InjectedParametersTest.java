package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.contrastive4j.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

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
  }

  /** Guice would inject an empty string: the parameter is as unbound as without it. */
  @Test
  void annotationThatIsNoBindingAnnotation() {
    JavaFileObject c = Sources.noiseTaking("@SuppressWarnings(\"unused\") String label");
    Sources.assertErrors(compile(c), c, "parameter 'label' (java.lang.String) of @Corruptor "
        + "class Noise has neither @Param nor a binding annotation", "String label");
  }

  /** Guice binds Integer as it binds int: a bare one is as unconfigured as an int. */
  @Test
  void boxedPrimitiveWithoutAnnotation() {
    JavaFileObject c = Sources.noiseTaking("Integer steps");
    Sources.assertErrors(compile(c), c, "parameter 'steps' (java.lang.Integer) of @Corruptor "
        + "class Noise has neither @Param nor a binding annotation", "Integer steps");
  }

  /** An enum without @Param is a forgotten @Param; Guice could not construct one anyway. */
  @Test
  void enumWithoutAnnotation() {
    JavaFileObject c = Sources.noiseTaking("Mode mode");
    Sources.assertErrors(compile(c), c, "parameter 'mode' (com.example.Noise.Mode) of "
        + "@Corruptor class Noise has neither @Param nor a binding annotation", "Mode mode");
  }

  @Test
  void boxedPrimitiveOrEnumWithABindingAnnotation() {
    JavaFileObject c = Sources.noiseTaking("@Named(\"steps\") Integer steps, "
        + "@Named(\"mode\") Mode mode");
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
