package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.contrastive4j.processor.Sources.compile;
import static dev.contrastive4j.processor.Sources.dgiTask;
import static dev.contrastive4j.processor.Sources.java;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every mistake in a {@code @ContrastiveTask} class is one error, on the element at fault. */
class TaskValidationTest {
  private static final String DGI_CONSTRUCTOR =
      "  public T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }";

  private static void assertOneError(Compilation c, JavaFileObject file, String message,
      String line) {
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void abstractClass() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public abstract class T extends DeepGraphInfomax {",
        DGI_CONSTRUCTOR,
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T is abstract; the runtime must "
        + "instantiate it: remove 'abstract', or annotate a concrete subclass instead",
        "public abstract class T");
  }

  /** Before, only the first was reported; the others came one compilation at a time. */
  @Test
  void everyFaultOfTheClassIsReported() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"\", projectorUnits = {0})",
        "public abstract class T extends DeepGraphInfomax {",
        "  public T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }",
        "}");
    Compilation c = compile(t);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("@ContrastiveTask class T is abstract").inFile(t)
        .onLineContaining("public abstract class T");
    assertThat(c).hadErrorContaining("the task name is empty").inFile(t)
        .onLineContaining("name = \"\"");
    assertThat(c).hadErrorContaining("projectorUnits[0] is 0").inFile(t)
        .onLineContaining("projectorUnits = {0}");
  }

  @Test
  void classThatIsNotPublic() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "class T extends DeepGraphInfomax {",
        DGI_CONSTRUCTOR,
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T is not public; make it public so "
        + "that the generated factory and the runtime can use it", "class T extends");
  }

  @Test
  void interfaceInsteadOfClass() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public interface T {}");
    assertOneError(compile(t), t, "@ContrastiveTask goes on a class; T is an interface: "
        + "declare a class instead", "public interface T");
  }

  @Test
  void innerClass() {
    JavaFileObject t = java("com.example.Outer",
        "public class Outer {",
        "  @ContrastiveTask(name = \"t\")",
        "  public class T extends DeepGraphInfomax {",
        "  " + DGI_CONSTRUCTOR,
        "  }",
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T is an inner class; make it static, "
        + "so that it can be created without an instance of Outer", "public class T");
  }

  @Test
  void nestedInAClassThatIsNotPublic() {
    JavaFileObject t = java("com.example.Outer",
        "class Outer {",
        "  @ContrastiveTask(name = \"t\")",
        "  public static class T extends DeepGraphInfomax {",
        "  " + DGI_CONSTRUCTOR,
        "  }",
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T is nested in Outer, which is not "
        + "public; make Outer public", "public static class T");
  }

  @Test
  void typeParameters() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T<X> extends DeepGraphInfomax {",
        DGI_CONSTRUCTOR,
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T has type parameters, which the "
        + "runtime cannot choose", "public class T<X>");
  }

  @Test
  void wrongSupertype() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T {",
        "  public T() {}",
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T must extend one of the runtime's "
        + "tasks, DeepGraphInfomax, BarlowTwins, VicReg, Triplet or ContrastiveLossTask "
        + "(dev.contrastive4j.runtime.tasks), but it extends java.lang.Object", "public class T");
  }

  @Test
  void noPublicConstructor() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        "  T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }",
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T has no usable constructor: add a "
        + "public constructor whose first parameters are (TaskSettings settings, ParameterStore "
        + "store, long representationDim) as DeepGraphInfomax's", "public class T");
  }

  @Test
  void constructorThatDoesNotStartWithTheBaseParameters() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        "  public T(TaskSettings s, long dim, ParameterStore p) { super(s, p, dim); }",
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T has no usable constructor: its "
        + "first parameters must be (TaskSettings settings, ParameterStore store, long "
        + "representationDim) as DeepGraphInfomax's, followed by @Param or injected parameters; "
        + "it takes (TaskSettings s, long dim, ParameterStore p)", "public T(TaskSettings s");
  }

  @Test
  void barlowTwinsConstructorWithoutItsParameters() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends BarlowTwins {",
        "  public T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim, null, true); }",
        "}");
    assertOneError(compile(t), t, "its first parameters must be (TaskSettings settings, "
        + "ParameterStore store, long representationDim, Double lambda, boolean normalizeBatch) "
        + "as BarlowTwins's", "public T(TaskSettings s");
  }

  @Test
  void twoPublicConstructors() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        DGI_CONSTRUCTOR,
        "  public T(TaskSettings s, ParameterStore p) { super(s, p, 4); }",
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T has 2 public constructors; mark the "
        + "one the runtime should call with @Inject", "public class T");
  }

  @Test
  void twoInjectConstructors() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        "  @Inject",
        DGI_CONSTRUCTOR,
        "  @Inject public T(TaskSettings s, ParameterStore p) { super(s, p, 4); }",
        "}");
    assertOneError(compile(t), t, "@ContrastiveTask class T has more than one @Inject "
        + "constructor; mark only the one the runtime should call",
        "@Inject public T(TaskSettings s, ParameterStore p)");
  }

  @Test
  void injectConstructorThatIsNotPublic() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        "  @Inject T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }",
        "}");
    assertOneError(compile(t), t, "the @Inject constructor of @ContrastiveTask class T is not "
        + "public; make it public so that the generated factory can call it", "@Inject T(");
  }

  @Test
  void constructorWithCheckedExceptions() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        "  public T(TaskSettings s, ParameterStore p, long dim) throws java.io.IOException {",
        "    super(s, p, dim);",
        "  }",
        "}");
    assertOneError(compile(t), t, "the constructor of @ContrastiveTask class T declares checked "
        + "exceptions [java.io.IOException]; the generated factory cannot pass them on: throw "
        + "unchecked exceptions instead", "throws java.io.IOException");
  }

  @Test
  void duplicateNamesInOneCompilation() {
    JavaFileObject a = Sources.dgiTaskAt("com.example.A", "name = \"same\"");
    JavaFileObject b = Sources.dgiTaskAt("com.example.B", "\n    name = \"same\"");
    assertOneError(compile(a, b), b, "the task name \"same\" is already used by com.example.A; "
        + "choose another name", "name = \"same\"");
  }

  @Test
  void namesThatDifferOnlyInCase() {
    JavaFileObject a = Sources.dgiTaskAt("com.example.A", "name = \"my-task\"");
    JavaFileObject b = Sources.dgiTaskAt("com.example.B", "\n    name = \"My-Task\"");
    assertOneError(compile(a, b), b, "the task name \"My-Task\" differs only in case from "
        + "\"my-task\" of com.example.A, and names that differ only in case are one name; "
        + "choose another name", "name = \"My-Task\"");
    JavaFileObject upper = dgiTask("name = \"DGI\"");
    assertOneError(compile(upper), upper, "the task name \"DGI\" is taken by a built-in task "
        + "[barlow-twins, dgi, triplet, vicreg]; choose another name", "name = \"DGI\"");
  }

  @Test
  void nameOfABuiltInTask() {
    JavaFileObject t = dgiTask("name = \"dgi\"");
    assertOneError(compile(t), t, "the task name \"dgi\" is taken by a built-in task "
        + "[barlow-twins, dgi, triplet, vicreg]; choose another name", "name = \"dgi\"");
  }

  @Test
  void emptyName() {
    JavaFileObject t = java("com.example.NoisyTask",
        "@ContrastiveTask(name = \"\")",
        "public class NoisyTask extends DeepGraphInfomax {",
        "  public NoisyTask(TaskSettings s, ParameterStore p, long d) { super(s, p, d); }",
        "}");
    assertOneError(compile(t), t, "the task name is empty; give the task a name such as "
        + "\"noisy-task\"", "name = \"\"");
  }

  @Test
  void nameWithSpaces() {
    JavaFileObject t = dgiTask("name = \"my task\"");
    assertOneError(compile(t), t, "the task name \"my task\" may only contain ASCII letters "
        + "and digits, '-', '_' and '.', and must start with a letter or digit; for example "
        + "\"t\"", "name = \"my task\"");
  }

  /** Before, the message said "only letters" of a name whose letters were all letters. */
  @Test
  void nameWithLettersBeyondAscii() {
    JavaFileObject t = dgiTask("name = \"t\u00e2che\"");
    assertOneError(compile(t), t, "the task name \"t\u00e2che\" may only contain ASCII letters "
        + "and digits", "name = \"t\u00e2che\"");
  }

  /** Before, the second annotation's checks failed on the first's constructor, confusingly. */
  @Test
  void aTaskThatIsAlsoACorruptor() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "@Corruptor(name = \"c\")",
        "public class T extends DeepGraphInfomax implements dev.contrastive4j.api.task.Corruptor {",
        "  public T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    assertOneError(compile(t), t, "a class is one plugin, and T has @ContrastiveTask and "
        + "@Corruptor; keep one, and make the other plugin a class of its own",
        "@Corruptor(name = \"c\")");
  }

  /**
   * Each of three annotations looks at the class: still one error. The class's names are not
   * reported as missing where a task references them.
   */
  @Test
  void aClassWithAllThreePluginAnnotations() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "@Corruptor(name = \"c\")",
        "@Readout(name = \"r\")",
        "public class T extends DeepGraphInfomax implements dev.contrastive4j.api.task.Corruptor,",
        "    dev.contrastive4j.api.task.Readout {",
        "  public T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "  @Override public Tensor read(EncodedGraph g, String set, String feature) {",
        "    return g.state(set, feature);",
        "  }",
        "  @Override public long count(GraphTensor g, String set) { return 0; }",
        "}");
    JavaFileObject u = Sources.dgiTaskAt("com.example.U", "name = \"u\", corruptorName = \"c\"");
    assertOneError(compile(t, u), t, "a class is one plugin, and T has @ContrastiveTask and "
        + "@Corruptor and @Readout; keep one, and make the other plugin a class of its own",
        "@Corruptor(name = \"c\")");
  }

  @Test
  void corruptorReferenceToAClassWithoutTheAnnotation() {
    JavaFileObject plain = java("com.example.PlainNoise",
        "public final class PlainNoise implements dev.contrastive4j.api.task.Corruptor {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    JavaFileObject t = dgiTask("name = \"t\",\n    corruptor = PlainNoise.class");
    assertOneError(compile(plain, t), t, "corruptor = PlainNoise.class, but PlainNoise is not "
        + "annotated @Corruptor; annotate it with @Corruptor(name = \"plain-noise\"), or "
        + "reference a class that is (built-in corruptors are configured in the experiment)",
        "corruptor = PlainNoise.class");
  }

  @Test
  void readoutReferenceToAClassWithoutTheAnnotation() {
    JavaFileObject t = dgiTask("name = \"t\",\n"
        + "    readout = dev.contrastive4j.runtime.readouts.ReadoutFirstNode.class");
    assertOneError(compile(t), t, "readout = ReadoutFirstNode.class, but ReadoutFirstNode is not "
        + "annotated @Readout", "readout = dev.contrastive4j");
  }

  @Test
  void referenceToAnUnknownName() {
    JavaFileObject t = dgiTask("name = \"t\",\n    corruptorName = \"nope\"");
    assertOneError(compile(Sources.corruptor("Noise", "noise"), t), t,
        "corruptorName = \"nope\" names no @Corruptor of this compilation (it has [noise]); "
            + "reference corruptors of other libraries by class, with corruptor = "
            + "TheirClass.class", "corruptorName = \"nope\"");
  }

  /** Before, the task added "names no @Corruptor of this compilation (it has [])". */
  @Test
  void referenceByNameToACorruptorWithAnError() {
    JavaFileObject noise = Sources.corruptor("Noise", "noise", "  public Noise(int k) {}");
    JavaFileObject t = dgiTask("name = \"t\", corruptorName = \"noise\"");
    assertOneError(compile(noise, t), noise, "parameter 'k' (int) of @Corruptor class Noise has "
        + "neither @Param nor a binding annotation", "public Noise(int k)");
  }

  @Test
  void referenceByClassAndByName() {
    JavaFileObject t = dgiTask("name = \"t\", corruptor = Noise.class,\n"
        + "    corruptorName = \"noise\"");
    assertOneError(compile(Sources.corruptor("Noise", "noise"), t), t,
        "set corruptor or corruptorName, not both", "corruptorName = \"noise\"");
  }

  @Test
  void projectorUnitsNotPositive() {
    JavaFileObject t = dgiTask("name = \"t\",\n    projectorUnits = {64, 0}");
    assertOneError(compile(t), t, "projectorUnits[1] is 0; projector units must be positive "
        + "(leave projectorUnits empty for no projector)", "projectorUnits = {64, 0}");
  }

  @Test
  void blankNodeSetOrFeature() {
    JavaFileObject t = dgiTask("name = \"t\",\n    nodeSet = \" \",\n    feature = \"\\t\"");
    Compilation c = compile(t);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("nodeSet is blank; name a node set, or leave nodeSet unset "
        + "for the default").inFile(t).onLineContaining("nodeSet = \" \"");
    assertThat(c).hadErrorContaining("feature is blank").inFile(t)
        .onLineContaining("feature = ");
  }

  @Test
  void negativeLambda() {
    JavaFileObject t = Sources.task("BarlowTwins", "name = \"t\",\n    lambda = -1");
    assertOneError(compile(t), t, "lambda is -1.0; it must be finite and >= 0 (or left unset "
        + "for 1 / dim)", "lambda = -1");
  }

  @Test
  void negativeVicRegWeight() {
    JavaFileObject t = Sources.task("VicReg", "name = \"t\",\n    simWeight = -2");
    assertOneError(compile(t), t, "simWeight is -2.0; it must be finite and >= 0",
        "simWeight = -2");
  }

  @Test
  void infiniteMargin() {
    JavaFileObject t =
        Sources.task("Triplet", "name = \"t\",\n    margin = Double.POSITIVE_INFINITY");
    assertOneError(compile(t), t, "margin is Infinity; it must be finite and >= 0",
        "margin = Double.POSITIVE_INFINITY");
  }

  @Test
  void memberOfAnotherMethod() {
    JavaFileObject t = dgiTask("name = \"t\",\n    lambda = 0.5");
    assertOneError(compile(t), t, "lambda applies to tasks that extend BarlowTwins only, and T "
        + "extends DeepGraphInfomax; remove lambda", "lambda = 0.5");
  }

  /**
   * A member of another method is wrong whatever its value. Before, a bad value added a second
   * error on the same value (margin is -2.0, positiveViewName names no @Corruptor).
   */
  @Test
  void memberOfAnotherMethodWithABadValueIsOneError() {
    JavaFileObject t = dgiTask("name = \"t\",\n    margin = -2,\n    positiveViewName = \"nope\"");
    Compilation c = compile(t);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("margin applies to tasks that extend Triplet only, and T "
        + "extends DeepGraphInfomax; remove margin").inFile(t).onLineContaining("margin = -2");
    assertThat(c).hadErrorContaining("positiveViewName applies to tasks that extend Triplet "
        + "only").inFile(t).onLineContaining("positiveViewName = \"nope\"");
  }

  /** Before, the generated spec and module named the corruptor's classes, and did not compile. */
  @Test
  void referenceByNameToAPluginOfTheDefaultPackage() {
    JavaFileObject loose = Sources.corruptorAt("Loose", "loose");
    JavaFileObject t = dgiTask("name = \"t\",\n    corruptorName = \"loose\"");
    assertOneError(compile(loose, t), t, "corruptorName = \"loose\" names Loose of the default "
        + "package, which the code generated for T in package com.example cannot name; move "
        + "Loose into a package", "corruptorName = \"loose\"");
  }

  /** Before, the task compiled, and Guice never set the field. */
  @Test
  void injectedFieldOrMethod() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        "  @Inject @Named(\"x\") String x;",
        DGI_CONSTRUCTOR,
        "}");
    assertOneError(compile(t), t, "the @Inject field 'x' of @ContrastiveTask class T is never "
        + "injected: the generated factory creates T with its constructor, and Guice injects "
        + "fields and methods only of what it creates itself; take it as a constructor "
        + "parameter instead", "@Inject @Named(\"x\") String x;");
  }

  @Test
  void seedParameterOnATask() {
    JavaFileObject t = Sources.dgiTaskTaking("@Seed long seed");
    assertOneError(compile(t), t, "@Seed parameter 'seed': a task's corruptors are seeded from "
        + "settings.seed(); remove @Seed", "@Seed long seed");
  }

  @Test
  void parameterNamedLikeACommonField() {
    JavaFileObject t = Sources.dgiTaskTaking("@Param(\"x\") String readout");
    assertOneError(compile(t), t, "@Param 'readout' would be the spec field 'readout', which the "
        + "spec already has for the task's 'readout'; rename the parameter", "String readout");
  }

  /** The corruptor's own error says what is wrong; the task that references it adds none. */
  @Test
  void referenceByClassToACorruptorThatFailsItsChecks() {
    JavaFileObject noise = Sources.corruptor("Noise", "noise", "  private Noise() {}");
    Sources.assertErrors(compile(noise, dgiTask("name = \"t\", corruptor = Noise.class")), noise,
        "@Corruptor class Noise has no usable constructor", "public final class Noise");
  }

  /** The base task's parameters are the runtime's to fill: neither configured nor seeded. */
  @Test
  void paramOrSeedOnAParameterOfTheBaseTask() {
    JavaFileObject t = java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        "  public T(TaskSettings s, @Seed ParameterStore p,",
        "      @Param(\"4\") long dim) { super(s, p, dim); }",
        "}");
    String filled = " is passed on to DeepGraphInfomax's constructor, so the runtime fills it";
    Sources.assertErrors(compile(t), t,
        "parameter 'p'" + filled + "; remove @Seed", "@Seed ParameterStore p",
        "parameter 'dim'" + filled + "; remove @Param", "@Param(\"4\") long dim");
  }

  @Test
  void plainValueWithoutParamOrBinding() {
    JavaFileObject t = Sources.dgiTaskTaking("int k");
    assertOneError(compile(t), t, "parameter 'k' (int) of @ContrastiveTask class T has neither "
        + "@Param nor a binding annotation: add @Param(\"<default>\") to configure it from the "
        + "experiment, or a binding annotation (such as @Named) for Guice to inject it", "int k");
  }

  @Test
  void badRegistryOption() {
    Compilation c = Sources.compile(java.util.List.of("-Acontrastive4j.registry=1bad"),
        dgiTask("name = \"t\""));
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("-Acontrastive4j.registry=1bad is not a qualified class "
        + "name; write one such as com.example.MyPlugins");
  }
}
