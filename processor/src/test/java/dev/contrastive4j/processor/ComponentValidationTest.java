package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.contrastive4j.processor.Sources.compile;
import static dev.contrastive4j.processor.Sources.java;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake in a {@code @Corruptor} or {@code @Readout} class is one error, where it is. */
class ComponentValidationTest {

  /** What makes an annotation type a binding annotation, before its declaration. */
  private static final String QUALIFIER = "  @jakarta.inject.Qualifier "
      + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)";

  private static void assertOneError(Compilation c, JavaFileObject file, String message,
      String line) {
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  private static JavaFileObject corruptor(String annotation, String constructor) {
    return java("com.example.Noise",
        annotation,
        "public final class Noise implements dev.contrastive4j.api.task.Corruptor {",
        constructor,
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
  }

  @Test
  void corruptorThatDoesNotImplementTheContract() {
    JavaFileObject c = java("com.example.Noise",
        "@Corruptor(name = \"noise\")",
        "public final class Noise {}");
    assertOneError(compile(c), c, "@Corruptor class Noise does not implement "
        + "dev.contrastive4j.api.task.Corruptor; implement it, or remove @Corruptor",
        "public final class Noise");
  }

  @Test
  void readoutThatDoesNotImplementTheContract() {
    JavaFileObject r = java("com.example.Mean",
        "@Readout(name = \"mean\")",
        "public final class Mean implements dev.contrastive4j.api.task.Corruptor {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    assertOneError(compile(r), r, "@Readout class Mean does not implement "
        + "dev.contrastive4j.api.task.Readout; implement it, or remove @Readout",
        "public final class Mean");
  }

  @Test
  void abstractCorruptor() {
    JavaFileObject c = java("com.example.Noise",
        "@Corruptor(name = \"noise\")",
        "public abstract class Noise implements dev.contrastive4j.api.task.Corruptor {}");
    assertOneError(compile(c), c, "@Corruptor class Noise is abstract", "public abstract class");
  }

  /** Before, only the first was reported; the others came one compilation at a time. */
  @Test
  void everyFaultOfTheClassIsReported() {
    JavaFileObject c = java("com.example.Noise",
        "@Corruptor(name = \"bad name\")",
        "abstract class Noise {}");
    Compilation compilation = compile(c);
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("@Corruptor class Noise is not public")
        .inFile(c).onLineContaining("abstract class Noise");
    assertThat(compilation).hadErrorContaining("@Corruptor class Noise is abstract")
        .inFile(c).onLineContaining("abstract class Noise");
    assertThat(compilation).hadErrorContaining("@Corruptor class Noise does not implement")
        .inFile(c).onLineContaining("abstract class Noise");
    assertThat(compilation).hadErrorContaining("the corruptor name \"bad name\" may only "
        + "contain").inFile(c).onLineContaining("name = \"bad name\"");
  }

  @Test
  void enumInsteadOfClass() {
    JavaFileObject c = java("com.example.Noise",
        "@Corruptor(name = \"noise\")",
        "public enum Noise implements dev.contrastive4j.api.task.Corruptor {",
        "  ONE;",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    assertOneError(compile(c), c, "@Corruptor goes on a class; Noise is an enum: declare a "
        + "class instead", "public enum Noise");
  }

  /** "an" before a kind whose first letter is a vowel: "an annotation type", not "a". */
  @Test
  void annotationTypeInsteadOfClass() {
    JavaFileObject c = java("com.example.Noise",
        "@Corruptor(name = \"noise\")",
        "public @interface Noise {}");
    assertOneError(compile(c), c, "@Corruptor goes on a class; Noise is an annotation type: "
        + "declare a class instead", "public @interface Noise");
  }

  @Test
  void duplicateCorruptorNames() {
    JavaFileObject a = Sources.corruptor("A", "same");
    JavaFileObject b = Sources.corruptor("B", "same");
    assertOneError(compile(a, b), b, "the corruptor name \"same\" is already used by "
        + "com.example.A; choose another name", "@Corruptor(name = \"same\")");
  }

  @Test
  void nameOfABuiltInCorruptor() {
    JavaFileObject c = Sources.corruptor("Noise", "drop-edges");
    assertOneError(compile(c), c, "the corruptor name \"drop-edges\" is taken by a built-in "
        + "corruptor [compose, drop-edges, dropout-features, mask-feature-columns, "
        + "shuffle-features]; choose another name", "@Corruptor(name = \"drop-edges\")");
  }

  @Test
  void nameOfABuiltInReadout() {
    JavaFileObject r = Sources.readout("Mean", "pool");
    assertOneError(compile(r), r, "the readout name \"pool\" is taken by a built-in readout "
        + "[all-nodes, first-node, pool]; choose another name", "@Readout(name = \"pool\")");
  }

  @Test
  void emptyReadoutName() {
    JavaFileObject r = Sources.readout("MeanPool", "");
    assertOneError(compile(r), r, "the readout name is empty; give the readout a name such as "
        + "\"mean-pool\"", "@Readout(name = \"\")");
  }

  /** The suggested name is itself a valid name, whatever the class is called. */
  @Test
  void emptyNameOfAClassWithADollarSign() {
    JavaFileObject c = java("com.example._Noise$Impl",
        "@Corruptor(name = \"\")",
        "public final class _Noise$Impl implements dev.contrastive4j.api.task.Corruptor {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    assertOneError(compile(c), c, "the corruptor name is empty; give the corruptor a name such "
        + "as \"noise-impl\"", "@Corruptor(name = \"\")");
  }

  @Test
  void sameNameForACorruptorAndAReadoutIsFine() {
    Compilation c = compile(Sources.corruptor("A", "same"), Sources.readout("B", "same"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void noPublicConstructor() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")", "  private Noise() {}");
    assertOneError(compile(c), c, "@Corruptor class Noise has no usable constructor: add a "
        + "public constructor whose parameters are @Param, @Seed or injected ones",
        "public final class Noise");
  }

  @Test
  void seedOnAReadout() {
    JavaFileObject r = Sources.readout("Mean", "mean", "  public Mean(@Seed long seed) {}");
    assertOneError(compile(r), r, "@Seed parameter 'seed': readouts are not random and get no "
        + "seed; remove @Seed", "@Seed long seed");
  }

  @Test
  void seedThatIsNotALong() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  public Noise(@Seed int seed) {}");
    assertOneError(compile(c), c, "@Seed parameter 'seed' must be a long, not int",
        "@Seed int seed");
  }

  @Test
  void twoSeeds() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  public Noise(@Seed long a,\n      @Seed long b) {}");
    assertOneError(compile(c), c, "@Corruptor class Noise has two @Seed parameters, 'a' and "
        + "'b'; keep one", "@Seed long b");
  }

  @Test
  void paramAndSeedOnOneParameter() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  public Noise(@Param(\"1\") @Seed long seed) {}");
    assertOneError(compile(c), c, "parameter 'seed' is both @Param and @Seed; keep one",
        "@Seed long seed");
  }

  /** The spec has the seed field whether the @Seed comes before the @Param or after it. */
  @Test
  void paramNamedSeedNextToTheSeed() {
    for (String constructor : new String[] {
        "  public Noise(@Seed long s,\n      @Param(\"1\") long seed) {}",
        "  public Noise(@Param(\"1\") long seed,\n      @Seed long s) {}"}) {
      JavaFileObject c = corruptor("@Corruptor(name = \"noise\")", constructor);
      assertOneError(compile(c), c, "@Param 'seed' would be the spec field 'seed', which the "
          + "spec already has for its seed; rename the parameter", "@Param(\"1\") long seed");
    }
  }

  @Test
  void paramsWithTheSameJsonName() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  public Noise(@Param(\"1\") int fooBar,\n      @Param(\"2\") int foo_bar) {}");
    assertOneError(compile(c), c, "@Param 'foo_bar' and 'fooBar' both become the spec field "
        + "'foo_bar'; rename one", "int foo_bar");
  }

  @Test
  void paramNamedType() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  public Noise(@Param(\"x\") String type) {}");
    assertOneError(compile(c), c, "@Param 'type' would be the spec field 'type', which the spec "
        + "already has for the type name; rename the parameter", "String type");
  }

  @Test
  void paramNamedLikeAMemberEverySpecHas() {
    for (String parameter : new String[] {"int DEFAULT", "int hashCode", "String toString"}) {
      JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
          "  public Noise(@Param(\"1\") " + parameter + ") {}");
      String name = parameter.substring(parameter.indexOf(' ') + 1);
      assertOneError(compile(c), c, "@Param '" + name + "' would be the spec's " + name,
          parameter);
    }
  }

  @Test
  void aTasksParamNamedLikeItsScheduleButACorruptorsMayBe() {
    JavaFileObject t = Sources.dgiTaskTaking("@Param(\"1\") int defaultTraining");
    assertOneError(compile(t), t, "@Param 'defaultTraining' would be the spec's "
        + "defaultTraining(), which every task spec has (the task's default epochs and "
        + "patience); rename the parameter", "int defaultTraining");
    assertThat(compile(corruptor("@Corruptor(name = \"noise\")",
        "  public Noise(@Param(\"1\") int defaultTraining) {}"))).succeeded();
  }

  @Test
  void constructorWithTypeParameters() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  public <T extends Number> Noise(java.util.List<T> values) {}");
    assertOneError(compile(c), c, "the constructor of @Corruptor class Noise has type "
        + "parameters, which the generated factory cannot choose; remove them",
        "public <T extends Number> Noise");
  }

  /** The hidden type is named once when it is the parameter's type, and apart when inside it. */
  @Test
  void parameterTypesTheGeneratedCodeCannotName() {
    String[][] cases = {
        {"@Param(\"MASK\") Mode mode", "parameter 'mode' has type com.example.Noise.Mode, which"},
        {"java.util.List<Mode> modes", "parameter 'modes' has type "
            + "java.util.List<com.example.Noise.Mode>, but com.example.Noise.Mode"}};
    for (String[] c : cases) {
      String parameter = c[0];
      JavaFileObject noise = java("com.example.Noise",
          "@Corruptor(name = \"noise\")",
          "public final class Noise implements dev.contrastive4j.api.task.Corruptor {",
          "  private enum Mode { SHUFFLE, MASK }",
          "  public Noise(" + parameter + ") {}",
          "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
          "}");
      assertOneError(compile(noise), noise, c[1] + " is private, and the generated spec and "
          + "factory in package 'com.example' must name it; make it public", parameter);
    }
  }

  /** A hidden type inside an array or a wildcard's bound is found too; no bound hides none. */
  @Test
  void hiddenTypesInArraysAndWildcards() {
    JavaFileObject noise = Sources.corruptor("Noise", "noise",
        "  private enum Mode { A }",
        "  public Noise(@Named(\"a\") Mode[] a,",
        "      @Named(\"b\") java.util.List<? extends Mode> b,",
        "      @Named(\"c\") java.util.List<? super Mode> c,",
        "      @Named(\"d\") java.util.List<?> d) {}");
    String hidden = ", but com.example.Noise.Mode is private";
    Sources.assertErrors(compile(noise), noise,
        "parameter 'a' has type com.example.Noise.Mode[]" + hidden, "Mode[] a",
        "parameter 'b' has type java.util.List<? extends com.example.Noise.Mode>" + hidden,
        "? extends Mode> b",
        "parameter 'c' has type java.util.List<? super com.example.Noise.Mode>" + hidden,
        "? super Mode> c");
  }

  /** The factory repeats a binding annotation with its values: class literals, arrays, nested. */
  @Test
  void hiddenTypesInTheValuesOfBindingAnnotations() {
    JavaFileObject noise = Sources.corruptor("Noise", "noise",
        "  private enum Mode { A }",
        "  private @interface Inner {}",
        QUALIFIER + " public @interface Typed { Class<?> value(); }",
        QUALIFIER + " public @interface Modes { Mode[] value(); }",
        QUALIFIER + " public @interface Wrapped { Inner value(); }",
        "  public Noise(@Typed(Mode.class) String a,",
        "      @Modes({Mode.A}) String b,",
        "      @Wrapped(@Inner) String c) {}");
    Sources.assertErrors(compile(noise), noise,
        "parameter 'a' has the binding annotation @Typed, but com.example.Noise.Mode is private",
        "@Typed(Mode.class)",
        "parameter 'b' has the binding annotation @Modes, but com.example.Noise.Mode is private",
        "@Modes({Mode.A})",
        "parameter 'c' has the binding annotation @Wrapped, but com.example.Noise.Inner is "
            + "private", "@Wrapped(@Inner)");
  }

  /** Before, the generated factory named the private annotation, and did not compile. */
  @Test
  void bindingAnnotationsTheGeneratedCodeCannotName() {
    // The parameter, its binding annotation, and the private type it names.
    for (String[] c : new String[][] {{"@Secret String s", "Secret", "Secret"},
        {"@Kind(Mode.A) String s", "Kind", "Mode"}}) {
      String parameter = c[0];
      JavaFileObject noise = java("com.example.Noise",
          "@Corruptor(name = \"noise\")",
          "public final class Noise implements dev.contrastive4j.api.task.Corruptor {",
          "  @jakarta.inject.Qualifier",
          "  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
          "  private @interface Secret {}",
          "  private enum Mode { A }",
          "  @jakarta.inject.Qualifier",
          "  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
          "  public @interface Kind { Mode value(); }",
          "  public Noise(" + parameter + ") {}",
          "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
          "}");
      assertOneError(compile(noise), noise, "parameter 's' has the binding annotation @" + c[1]
          + ", but com.example.Noise." + c[2] + " is private, and the generated factory in "
          + "package 'com.example' must name it; make it public", parameter);
    }
  }

  /** Before, the corruptor compiled, and Guice never set the field or called the method. */
  @Test
  void injectedFieldsAndMethods() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  @Inject @Named(\"x\") String x;");
    assertOneError(compile(c), c, "the @Inject field 'x' of @Corruptor class Noise is never "
        + "injected: the generated factory creates Noise with its constructor, and Guice "
        + "injects fields and methods only of what it creates itself; take it as a constructor "
        + "parameter instead", "@Inject @Named(\"x\") String x;");
    JavaFileObject base = java("com.example.Base",
        "public abstract class Base implements dev.contrastive4j.api.task.Corruptor {",
        "  @com.google.inject.Inject void set(@Named(\"x\") String x) {}",
        "}");
    JavaFileObject sub = java("com.example.Sub",
        "@Corruptor(name = \"sub\")",
        "public final class Sub extends Base {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    assertOneError(compile(base, sub), sub, "@Corruptor class Sub inherits the @Inject method "
        + "'set' of Base, which is never injected: the generated factory creates Sub with its "
        + "constructor, and Guice injects fields and methods only of what it creates itself; "
        + "take what it needs as constructor parameters instead", "public final class Sub");
  }

  /** A stray {@code @Param} or {@code @Seed} would be ignored without a word. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"@Param | @Param(\"1\") int k", "@Seed | @Seed long k"})
  void paramOrSeedOutsideAPluginConstructor(String at, String parameter) {
    JavaFileObject h = java("com.example.Helper",
        "public final class Helper {",
        "  public static long make(" + parameter + ") { return k; }",
        "}");
    assertOneError(compile(h), h, at + " configures constructor parameters of "
        + "@ContrastiveTask, @Corruptor and @Readout classes only; Helper.make is not one: "
        + "annotate the class, or remove " + at, parameter);
  }

  @Test
  void paramOnTheConstructorOfAClassThatIsNoPlugin() {
    JavaFileObject h = java("com.example.Helper",
        "public final class Helper {",
        "  public Helper(@Param(\"1\") int k) {}",
        "}");
    assertOneError(compile(h), h, "@Param configures constructor parameters of "
        + "@ContrastiveTask, @Corruptor and @Readout classes only; the constructor of Helper is "
        + "not one: annotate the class, or remove @Param", "@Param(\"1\") int k");
  }

  /** Before, the @Param of a constructor the runtime does not call was silently ignored. */
  @Test
  void paramOnAConstructorTheRuntimeDoesNotCall() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  @Inject public Noise() {}\n  public Noise(@Param(\"1\") int k) {}");
    assertOneError(compile(c), c, "@Param on a constructor the runtime does not call: it calls "
        + "Noise(); move @Param there, or mark this constructor @Inject", "@Param(\"1\") int k");
  }

  /** The message names the constructor the runtime calls by its parameters. */
  @Test
  void seedOnAConstructorTheRuntimeDoesNotCall() {
    JavaFileObject c = corruptor("@Corruptor(name = \"noise\")",
        "  @Inject public Noise(@Param(\"1\") int k, @Seed long s) {}\n"
            + "  public Noise(@Seed long seed) {}");
    assertOneError(compile(c), c, "@Seed on a constructor the runtime does not call: it calls "
        + "Noise(int k, long s); move @Seed there, or mark this constructor @Inject",
        "public Noise(@Seed long seed)");
  }

  /** Nested classes get Outer_Inner names, which a top-level class may have too. */
  @Test
  void twoPluginsThatWouldGetTheSameGeneratedClasses() {
    JavaFileObject outer = Sources.nested("public final class", "public static final class");
    JavaFileObject flat = Sources.corruptor("Outer_Inner", "outer-inner");
    assertOneError(compile(outer, flat), flat, "@Corruptor class Outer_Inner would get the "
        + "generated class com.example.Outer_InnerSpec, which com.example.Outer.Inner already "
        + "gets (a nested class Outer.Inner gets Outer_Inner names); rename one of the two "
        + "classes", "public final class Outer_Inner");
  }
}
