package dev.contrastive4j.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The check that a class carries at most one plugin annotation: with several it would get two
 * specs of one name. Every round sees the class again, so each is reported once.
 */
final class PluginAnnotationCheck {
  private final Diagnostics diagnostics;
  private final PluginIndex index;
  /** Classes reported for carrying several plugin annotations. */
  private final Set<String> reported = new HashSet<>();

  PluginAnnotationCheck(Diagnostics diagnostics, PluginIndex index) {
    this.diagnostics = diagnostics;
    this.index = index;
  }

  /**
   * Whether {@code type} carries more than one of the plugin annotations; reports that once,
   * and marks the class failed in the index.
   */
  boolean several(TypeElement type) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (String a : Names.PLUGIN_ANNOTATIONS) {
      AnnotationMirror m = Annotations.find(type, a);
      if (m != null) {
        found.add(m);
      }
    }
    if (found.size() < 2) {
      return false;
    }
    if (reported.add(type.getQualifiedName().toString())) {
      index.failed(type);
      diagnostics.error("a class is one plugin, and " + type.getSimpleName() + " has "
          + found.stream().map(m -> "@" + m.getAnnotationType().asElement().getSimpleName())
              .collect(Collectors.joining(" and "))
          + "; keep one, and make the other plugin a class of its own", type, found.get(1));
    }
    return true;
  }
}
