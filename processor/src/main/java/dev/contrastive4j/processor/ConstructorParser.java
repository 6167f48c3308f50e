package dev.contrastive4j.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Chooses the constructor of an annotated class and says where each of its arguments comes
 * from: the base task, a {@code @Param}, the {@code @Seed}, or Guice.
 */
final class ConstructorParser {
  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final Diagnostics diagnostics;

  ConstructorParser(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
    this.diagnostics = diagnostics;
  }

  /**
   * The constructor to call: the one marked {@code @Inject}, else the only public one. Reports
   * why there is none and returns null.
   *
   * @param what the class as messages name it, e.g. {@code @Corruptor class Noise}
   * @param shape what a usable constructor looks like, for the message
   */
  ExecutableElement choose(TypeElement type, String what, String shape) {
    List<ExecutableElement> constructors =
        ElementFilter.constructorsIn(type.getEnclosedElements());
    List<ExecutableElement> marked = new ArrayList<>();
    for (ExecutableElement c : constructors) {
      if (Annotations.has(c, Names.JAKARTA_INJECT) || Annotations.has(c, Names.GUICE_INJECT)) {
        marked.add(c);
      }
    }
    ExecutableElement chosen;
    if (marked.size() > 1) {
      diagnostics.error(what + " has more than one @Inject constructor; mark only the one the "
          + "runtime should call", marked.get(1));
      return null;
    } else if (marked.size() == 1) {
      chosen = marked.get(0);
      if (!chosen.getModifiers().contains(Modifier.PUBLIC)) {
        diagnostics.error("the @Inject constructor of " + what + " is not public; make it "
            + "public so that the generated factory can call it", chosen);
        return null;
      }
    } else {
      List<ExecutableElement> open = new ArrayList<>();
      for (ExecutableElement c : constructors) {
        if (c.getModifiers().contains(Modifier.PUBLIC)) {
          open.add(c);
        }
      }
      if (open.isEmpty()) {
        diagnostics.error(what + " has no usable constructor: add a public constructor " + shape,
            type);
        return null;
      }
      if (open.size() > 1) {
        diagnostics.error(what + " has " + open.size() + " public constructors; mark the one "
            + "the runtime should call with @Inject", type);
        return null;
      }
      chosen = open.get(0);
    }
    if (!chosen.getTypeParameters().isEmpty()) {
      diagnostics.error("the constructor of " + what + " has type parameters, which the "
          + "generated factory cannot choose; remove them", chosen);
      return null;
    }
    List<String> checked = new ArrayList<>();
    TypeMirror runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    for (TypeMirror thrown : chosen.getThrownTypes()) {
      if (!types.isSubtype(thrown, runtimeException) && !types.isSubtype(thrown, error)) {
        checked.add(thrown.toString());
      }
    }
    if (!checked.isEmpty()) {
      diagnostics.error("the constructor of " + what + " declares checked exceptions "
          + checked + "; the generated factory cannot pass them on: throw unchecked exceptions "
          + "instead", chosen);
      return null;
    }
    return chosen;
  }

