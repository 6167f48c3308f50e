package dev.contrastive4j.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The plugins of this compilation, over all rounds: by name, so that names stay unique and
 * tasks can reference corruptors and readouts by name, and by class.
 */
final class PluginIndex {
  private final Map<ComponentKind, Map<String, ComponentModel>> byName = new HashMap<>();
  private final Map<String, ComponentModel> byClass = new HashMap<>();
  private final Map<String, Claim> owners = new HashMap<>();
  private final Set<String> failed = new HashSet<>();
  private final Map<ComponentKind, Set<String>> failedNames = new HashMap<>();
  private final Map<String, TaskModel> tasks = new TreeMap<>();

  PluginIndex() {
    for (ComponentKind k : ComponentKind.values()) {
      byName.put(k, new TreeMap<>());
      failedNames.put(k, new HashSet<>());
    }
  }

  /**
   * The claim on {@code name}, or on a name that differs from it only in case, among plugins of
   * {@code word}'s kind; null if there is none. Case does not tell names apart: a task's name
   * names its scaffold file, and case-insensitive file systems would merge the two.
   */
  Claim claimOn(String word, String name) {
    return owners.get(key(word, name));
  }

  void claim(String word, String name, String className) {
    owners.put(key(word, name), new Claim(name, className));
  }

  private static String key(String word, String name) {
    return word + ":" + name.toLowerCase(Locale.ROOT);
  }

  /** A plugin name as its class wrote it, and that class. */
  record Claim(String name, String className) {}

  void add(ComponentModel model) {
    byName.get(model.kind()).put(model.name(), model);
    byClass.put(model.implementation().canonicalName(), model);
  }

  void add(TaskModel model) {
    tasks.put(model.name(), model);
  }

  /**
   * Remembers a class of this compilation whose annotation was wrong (and reported), and the
   * names it claims, so that references to it add no error of their own.
   */
  void failed(TypeElement type) {
    failed.add(type.getQualifiedName().toString());
    for (ComponentKind k : ComponentKind.values()) {
      AnnotationMirror a = Annotations.find(type, k.annotation);
      AnnotationValue name = a == null ? null : Annotations.written(a, "name");
      if (name != null && name.getValue() instanceof String n) {
        failedNames.get(k).add(n);
      }
    }
  }

  /** Whether a class of this compilation with a wrong annotation claims {@code name}. */
  boolean isFailedName(ComponentKind kind, String name) {
    return failedNames.get(kind).contains(name);
  }

  /** Whether {@code type} is a class of this compilation whose annotation was wrong. */
  boolean isFailed(TypeElement type) {
    return failed.contains(type.getQualifiedName().toString());
  }

  ComponentModel byName(ComponentKind kind, String name) {
    return byName.get(kind).get(name);
  }

  Set<String> names(ComponentKind kind) {
    return byName.get(kind).keySet();
  }

  /**
   * The plugin {@code type} (annotated as {@code kind}): from this compilation, or read from the
   * class path. Null when it is of this compilation but was wrong (already reported, see
   * {@link #isFailed}), or a class-path plugin that its own compilation did not make one.
   */
  ComponentModel byClass(TypeElement type, ComponentKind kind, Elements elements, Types types) {
    String qualified = type.getQualifiedName().toString();
    if (failed.contains(qualified)) {
      return null;
    }
    ComponentModel local = byClass.get(qualified);
    return local != null ? local : ComponentParser.fromClassPath(type, kind, elements, types);
  }

  /** Tasks by name. */
  Map<String, TaskModel> tasks() {
    return tasks;
  }

  /** Components of {@code kind} by name. */
  Map<String, ComponentModel> components(ComponentKind kind) {
    return byName.get(kind);
  }

  boolean isEmpty() {
    return tasks.isEmpty() && byClass.isEmpty();
  }
}
