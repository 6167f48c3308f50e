package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates factories: the runtime's {@code TaskFactory}, {@code CorruptorFactory} or
 * {@code ReadoutFactory} for one plugin. Guice creates the factory, injecting providers of the
 * constructor's injected parameters (assisted injection); the factory checks the configured
 * values and calls the constructor.
 */
final class FactoryWriter {
  private FactoryWriter() {}

  static TypeSpec component(ComponentModel m) {
    TypeSpec.Builder type = factoryType(m.factory(), m.kind().factory, m.args(),
        "Makes {@link $T}s from {@link $T}s (the " + m.kind().word + " \"" + m.name() + "\").",
        m.implementation(), m.spec());
    MethodSpec.Builder create = MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(m.kind().contract)
        .addParameter(m.kind().specBase, "spec");
    if (m.kind() == ComponentKind.CORRUPTOR) {
      create.addParameter(TypeName.LONG, "seed");
    }
    create.addParameter(String.class, "path");
    create.addStatement("$T s = ($T) spec", m.spec(), m.spec());
    for (ConfiguredParam p : m.params()) {
      rangeCheck(create, p, CodeBlock.of("path + $S", "." + p.jsonName()));
    }
    List<CodeBlock> args = new ArrayList<>();
    for (ConstructorArg a : m.args()) {
      switch (a.role()) {
        case CONFIGURED -> args.add(CodeBlock.of("s.$N()", a.param().javaName()));
        case SEED -> args.add(CodeBlock.of("s.seed() != null ? s.seed() : seed"));
        case INJECTED -> args.add(CodeBlock.of("this.$N.get()", a.name()));
        default -> throw new AssertionError(a);
      }
    }
    create.addStatement("return new $T($L)", m.implementation(), CodeBlock.join(args, ",$W"));
    return type.addMethod(create.build()).build();
  }