  /**
   * The arguments of {@code constructor}: first the base task's parameters ({@code prefix},
   * checked by type), then {@code @Param}, {@code @Seed} and injected ones. Reports every
   * problem; returns null if there was one.
   *
   * @param seedRefusal why {@code @Seed} is not allowed here, or null if it is
   * @param reserved JSON names the spec already uses, and what uses them
   * @param specBase the interface the generated spec implements, whose member types hide
   *     types of the same simple name inside the spec
   */
  List<ConstructorArg> arguments(TypeElement type, ExecutableElement constructor, String what,
      List<TaskBase.BaseParameter> prefix, String baseName, String seedRefusal,
      Map<String, String> reserved, ClassName specBase) {
    int before = diagnostics.errors();
    List<? extends VariableElement> parameters = constructor.getParameters();
    Element at = elements.getOrigin(constructor) == Elements.Origin.MANDATED ? type : constructor;
    if (!prefix.isEmpty() && !startsWith(parameters, prefix)) {
      diagnostics.error(what + " has no usable constructor: its first parameters must be "
          + text(prefix)
          + " as " + baseName + "'s, followed by @Param or injected parameters; it takes "
          + actual(parameters), at);
      return null;
    }
    List<ConstructorArg> args = new ArrayList<>();
    Map<String, String> jsonNames = new HashMap<>();
    String seedName = null;
    // The spec's seed field exists whatever the order of the parameters, so a @Param may not
    // take its name even when it comes before the @Seed.
    boolean seedField = false;
    for (int i = prefix.size(); i < parameters.size() && seedRefusal == null; i++) {
      VariableElement p = parameters.get(i);
      seedField |= Annotations.has(p, Names.SEED) && !Annotations.has(p, Names.PARAM);
    }
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement p = parameters.get(i);
      String name = p.getSimpleName().toString();
      AnnotationMirror param = Annotations.find(p, Names.PARAM);
      boolean seed = Annotations.has(p, Names.SEED);
      if (i < prefix.size()) {
        if (param != null || seed) {
          diagnostics.error("parameter '" + name + "' is passed on to " + baseName
              + "'s constructor, so the runtime fills it; remove " + (seed ? "@Seed" : "@Param"),
              p);
        }
        args.add(ConstructorArg.base(name, prefix.get(i).type(), i));
        continue;
      }
      if (param != null && seed) {
        diagnostics.error("parameter '" + name + "' is both @Param and @Seed; keep one", p);
      } else if (seed) {
        if (seedRefusal != null) {
          diagnostics.error("@Seed parameter '" + name + "': " + seedRefusal, p);
        } else if (p.asType().getKind() != TypeKind.LONG) {
          diagnostics.error("@Seed parameter '" + name + "' must be a long, not " + p.asType(), p);
        } else if (seedName != null) {
          diagnostics.error(what + " has two @Seed parameters, '" + seedName + "' and '" + name
              + "'; keep one", p);
        } else {
          seedName = name;
          args.add(ConstructorArg.seed(name));
        }
      } else if (inaccessible(p, type)) {
        continue;
      } else if (param != null) {
        ConfiguredParam c = configured(p, param, specBase);
        if (c != null) {
          String clash = reserved.get(c.jsonName());
          if (clash == null && seedField && c.jsonName().equals("seed")) {
            clash = "its seed";
          }
          String earlier = jsonNames.putIfAbsent(c.jsonName(), name);
          if (clash != null) {
            diagnostics.error("@Param '" + name + "' would be the spec field '" + c.jsonName()
                + "', which the spec already has for " + clash + "; rename the parameter", p);
          } else if (earlier != null) {
            diagnostics.error("@Param '" + name + "' and '" + earlier + "' both become the spec "
                + "field '" + c.jsonName() + "'; rename one", p);
          } else if (SpecWriter.MEMBERS.contains(name)) {
            diagnostics.error("@Param '" + name + "' would be the spec's " + name
                + (Character.isUpperCase(name.charAt(0)) ? "" : "()") + ", which the spec "
                + "already has (every spec has TYPE, DEFAULT and Object's methods); rename the "
                + "parameter", p);
          } else if (specBase.equals(Names.TASK_SPEC) && name.equals(SpecWriter.TASK_MEMBER)) {
            diagnostics.error("@Param '" + name + "' would be the spec's " + name + "(), which "
                + "every task spec has (the task's default epochs and patience); rename the "
                + "parameter", p);
          } else {
            args.add(ConstructorArg.configured(c, TypeName.get(p.asType())));
          }
        }
      } else if (inaccessibleQualifier(p, type)) {
        continue;
      } else {
        List<AnnotationSpec> qualifiers = qualifiers(p);
        TypeMirror t = p.asType();
        // Guice binds int and Integer alike; an enum without @Param is a forgotten one.
        boolean plain = t.getKind().isPrimitive() || isString(t) || isBoxed(t) || isEnum(t);
        if (plain && qualifiers.isEmpty()) {
          diagnostics.error("parameter '" + name + "' (" + t + ") of " + what + " has neither "
              + "@Param nor a binding annotation: add @Param(\"<default>\") to configure it from "
              + "the experiment, or a binding annotation (such as @Named) for Guice to inject it",
              p);
        } else {
          args.add(ConstructorArg.injected(name, TypeName.get(t).box(), qualifiers));
        }
      }
    }
    return diagnostics.errors() == before ? args : null;
  }

  /**
   * Whether the type of {@code p} (or a type in it) cannot be named by the generated spec and
   * factory, which sit in {@code type}'s package; reports it.
   */
  private boolean inaccessible(VariableElement p, TypeElement type) {
    TypeElement hidden = hidden(p.asType(), elements.getPackageOf(type));
    if (hidden == null) {
      return false;
    }
    // The type itself, or one inside it (List<Noise.Mode>), which is then named on its own.
    boolean itself = p.asType() instanceof DeclaredType d && d.asElement().equals(hidden);
    diagnostics.error("parameter '" + p.getSimpleName() + "' has type " + p.asType() + ", "
        + (itself ? "which" : "but " + hidden.getQualifiedName()) + " is "
        + (hidden.getModifiers().contains(Modifier.PRIVATE) ? "private" : "not public")
        + ", and the generated spec and factory in package '"
        + elements.getPackageOf(type).getQualifiedName() + "' must name it; make it public",
        p);
    return true;
  }

  /**
   * Whether a binding annotation of the injected {@code p}, which the generated factory repeats
   * on its provider, names a type (its own, or a class or enum in its values) that code in
   * {@code type}'s package cannot name; reports it.
   */
  private boolean inaccessibleQualifier(VariableElement p, TypeElement type) {
    PackageElement pkg = elements.getPackageOf(type);
    for (AnnotationMirror m : p.getAnnotationMirrors()) {
      if (!isQualifier(m)) {
        continue;
      }
      TypeElement hidden = hidden(m.getAnnotationType(), pkg);
      if (hidden == null) {
        hidden = hiddenIn(m, pkg);
      }
      if (hidden != null) {
        diagnostics.error("parameter '" + p.getSimpleName() + "' has the binding annotation @"
            + m.getAnnotationType().asElement().getSimpleName() + ", but "
            + hidden.getQualifiedName() + " is " + (hidden.getModifiers().contains(
                Modifier.PRIVATE) ? "private" : "not public") + ", and the generated factory in "
            + "package '" + pkg.getQualifiedName() + "' must name it; make it public", p, m);
        return true;
      }
    }
    return false;
  }

  /** The first type that a value of {@code m} names and code in {@code pkg} cannot, or null. */
  private TypeElement hiddenIn(AnnotationMirror m, PackageElement pkg) {
    for (AnnotationValue v : m.getElementValues().values()) {
      TypeElement h = hiddenIn(v.getValue(), pkg);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  private TypeElement hiddenIn(Object value, PackageElement pkg) {
    if (value instanceof TypeMirror t) {
      return hidden(t, pkg);
    } else if (value instanceof VariableElement constant) {
      return hidden(constant.getEnclosingElement().asType(), pkg);
    } else if (value instanceof AnnotationMirror nested) {
      TypeElement h = hidden(nested.getAnnotationType(), pkg);
      return h != null ? h : hiddenIn(nested, pkg);
    } else if (value instanceof List<?> list) {
      for (Object e : list) {
        TypeElement h = hiddenIn(((AnnotationValue) e).getValue(), pkg);
        if (h != null) {
          return h;
        }
      }
    }
    return null;
  }

  /** The first type in {@code t} that code in {@code pkg} cannot name, or null. */
  private TypeElement hidden(TypeMirror t, PackageElement pkg) {
    switch (t.getKind()) {
      case ARRAY:
        return hidden(((ArrayType) t).getComponentType(), pkg);
      case WILDCARD:
        WildcardType w = (WildcardType) t;
        TypeMirror bound = w.getExtendsBound() != null ? w.getExtendsBound() : w.getSuperBound();
        return bound == null ? null : hidden(bound, pkg);
      case DECLARED:
        DeclaredType d = (DeclaredType) t;
        for (Element e = d.asElement(); e instanceof TypeElement te;
            e = e.getEnclosingElement()) {
          boolean samePackage = elements.getPackageOf(te).equals(pkg);
          if (te.getModifiers().contains(Modifier.PRIVATE)
              || !samePackage && !te.getModifiers().contains(Modifier.PUBLIC)) {
            return te;
          }
        }
        for (TypeMirror argument : d.getTypeArguments()) {
          TypeElement h = hidden(argument, pkg);
          if (h != null) {
            return h;
          }
        }
        return null;
      default:
        return null;
    }
  }

  /** Reads a {@code @Param}; reports and returns null when it is not usable. */
  private ConfiguredParam configured(VariableElement p, AnnotationMirror param,
      ClassName specBase) {
    String name = p.getSimpleName().toString();
    TypeMirror t = p.asType();
    ParamKind kind = kindOf(t);
    if (kind == null) {
      diagnostics.error("@Param '" + name + "' has type " + t + "; use boolean, int, long, "
          + "double, String or an enum", p, param);
      return null;
    }
    AnnotationValue valueAt = Annotations.written(param, "value");
    String text = annotations.string(param, "value");
    Object value;
    try {
      value = kind.parse(text);
    } catch (IllegalArgumentException e) {
      diagnostics.error("@Param '" + name + "': the default \"" + text + "\" " + e.getMessage()
          + "; write " + kind.withArticle() + " such as " + example(kind), p, param, valueAt);
      return null;
    }
    TypeName fieldType = TypeName.get(t).box();
    List<String> constants = new ArrayList<>();
    if (kind == ParamKind.ENUM) {
      for (Element e : ((DeclaredType) t).asElement().getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(e.getSimpleName().toString());
        }
      }
      if (!constants.contains(value)) {
        diagnostics.error("@Param '" + name + "': the default \"" + text + "\" is not a "
            + "constant of " + ((DeclaredType) t).asElement().getSimpleName() + "; use one of "
            + constants, p, param, valueAt);
        return null;
      }
      fieldType = TypeName.get(types.erasure(t));
      // The spec names the enum by its simple name when it is in the spec's package; inside
      // the spec, a member type of its interface of that name (ReadoutSpec.Pool) hides it.
      String topLevel = ((ClassName) fieldType).topLevelClassName().simpleName();
      if (memberTypeNames(specBase).contains(topLevel)) {
        String enumName = String.join(".", ((ClassName) fieldType).simpleNames());
        diagnostics.error("@Param '" + name + "' has type " + enumName + ", named like "
            + specBase.simpleName() + "." + topLevel + ", which the generated spec (a "
            + specBase.simpleName() + ") would take for it; rename " + topLevel
            + (topLevel.equals(enumName) ? ", or declare the enum inside the plugin class" : ""),
            p, param);
        return null;
      }
      if (hasCaseTwins(constants, p, param, name, (ClassName) fieldType)) {
        return null;
      }
      // The spec's default names the enum (Mode.SHUFFLE) where the parameter's field is in
      // scope, and a variable named like the type hides it there.
      if (fieldType instanceof ClassName enumType && enumType.simpleNames().contains(name)) {
        diagnostics.error("@Param '" + name + "' is named like its type "
            + String.join(".", enumType.simpleNames()) + ", which the "
            + "generated spec's default (" + String.join(".", enumType.simpleNames()) + "."
            + value + ") would then not find; rename the parameter, for example to '"
            + Character.toLowerCase(name.charAt(0)) + name.substring(1) + "'", p, param);
        return null;
      }
    }
    double min = annotations.number(param, "min");
    double max = annotations.number(param, "max");
    AnnotationValue minAt = Annotations.written(param, "min");
    AnnotationValue maxAt = Annotations.written(param, "max");
    String description = kind == ParamKind.ENUM
        ? EnumChoices.describe(annotations.string(param, "description"), constants)
        : annotations.string(param, "description");
    ConfiguredParam c = new ConfiguredParam(name, SpecField.snake(name), kind, fieldType, value,
        min, max, description);
    if (!kind.isNumber()) {
      if (minAt != null || maxAt != null) {
        diagnostics.error("@Param '" + name + "': min and max bound numbers, and '" + name
            + "' is " + kind.withArticle() + "; remove them", p, param,
            minAt != null ? minAt : maxAt);
        return null;
      }
      return c;
    }
    if (Double.isNaN(min) || Double.isNaN(max)) {
      diagnostics.error("@Param '" + name + "': min and max must be numbers, not NaN", p, param,
          Double.isNaN(min) ? minAt : maxAt);
      return null;
    }
    if (min > max) {
      diagnostics.error("@Param '" + name + "': min " + min + " is greater than max " + max
          + "; swap them", p, param, minAt);
      return null;
    }
    double v = ((Number) value).doubleValue();
    if (v < min || v > max) {
      diagnostics.error("@Param '" + name + "': the default " + text.strip() + " is out of "
          + "range; it must be " + c.rangeText(), p, param, valueAt);
      return null;
    }
    return c;
  }

  /** The simple names of the member types of {@code specBase}, its inherited ones included. */
  private Set<String> memberTypeNames(ClassName specBase) {
    TypeElement base = elements.getTypeElement(specBase.canonicalName());
    Set<String> names = new HashSet<>();
    if (base != null) {
      for (TypeElement member : ElementFilter.typesIn(elements.getAllMembers(base))) {
        names.add(member.getSimpleName().toString());
      }
    }
    return names;
  }

  /**
   * Whether two of an enum's {@code constants} differ only in case, which experiments (that
   * read and write them in lower case) cannot tell apart; reports it.
   */
  private boolean hasCaseTwins(List<String> constants, VariableElement p,
      AnnotationMirror param, String name, ClassName enumType) {
    Map<String, String> byLowerCase = new HashMap<>();
    for (String constant : constants) {
      String other = byLowerCase.putIfAbsent(constant.toLowerCase(Locale.ROOT),
          constant);
      if (other != null) {
        String type = String.join(".", enumType.simpleNames());
        diagnostics.error("@Param '" + name + "': " + type + "." + other + " and " + type + "."
            + constant + " are one name in experiments, which read and write enum constants "
            + "in lower case ('" + constant.toLowerCase(Locale.ROOT) + "'); rename "
            + "one of them", p, param);
        return true;
      }
    }
    return false;
  }

  private ParamKind kindOf(TypeMirror t) {
    switch (t.getKind()) {
      case BOOLEAN:
        return ParamKind.BOOLEAN;
      case INT:
        return ParamKind.INT;
      case LONG:
        return ParamKind.LONG;
      case DOUBLE:
        return ParamKind.DOUBLE;
      case DECLARED:
        if (isString(t)) {
          return ParamKind.STRING;
        }
        return isEnum(t) ? ParamKind.ENUM : null;
      default:
        return null;
    }
  }

  private static String example(ParamKind kind) {
    switch (kind) {
      case BOOLEAN:
        return "\"true\"";
      case INT:
      case LONG:
        return "\"10\"";
      default:
        return "\"0.5\"";
    }
  }

  private static boolean isString(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName()
            .contentEquals("java.lang.String");
  }

  /** Whether {@code t} is a boxed primitive ({@code Integer}, {@code Double}, ...). */
  private boolean isBoxed(TypeMirror t) {
    try {
      types.unboxedType(t);
      return true;
    } catch (IllegalArgumentException notBoxed) {
      return false;
    }
  }

  private static boolean isEnum(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED
        && ((DeclaredType) t).asElement().getKind() == ElementKind.ENUM;
  }

  /** The binding annotations ({@code @Named} and the like) of an injected parameter. */
  private static List<AnnotationSpec> qualifiers(VariableElement p) {
    List<AnnotationSpec> out = new ArrayList<>();
    for (AnnotationMirror m : p.getAnnotationMirrors()) {
      if (isQualifier(m)) {
        out.add(AnnotationSpec.get(m));
      }
    }
    return out;
  }

  /** Whether {@code m} is a binding annotation (jakarta's {@code @Qualifier} or Guice's). */
  private static boolean isQualifier(AnnotationMirror m) {
    Element type = m.getAnnotationType().asElement();
    return Annotations.has(type, Names.JAKARTA_QUALIFIER)
        || Annotations.has(type, Names.GUICE_BINDING_ANNOTATION);
  }

  private boolean startsWith(List<? extends VariableElement> parameters,
      List<TaskBase.BaseParameter> prefix) {
    if (parameters.size() < prefix.size()) {
      return false;
    }
    for (int i = 0; i < prefix.size(); i++) {
      TypeName actual = TypeName.get(types.erasure(parameters.get(i).asType()));
      if (!actual.equals(prefix.get(i).type())) {
        return false;
      }
    }
    return true;
  }

  /** Parameters as Java source: {@code (TaskSettings settings, ParameterStore store, ...)}. */
  static String text(List<TaskBase.BaseParameter> prefix) {
    StringBuilder b = new StringBuilder("(");
    for (TaskBase.BaseParameter p : prefix) {
      b.append(b.length() == 1 ? "" : ", ").append(TaskBase.simple(p.type())).append(' ')
          .append(p.name());
    }
    return b.append(')').toString();
  }

  private static String actual(Collection<? extends VariableElement> parameters) {
    StringBuilder b = new StringBuilder("(");
    for (VariableElement p : parameters) {
      TypeName t = TypeName.get(p.asType());
      b.append(b.length() == 1 ? "" : ", ")
          .append(t instanceof ClassName c ? c.simpleName() : t.toString()).append(' ')
          .append(p.getSimpleName());
    }
    return b.append(')').toString();
  }
}
