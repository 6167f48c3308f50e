package dev.contrastive4j.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * The plugins that wait for a later round: a type their declaration mentions does not resolve
 * yet (see {@link Unresolved}), as another processor may generate it, or they are tasks that
 * reference a plugin which waits. Each later round processes them again until they no longer
 * wait.
 */
final class DeferredPlugins {
  /** By annotation; names, since elements are per round. */
  private final Map<String, Set<String>> waiting = new HashMap<>();
  private final PluginIndex index;

  DeferredPlugins(PluginIndex index) {
    this.index = index;
  }

  /** The classes with {@code annotation} that wait from earlier rounds, by name. */
  List<TypeElement> waiting(String annotation, Elements elements) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : waiting.getOrDefault(annotation, Set.of())) {
      types.add(elements.getTypeElement(name));
    }
    return types;
  }

  /**
   * Whether {@code type}, annotated with {@code annotation}, waits for a later round;
   * remembers it if so, and forgets it otherwise.
   */
  boolean waits(TypeElement type, String annotation) {
    AnnotationMirror mirror = Annotations.find(type, annotation);
    boolean waits = Unresolved.in(type, mirror)
        || annotation.equals(Names.CONTRASTIVE_TASK) && referencesWaiting(mirror);
    String name = type.getQualifiedName().toString();
    if (waits) {
      waiting.computeIfAbsent(annotation, a -> new TreeSet<>()).add(name);
    } else {
      waiting.getOrDefault(annotation, new TreeSet<>()).remove(name);
    }
    return waits;
  }

  /** Whether a task's annotation references, by class or by name, a plugin that waits. */
  private boolean referencesWaiting(AnnotationMirror task) {
    return referencesWaiting(task, ComponentKind.CORRUPTOR, "corruptor", "corruptorName")
        || referencesWaiting(task, ComponentKind.CORRUPTOR, "cleanView", "cleanViewName")
        || referencesWaiting(task, ComponentKind.CORRUPTOR, "positiveView", "positiveViewName")
        || referencesWaiting(task, ComponentKind.READOUT, "readout", "readoutName");
  }

  private boolean referencesWaiting(AnnotationMirror task, ComponentKind kind,
      String classMember, String nameMember) {
    Set<String> waitingOfKind = waiting.getOrDefault(kind.annotation, Set.of());
    if (waitingOfKind.isEmpty()) {
      return false;
    }
    AnnotationValue byClass = Annotations.written(task, classMember);
    if (byClass != null && byClass.getValue() instanceof DeclaredType d
        && waitingOfKind.contains(((TypeElement) d.asElement()).getQualifiedName().toString())) {
      return true;
    }
    // A name matches no plugin while the plugin it names waits.
    AnnotationValue byName = Annotations.written(task, nameMember);
    return byName != null && !((String) byName.getValue()).isEmpty()
        && index.byName(kind, (String) byName.getValue()) == null;
  }
}
