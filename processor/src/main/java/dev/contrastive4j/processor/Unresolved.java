package dev.contrastive4j.processor;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the types a plugin's declaration mentions that do not resolve (yet): its supertypes,
 * its constructors' parameter and exception types, the classes its plugin annotation
 * references, and the constants that values of its plugin annotation and of its constructor
 * parameters' annotations name ({@code @Param(Defaults.RATE)}). Such a type may be one that
 * another processor generates in this round, so the plugin waits for a later round; if it never
 * resolves, javac reports it ("cannot find symbol"), and a message of ours would only repeat
 * that. (An annotation whose type does not resolve cannot be seen: javac leaves it out of the
 * mirrors.)
 */
final class Unresolved {
  private Unresolved() {}

  /** Whether some type in the declaration of {@code type} does not resolve. */
  static boolean in(TypeElement type, AnnotationMirror annotation) {
    for (TypeMirror s = type.asType(); s.getKind() == TypeKind.DECLARED;) {
      TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
      for (TypeMirror i : e.getInterfaces()) {
        if (unresolved(i)) {
          return true;
        }
      }
      s = e.getSuperclass();
      if (s.getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      for (VariableElement p : c.getParameters()) {
        if (unresolved(p.asType())) {
          return true;
        }
        for (AnnotationMirror a : p.getAnnotationMirrors()) {
          if (hasErroneousValue(a)) {
            return true;
          }
        }
      }
      for (TypeMirror t : c.getThrownTypes()) {
        if (unresolved(t)) {
          return true;
        }
      }
    }
    return annotation != null
        && (referencesUnresolved(annotation) || hasErroneousValue(annotation));
  }

  /** Whether a value written in {@code annotation} names a constant that does not resolve. */
  private static boolean hasErroneousValue(AnnotationMirror annotation) {
    for (AnnotationValue v : annotation.getElementValues().values()) {
      if (erroneous(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code v}, or an element of it, does not resolve. javac gives such a value, whatever
   * the member's type, as the string {@code <error>}; a string constant, even one that reads
   * {@code <error>}, prints with its quotes.
   */
  private static boolean erroneous(AnnotationValue v) {
    Object value = v.getValue();
    if (value instanceof List<?> elements) {
      for (Object e : elements) {
        if (e instanceof AnnotationValue element && erroneous(element)) {
          return true;
        }
      }
      return false;
    }
    if (value instanceof AnnotationMirror nested) {
      return hasErroneousValue(nested);
    }
    return value instanceof String && "<error>".equals(v.toString());
  }

  /** Whether a {@code Class} member of {@code annotation} names a class that does not resolve. */
  private static boolean referencesUnresolved(AnnotationMirror annotation) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : annotation.getElementValues().entrySet()) {
      boolean classMember = e.getKey().getReturnType().getKind() == TypeKind.DECLARED
          && ((TypeElement) ((DeclaredType) e.getKey().getReturnType()).asElement())
              .getQualifiedName().contentEquals("java.lang.Class");
      Object value = e.getValue().getValue();
      // javac gives an unresolved class literal as an error type, or as the string "<error>".
      if (classMember && !(value instanceof TypeMirror t && t.getKind() == TypeKind.DECLARED)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t}, or a type in it (component, argument, bound), does not resolve. */
  private static boolean unresolved(TypeMirror t) {
    switch (t.getKind()) {
      case ERROR:
        return true;
      case ARRAY:
        return unresolved(((ArrayType) t).getComponentType());
      case WILDCARD:
        WildcardType w = (WildcardType) t;
        return w.getExtendsBound() != null && unresolved(w.getExtendsBound())
            || w.getSuperBound() != null && unresolved(w.getSuperBound());
      case DECLARED:
        for (TypeMirror a : ((DeclaredType) t).getTypeArguments()) {
          if (unresolved(a)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }
}
