package dev.contrastive4j.processor;

import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** The checks every annotated class and every plugin name must pass. */
final class ClassChecks {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Diagnostics diagnostics;

  ClassChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Whether {@code type} is a class (or, where {@code recordsAllowed}, a record). */
  static boolean isClass(TypeElement type, boolean recordsAllowed) {
    return type.getKind() == ElementKind.CLASS
        || recordsAllowed && type.getKind() == ElementKind.RECORD;
  }

  /**
   * Checks that the runtime can instantiate {@code type}: a public, concrete, top-level or
   * static nested class (or, where {@code recordsAllowed}, a record) without type parameters.
   * Reports each problem; returns whether there was none.
   */
  boolean instantiable(TypeElement type, String annotation, boolean recordsAllowed) {
    int before = diagnostics.errors();
    String simple = type.getSimpleName().toString();
    ElementKind kind = type.getKind();
    if (!isClass(type, recordsAllowed)) {
      diagnostics.error(annotation + " goes on a class; " + simple + " is "
          + article(kind) + ": declare a class instead", type);
      return false;
    }
    String what = annotation + " class " + simple;
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      diagnostics.error(what + " is not public; make it public so that the generated factory "
          + "and the runtime can use it", type);
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(what + " is abstract; the runtime must instantiate it: remove "
          + "'abstract', or annotate a concrete subclass instead", type);
    }
    if (type.getNestingKind() == NestingKind.MEMBER) {
      if (!type.getModifiers().contains(Modifier.STATIC) && kind == ElementKind.CLASS) {
        diagnostics.error(what + " is an inner class; make it static, so that it can be created "
            + "without an instance of " + type.getEnclosingElement().getSimpleName(), type);
      }
      for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement;
          outer = outer.getEnclosingElement()) {
        if (!outer.getModifiers().contains(Modifier.PUBLIC)) {
          diagnostics.error(what + " is nested in " + outer.getSimpleName() + ", which is not "
              + "public; make " + outer.getSimpleName() + " public", type);
        }
      }
    }
    // Local and anonymous classes are no members of what javac hands a processor, nor can
    // another class's annotation name one: they never get here.
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(what + " has type parameters, which the runtime cannot choose; remove "
          + "them, or annotate a subclass that fixes them", type);
    }
    return diagnostics.errors() == before;
  }

  /**
   * Checks that neither {@code type} nor a superclass has {@code @Inject} fields or methods: the
   * generated factory calls the constructor itself, so Guice never injects them. Reports each.
   *
   * @param what the class as messages name it, e.g. {@code @Corruptor class Noise}
   */
  void noInjectedMembers(TypeElement type, String what) {
    for (TypeElement c = type; c != null; c = superclass(c)) {
      for (Element member : c.getEnclosedElements()) {
        ElementKind k = member.getKind();
        if (k != ElementKind.FIELD && k != ElementKind.METHOD) {
          continue;
        }
        AnnotationMirror inject = Annotations.find(member, Names.JAKARTA_INJECT);
        if (inject == null) {
          inject = Annotations.find(member, Names.GUICE_INJECT);
        }
        if (inject == null) {
          continue;
        }
        String kind = k == ElementKind.FIELD ? "field" : "method";
        String fix = k == ElementKind.FIELD ? "; take it as a constructor parameter instead"
            : "; take what it needs as constructor parameters instead";
        if (c.equals(type)) {
          diagnostics.error("the @Inject " + kind + " '" + member.getSimpleName() + "' of "
              + what + " is never injected: the generated factory creates "
              + type.getSimpleName() + " with its constructor, and Guice injects fields and "
              + "methods only of what it creates itself" + fix, member, inject);
        } else {
          diagnostics.error(what + " inherits the @Inject " + kind + " '"
              + member.getSimpleName() + "' of " + c.getSimpleName() + ", which is never "
              + "injected: the generated factory creates " + type.getSimpleName() + " with its "
              + "constructor, and Guice injects fields and methods only of what it creates "
              + "itself" + fix, type);
        }
      }
    }
  }

  private static TypeElement superclass(TypeElement type) {
    return type.getSuperclass() instanceof DeclaredType d
        ? (TypeElement) d.asElement() : null;
  }

  /**
   * Checks a plugin name: not empty, of allowed characters, not a built-in name. Reports on the
   * annotation's {@code name}.
   *
   * @param word what is named: task, corruptor or readout
   */
  void name(String name, String word, java.util.Set<String> builtIns, TypeElement type,
      AnnotationMirror annotation, AnnotationValue at) {
    if (name.isEmpty()) {
      diagnostics.error("the " + word + " name is empty; give the " + word + " a name such as \""
          + suggestion(type) + "\"", type, annotation, at);
      return;
    }
    if (!NAME.matcher(name).matches()) {
      diagnostics.error("the " + word + " name \"" + name + "\" may only contain ASCII "
          + "letters and digits, '-', '_' and '.', and must start with a letter or digit; for "
          + "example \""
          + suggestion(type) + "\"", type, annotation, at);
      return;
    }
    // Built-in names are lower case; case does not tell names apart (see PluginIndex).
    if (builtIns.contains(name.toLowerCase(Locale.ROOT))) {
      diagnostics.error("the " + word + " name \"" + name + "\" is taken by a built-in " + word
          + " " + builtIns + "; choose another name", type, annotation, at);
    }
  }

  /** A name made from the class's: {@code NoisyDgi} gives {@code noisy-dgi}. */
  static String suggestion(TypeElement type) {
    // Class names may hold '$' and start with '_', which names may not.
    String s = SpecField.snake(type.getSimpleName().toString())
        .replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^[^A-Za-z0-9]+|-+$", "");
    return s.isEmpty() ? "my-plugin" : s;
  }

  private static String article(ElementKind kind) {
    String word = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (kind == ElementKind.ANNOTATION_TYPE) {
      word = "annotation type";
    }
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }
}