  static TypeSpec task(TaskModel m) {
    TypeSpec.Builder type = factoryType(m.factory(), Names.TASK_FACTORY, m.args(),
        "Makes {@link $T}s from {@link $T}s (the task \"" + m.name() + "\").",
        m.implementation(), m.spec());
    MethodSpec.Builder create = MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Names.TASK)
        .addParameter(Names.TASK_SPEC, "spec")
        .addParameter(Names.TASK_SETTINGS, "settings")
        .addParameter(Names.PARAMETER_STORE, "store")
        .addParameter(TypeName.LONG, "representationDim")
        .addParameter(Names.CORRUPTORS, "corruptors");
    create.addStatement("$T s = ($T) spec", m.spec(), m.spec());
    switch (m.base()) {
      case BARLOW_TWINS -> {
        create.beginControlFlow("if (s.lambda() != null && !(s.lambda() >= 0 && "
            + "$T.isFinite(s.lambda())))", Double.class)
            .addStatement("throw new $T($S, $S + s.lambda())", Names.CONFIG_EXCEPTION,
                "task.lambda", "must be finite and >= 0, was ")
            .endControlFlow();
      }
      case VICREG -> {
        for (String w : List.of("simWeight", "varWeight", "covWeight")) {
          nonNegative(create, w);
        }
      }
      case TRIPLET -> nonNegative(create, "margin");
      default -> { }
    }
    for (ConfiguredParam p : m.params()) {
      rangeCheck(create, p, CodeBlock.of("$S", "task." + p.jsonName()));
    }
    boolean twoViews = m.base() == TaskBase.BARLOW_TWINS || m.base() == TaskBase.VICREG;
    List<CodeBlock> args = new ArrayList<>();
    for (ConstructorArg a : m.args()) {
      switch (a.role()) {
        case BASE -> args.add(baseArgument(m.base().prefix().get(a.prefixIndex()).name(),
            twoViews));
        case CONFIGURED -> args.add(CodeBlock.of("s.$N()", a.param().javaName()));
        case INJECTED -> args.add(CodeBlock.of("this.$N.get()", a.name()));
        default -> throw new AssertionError(a);
      }
    }
    create.addStatement("return new $T($L)", m.implementation(), CodeBlock.join(args, ",$W"));
    return type.addMethod(create.build()).build();
  }

  /** What the factory passes for one of the base task's constructor parameters. */
  private static CodeBlock baseArgument(String name, boolean twoViews) {
    return switch (name) {
      case "settings" -> twoViews
          ? CodeBlock.of("$T.twoViews(settings, corruptors)", Names.TASKS)
          : CodeBlock.of("settings");
      case "store", "representationDim" -> CodeBlock.of("$N", name);
      case "positiveView" -> CodeBlock.of("$T.positiveView(s.positiveView(), settings, "
          + "corruptors)", Names.TASKS);
      default -> CodeBlock.of("s.$N()", name);
    };
  }

  private static void nonNegative(MethodSpec.Builder create, String member) {
    String json = SpecField.snake(member);
    create.beginControlFlow("if (!(s.$N() >= 0 && $T.isFinite(s.$N())))", member, Double.class,
            member)
        .addStatement("throw new $T($S, $S + s.$N())", Names.CONFIG_EXCEPTION, "task." + json,
            "must be finite and >= 0, was ", member)
        .endControlFlow();
  }

  /**
   * Rejects a configured double that is not a finite number (a spec made in code is not
   * validated as a file is), and a value outside the parameter's {@code min} and {@code max}.
   *
   * @param path the expression of the value's path in the experiment, for the message
   */
  private static void rangeCheck(MethodSpec.Builder create, ConfiguredParam p, CodeBlock path) {
    if (p.kind() == ParamKind.DOUBLE) {
      create.beginControlFlow("if (!$T.isFinite(s.$N()))", Double.class, p.javaName())
          .addStatement("throw new $T($L, $S + s.$N())", Names.CONFIG_EXCEPTION, path,
              "must be a finite number, was ", p.javaName())
          .endControlFlow();
    }
    if (!p.kind().isNumber() || !p.bounded()) {
      return;
    }
    create.beginControlFlow("if (!($L))", withinBounds(p, CodeBlock.of("s.$N()", p.javaName())))
        .addStatement("throw new $T($L, $S + s.$N())", Names.CONFIG_EXCEPTION, path,
            "must be " + p.rangeText() + ", was ", p.javaName())
        .endControlFlow();
  }

  /** The test that {@code value} is within the bounds of the (bounded, numeric) {@code p}. */
  static CodeBlock withinBounds(ConfiguredParam p, CodeBlock value) {
    List<CodeBlock> tests = new ArrayList<>();
    if (p.min() != Double.NEGATIVE_INFINITY) {
      tests.add(CodeBlock.of("$L >= $L", value, literal(p, p.min())));
    }
    if (p.max() != Double.POSITIVE_INFINITY) {
      tests.add(CodeBlock.of("$L <= $L", value, literal(p, p.max())));
    }
    return CodeBlock.join(tests, " && ");
  }

  private static String literal(ConfiguredParam p, double bound) {
    if (p.kind() != ParamKind.DOUBLE && bound == Math.rint(bound) && Math.abs(bound) < 1e15) {
      // An int compared with a bound beyond the int range needs a long literal to compile.
      boolean fitsInt = bound >= Integer.MIN_VALUE && bound <= Integer.MAX_VALUE;
      return Long.toString((long) bound)
          + (p.kind() == ParamKind.LONG || !fitsInt ? "L" : "");
    }
    return Double.toString(bound);
  }

  /** The factory class: a field and constructor parameter per injected argument. */
  private static TypeSpec.Builder factoryType(ClassName factory, ClassName contract,
      List<ConstructorArg> args, String about, ClassName implementation, ClassName spec) {
    TypeSpec.Builder type = TypeSpec.classBuilder(factory)
        // The provider fields are named like the parameters; see SpecWriter.
        .alwaysQualify(args.stream().filter(a -> a.role() == ConstructorArg.Role.INJECTED)
            .map(ConstructorArg::name).toArray(String[]::new))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(contract)
        .addAnnotation(Generated.annotation())
        .addAnnotation(Generated.suppressWarnings("rawtypes"))
        .addJavadoc(about + " Generated by the contrastive4j processor.\n", implementation,
            spec);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Names.INJECT)
        .addJavadoc("Guice calls this with providers of the injected constructor parameters.\n");
    for (ConstructorArg a : args) {
      if (a.role() != ConstructorArg.Role.INJECTED) {
        continue;
      }
      TypeName provider = ParameterizedTypeName.get(Names.PROVIDER, a.type());
      type.addField(FieldSpec.builder(provider, a.name(), Modifier.PRIVATE, Modifier.FINAL)
          .build());
      constructor.addParameter(ParameterSpec.builder(provider, a.name())
          .addAnnotations(a.qualifiers()).build());
      constructor.addStatement("this.$N = $N", a.name(), a.name());
    }
    return type.addMethod(constructor.build());
  }
}
