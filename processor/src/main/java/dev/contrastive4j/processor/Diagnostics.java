package dev.contrastive4j.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors on the element (and, where there is one, the annotation value) at fault, and
 * remembers whether any was reported. A silent instance only remembers: it reads plugins of
 * other libraries, whose errors their own compilation reported.
 */
final class Diagnostics {
  private final Messager messager;
  private int errors;

  private Diagnostics(Messager messager) {
    this.messager = messager;
  }

  static Diagnostics reporting(Messager messager) {
    return new Diagnostics(messager);
  }

  static Diagnostics silent() {
    return new Diagnostics(null);
  }

  void error(String message, Element element) {
    error(message, element, null, null);
  }

  void error(String message, Element element, AnnotationMirror annotation) {
    error(message, element, annotation, null);
  }

  /**
   * Reports {@code message} on {@code value} of {@code annotation} on {@code element}; null
   * parts widen the position to the annotation or the element.
   */
  void error(String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    errors++;
    if (messager == null) {
      return;
    }
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }
  }

  /** How many errors were reported so far. */
  int errors() {
    return errors;
  }
}
