package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import dev.contrastive4j.api.annotations.ContrastiveTask;
import dev.contrastive4j.api.experiment.ConfigProblems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checks {@code @ContrastiveTask} classes and reads them into models. */
final class TaskParser {
  private static final String AT = "@ContrastiveTask";

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final PluginIndex index;

  TaskParser(Elements elements, Types types, Diagnostics diagnostics, PluginIndex index) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.annotations = new Annotations(elements);
    this.index = index;
  }

  /** The model of {@code type}, or null after reporting every problem. */
  TaskModel parse(TypeElement type) {
    AnnotationMirror a = Annotations.find(type, Names.CONTRASTIVE_TASK);
    int before = diagnostics.errors();
    ClassChecks checks = new ClassChecks(diagnostics);
    // The class's other faults are reported too; its constructor is checked only once the
    // class is right (see below).
    if (!checks.instantiable(type, AT, false) && !ClassChecks.isClass(type, false)) {
      return null;
    }
    String what = AT + " class " + type.getSimpleName();
    TaskBase base = base(type, what);
    String name = annotations.string(a, "name");
    checks.name(name, "task", BuiltInNames.TASKS, type, a, Annotations.written(a, "name"));
    checks.noInjectedMembers(type, what);

    List<Integer> units = new ArrayList<>();
    // Written whenever it has an element: its default is empty.
    AnnotationValue unitsAt = Annotations.written(a, "projectorUnits");
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> unitValues =
        (List<? extends AnnotationValue>) annotations.value(a, "projectorUnits").getValue();
    for (int i = 0; i < unitValues.size(); i++) {
      int u = (Integer) unitValues.get(i).getValue();
      if (u <= 0) {
        diagnostics.error("projectorUnits[" + i + "] is " + u + "; projector units must be "
            + "positive (leave projectorUnits empty for no projector)", type, a, unitsAt);
      }
      units.add(u);
    }

    ComponentModel corruptor = reference(type, a, "corruptor", "corruptorName",
        ComponentKind.CORRUPTOR);
    ComponentModel cleanView = reference(type, a, "cleanView", "cleanViewName",
        ComponentKind.CORRUPTOR);
    ComponentModel readout = reference(type, a, "readout", "readoutName", ComponentKind.READOUT);
    // On a task of another base, positiveView is wrong whatever it names (reported below).
    ComponentModel positiveView = base == null || base == TaskBase.TRIPLET
        ? reference(type, a, "positiveView", "positiveViewName", ComponentKind.CORRUPTOR)
        : null;

    if (base != null) {
      for (String member : List.of("lambda", "normalizeBatch", "simWeight", "varWeight",
          "covWeight", "margin", "positiveView", "positiveViewName")) {
        AnnotationValue at = Annotations.written(a, member);
        TaskBase owner = TaskBase.owner(member);
        if (at != null && owner != base) {
          diagnostics.error(member + " applies to tasks that extend " + owner.simpleName
              + " only, and " + type.getSimpleName() + " extends " + base.simpleName
              + "; remove " + member, type, a, at);
        }
      }
    }
    // The values of a member that does not apply are not checked: it is wrong whatever it is.
    double lambda = annotations.number(a, "lambda");
    if (!Double.isNaN(lambda) && !(lambda >= 0 && Double.isFinite(lambda))
        && applies("lambda", base)) {
      diagnostics.error("lambda is " + lambda + "; it must be finite and >= 0 (or left unset "
          + "for 1 / dim)", type, a, Annotations.written(a, "lambda"));
    } else if (!Double.isNaN(lambda) && applies("lambda", base)) {
      floatValue("lambda", lambda, type, a);
    }
    for (String member : List.of("simWeight", "varWeight", "covWeight", "margin")) {
      double v = annotations.number(a, member);
      if (!(v >= 0 && Double.isFinite(v)) && applies(member, base)) {
        diagnostics.error(member + " is " + v + "; it must be finite and >= 0", type, a,
            Annotations.written(a, member));
      } else if (applies(member, base)) {
        floatValue(member, v, type, a);
      }
    }
    long seed = (Long) annotations.value(a, "seed").getValue();
    String nodeSet = annotations.string(a, "nodeSet");
    String feature = annotations.string(a, "feature");
    // The experiment's validator refuses blank names; empty is the annotation's "unset".
    for (String member : List.of("nodeSet", "feature")) {
      String value = annotations.string(a, member);
      if (!value.isEmpty() && value.isBlank()) {
        diagnostics.error(member + " is blank; name a " + (member.equals("nodeSet") ? "node set"
            : "feature") + ", or leave " + member + " unset for the default", type, a,
            Annotations.written(a, member));
      }
    }

    if (base == null || diagnostics.errors() != before) {
      return null;
    }
    ExecutableElement constructor = new ConstructorParser(elements, types, diagnostics)
        .choose(type, what, "whose first parameters are "
            + ConstructorParser.text(base.prefix()) + " as " + base.simpleName + "'s");
    if (constructor == null) {
      return null;
    }
    Map<String, String> reserved = new LinkedHashMap<>();
    for (String r : TaskModel.reservedNames(base)) {
      reserved.put(r, "the task's '" + r + "'");
    }
    List<ConstructorArg> args = new ConstructorParser(elements, types, diagnostics).arguments(
        type, constructor, what, base.prefix(), base.simpleName,
        "a task's corruptors are seeded from settings.seed(); remove @Seed", reserved,
        Names.TASK_SPEC);
    if (args == null) {
      return null;
    }
    List<ConfiguredParam> params = new ArrayList<>();
    for (ConstructorArg arg : args) {
      if (arg.role() == ConstructorArg.Role.CONFIGURED) {
        params.add(arg.param());
      }
    }
    return new TaskModel(name, annotations.string(a, "description"), ClassName.get(type), base,
        nodeSet.isEmpty() ? null : nodeSet, feature.isEmpty() ? null : feature, units,
        seed == ContrastiveTask.EXPERIMENT_SEED ? null : seed, corruptor, cleanView, readout,
        base == TaskBase.TRIPLET ? positiveView : null, Double.isNaN(lambda) ? null : lambda,
        (Boolean) annotations.value(a, "normalizeBatch").getValue(),
        annotations.number(a, "simWeight"), annotations.number(a, "varWeight"),
        annotations.number(a, "covWeight"), annotations.number(a, "margin"), args, params);
  }

  /**
   * Reports a value of {@code member} that training, which computes in float, would see as
   * infinite or 0: the spec's own check would refuse it, and with it every experiment that
   * leaves the default.
   */
  private void floatValue(String member, double value, TypeElement type, AnnotationMirror a) {
    String problem = ConfigProblems.floatProblem(value, true);
    if (problem != null) {
      diagnostics.error(member + " " + problem, type, a, Annotations.written(a, member));
    }
  }

  /** Whether {@code member} applies to tasks of {@code base} (or the base is unknown). */
  private static boolean applies(String member, TaskBase base) {
    return base == null || TaskBase.owner(member) == base;
  }

  /** The runtime task {@code type} extends, or null after reporting that it extends none. */
  private TaskBase base(TypeElement type, String what) {
    TypeMirror parent = type.getSuperclass();
    String direct = parent.toString();
    while (parent.getKind() == TypeKind.DECLARED) {
      TypeElement e = (TypeElement) ((DeclaredType) parent).asElement();
      TaskBase b = TaskBase.of(e.getQualifiedName().toString());
      if (b != null) {
        return b;
      }
      parent = e.getSuperclass();
    }
    // A supertype that does not resolve (no contrastive4j-runtime on the class path) never gets
    // here: the processor defers the class, and javac reports the missing symbol.
    diagnostics.error(what + " must extend one of the runtime's tasks, " + TaskBase.list()
        + " (" + Names.RUNTIME_TASKS + "), but it extends " + direct, type);
    return null;
  }

  /**
   * The plugin that {@code classMember} or {@code nameMember} references, or null when neither
   * is set or the reference is wrong (reported).
   */
  private ComponentModel reference(TypeElement type, AnnotationMirror a, String classMember,
      String nameMember, ComponentKind kind) {
    AnnotationValue classAt = Annotations.written(a, classMember);
    AnnotationValue nameAt = Annotations.written(a, nameMember);
    TypeElement referenced = null;
    if (classAt != null && classAt.getValue() instanceof DeclaredType d) {
      TypeElement e = (TypeElement) d.asElement();
      if (!e.getQualifiedName().contentEquals(kind.contract.canonicalName())) {
        referenced = e;
      }
    }
    String name = nameAt == null ? "" : (String) nameAt.getValue();
    if (referenced != null && !name.isEmpty()) {
      diagnostics.error("set " + classMember + " or " + nameMember + ", not both", type, a,
          nameAt);
      return null;
    }
    if (referenced != null) {
      if (!Annotations.has(referenced, kind.annotation)) {
        diagnostics.error(classMember + " = " + referenced.getSimpleName() + ".class, but "
            + referenced.getSimpleName() + " is not annotated " + kind.at() + "; annotate it with "
            + kind.at() + "(name = \"" + ClassChecks.suggestion(referenced) + "\"), or reference "
            + "a class that is (built-in " + kind.word + "s are configured in the experiment)",
            type, a, classAt);
        return null;
      }
      ComponentModel m = index.byClass(referenced, kind, elements, types);
      if (m == null && !index.isFailed(referenced)) {
        // A class of another library; the generated code would name its missing spec, or the
        // task would silently go without it.
        diagnostics.error(classMember + " = " + referenced.getSimpleName() + ".class, but "
            + referenced.getQualifiedName() + " on the class path is no usable " + kind.at()
            + ": its library was compiled without contrastive4j-processor (there is no "
            + SpecField.sibling(ClassName.get(referenced), "Spec").simpleName() + "), or fails "
            + "its checks; compile the library with the processor, which reports why",
            type, a, classAt);
      }
      return m;
    }
    if (!name.isEmpty()) {
      ComponentModel m = index.byName(kind, name);
      if (m == null && !index.isFailedName(kind, name)) {
        diagnostics.error(nameMember + " = \"" + name + "\" names no " + kind.at() + " of this "
            + "compilation (it has " + index.names(kind) + "); reference " + kind.word + "s of "
            + "other libraries by class, with " + classMember + " = TheirClass.class", type, a,
            nameAt);
      }
      String pkg = elements.getPackageOf(type).getQualifiedName().toString();
      if (m != null && m.implementation().packageName().isEmpty() && !pkg.isEmpty()) {
        // Code in a named package cannot name classes of the default package.
        diagnostics.error(nameMember + " = \"" + name + "\" names "
            + m.implementation().simpleName() + " of the default package, which the code "
            + "generated for " + type.getSimpleName() + " in package " + pkg + " cannot name; "
            + "move " + m.implementation().simpleName() + " into a package", type, a, nameAt);
        return null;
      }
      return m;
    }
    return null;
  }
}
