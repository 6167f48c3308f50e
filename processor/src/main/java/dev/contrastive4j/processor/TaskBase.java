package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime tasks a {@code @ContrastiveTask} class may extend, the constructor parameters
 * each passes on, and the annotation members that only apply to it.
 */
enum TaskBase {
  DGI("DeepGraphInfomax", "dgi", TaskSpec.DgiSpec.DEFAULT, List.of(), List.of()),
  BARLOW_TWINS("BarlowTwins", "barlow-twins", TaskSpec.BarlowTwinsSpec.DEFAULT,
      List.of(new BaseParameter(ClassName.get(Double.class), "lambda"),
          new BaseParameter(TypeName.BOOLEAN, "normalizeBatch")),
      List.of("lambda", "normalizeBatch")),
  VICREG("VicReg", "vicreg", TaskSpec.VicRegSpec.DEFAULT,
      List.of(new BaseParameter(TypeName.DOUBLE, "simWeight"),
          new BaseParameter(TypeName.DOUBLE, "varWeight"),
          new BaseParameter(TypeName.DOUBLE, "covWeight")),
      List.of("simWeight", "varWeight", "covWeight")),
  TRIPLET("Triplet", "triplet", TaskSpec.TripletSpec.DEFAULT,
      List.of(new BaseParameter(TypeName.DOUBLE, "margin"),
          new BaseParameter(Names.CORRUPTOR, "positiveView")),
      List.of("margin", "positiveView", "positiveViewName")),
  CUSTOM("ContrastiveLossTask", "custom", null, List.of(), List.of());

  /** A parameter of the base task's constructor. */
  record BaseParameter(TypeName type, String name) {}

  private static final List<BaseParameter> COMMON = List.of(
      new BaseParameter(Names.TASK_SETTINGS, "settings"),
      new BaseParameter(Names.PARAMETER_STORE, "store"),
      new BaseParameter(TypeName.LONG, "representationDim"));

  final String simpleName;
  final String typeName;
  /**
   * The default spec of the built-in task of the same name, whose training schedule a task of
   * this base takes; null for the custom base, which keeps {@code TaskSpec}'s.
   */
  final TaskSpec builtIn;
  private final List<BaseParameter> extra;
  final List<String> members;

  TaskBase(String simpleName, String typeName, TaskSpec builtIn, List<BaseParameter> extra,
      List<String> members) {
    this.simpleName = simpleName;
    this.typeName = typeName;
    this.builtIn = builtIn;
    this.extra = extra;
    this.members = members;
  }

  String qualifiedName() {
    return Names.RUNTIME_TASKS + "." + simpleName;
  }

  /** The parameters a subclass's constructor starts with, as the base's constructor takes them. */
  List<BaseParameter> prefix() {
    List<BaseParameter> all = new ArrayList<>(COMMON);
    all.addAll(extra);
    return all;
  }

  static String simple(TypeName type) {
    return type instanceof ClassName c ? c.simpleName() : type.toString();
  }

  /** The base whose class has {@code qualifiedName}, or null. */
  static TaskBase of(String qualifiedName) {
    for (TaskBase b : values()) {
      if (b.qualifiedName().equals(qualifiedName)) {
        return b;
      }
    }
    return null;
  }

  /** The bases' simple names, for messages. */
  static String list() {
    return "DeepGraphInfomax, BarlowTwins, VicReg, Triplet or ContrastiveLossTask";
  }

  /** The annotation members that belong to some base, by member name. */
  static TaskBase owner(String member) {
    for (TaskBase b : values()) {
      if (b.members.contains(member)) {
        return b;
      }
    }
    return null;
  }
}
