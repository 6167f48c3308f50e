package dev.contrastive4j.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.contrastive4j.api.annotations.StandardParameters;
import dev.contrastive4j.api.task.EncodedGraph;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A checked {@code @ContrastiveTask} class: the annotation's values (nulls where the runtime's
 * default applies) and the constructor the factory calls.
 */
record TaskModel(
    String name,
    String description,
    ClassName implementation,
    TaskBase base,
    String nodeSet,
    String feature,
    List<Integer> projectorUnits,
    Long seed,
    ComponentModel corruptor,
    ComponentModel cleanView,
    ComponentModel readout,
    ComponentModel positiveView,
    Double lambda,
    boolean normalizeBatch,
    double simWeight,
    double varWeight,
    double covWeight,
    double margin,
    List<ConstructorArg> args,
    List<ConfiguredParam> params) {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  ClassName spec() {
    return SpecField.sibling(implementation, "Spec");
  }

  ClassName factory() {
    return SpecField.sibling(implementation, "Factory");
  }

  ClassName module() {
    return SpecField.sibling(implementation, "Module");
  }

  /** The referenced plugins (corruptors and readouts) whose modules the task's module installs. */
  List<ComponentModel> references() {
    List<ComponentModel> refs = new ArrayList<>();
    for (ComponentModel c : new ComponentModel[] {corruptor, cleanView, readout, positiveView}) {
      if (c != null
          && refs.stream().noneMatch(r -> r.implementation().equals(c.implementation()))) {
        refs.add(c);
      }
    }
    return refs;
  }

  /**
   * The generated spec's fields: those of every task ({@code TaskSpec}'s), then the base
   * method's, then the configured parameters.
   */
  List<SpecField> fields() {
    List<SpecField> f = new ArrayList<>();
    ClassName string = ClassName.get(String.class);
    f.add(common("nodeSet", string, nodeSet == null ? null : CodeBlock.of("$S", nodeSet),
        text(nodeSet), "string"));
    // The default is written out, as the built-in specs write it.
    String featureOrDefault = feature != null ? feature : EncodedGraph.HIDDEN_STATE;
    f.add(common("feature", string, CodeBlock.of("$S", featureOrDefault),
        text(featureOrDefault), "string"));
    ArrayNode units = JSON.arrayNode();
    projectorUnits.forEach(units::add);
    CodeBlock unitsCode = CodeBlock.of("$T.of($L)", List.class,
        String.join(", ", projectorUnits.stream().map(String::valueOf).toList()));
    f.add(new SpecField("projectorUnits", "projector_units",
        ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Integer.class)),
        unitsCode, true, units, "int[]", StandardParameters.describe("projector_units"), true));
    f.add(common("seed", TypeName.LONG.box(), seed == null ? null : CodeBlock.of("$LL", seed),
        seed == null ? JSON.nullNode() : JSON.numberNode(seed), "long"));
    // Where the base task's default view is a spec, the spec holds it, as the built-in ones do.
    boolean twoViews = base == TaskBase.BARLOW_TWINS || base == TaskBase.VICREG;
    f.add(reference("corruptor", "corruptor", corruptor, Names.CORRUPTOR_SPEC, true,
        twoViews ? DefaultSpec.AUGMENTATION : null));
    f.add(reference("cleanView", "clean_view", cleanView, Names.CORRUPTOR_SPEC, true,
        twoViews ? DefaultSpec.AUGMENTATION : null));
    f.add(reference("readout", "readout", readout, Names.READOUT_SPEC, true,
        DefaultSpec.ALL_NODES));
    switch (base) {
      case BARLOW_TWINS:
        f.add(number("lambda", "lambda", lambda));
        f.add(new SpecField("normalizeBatch", "normalize_batch", TypeName.BOOLEAN.box(),
            CodeBlock.of("$L", normalizeBatch), false, JSON.booleanNode(normalizeBatch),
            "boolean", StandardParameters.describe("normalize_batch"), false));
        break;
      case VICREG:
        f.add(number("simWeight", "sim_weight", simWeight));
        f.add(number("varWeight", "var_weight", varWeight));
        f.add(number("covWeight", "cov_weight", covWeight));
        break;
      case TRIPLET:
        f.add(number("margin", "margin", margin));
        f.add(reference("positiveView", "positive_view", positiveView, Names.CORRUPTOR_SPEC,
            false, DefaultSpec.AUGMENTATION));
        break;
      default:
        break;
    }
    for (ConfiguredParam p : params) {
      f.add(p.field());
    }
    return f;
  }

  /**
   * The generated spec's methods besides its fields' accessors: the base task's training
   * schedule, so that a task extending {@code VicReg} trains as long as {@code vicreg} does. A
   * task of the custom base keeps {@code TaskSpec}'s default schedule.
   */
  List<MethodSpec> specMethods() {
    if (base.builtIn == null) {
      return List.of();
    }
    return List.of(MethodSpec.methodBuilder("defaultTraining")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Names.TRAINING_SPEC)
        .addStatement("return $T.DEFAULT.defaultTraining()",
            ClassName.get(base.builtIn.getClass()))
        .addJavadoc("The schedule of {@code $L}, the task this one extends.\n", base.typeName)
        .build());
  }

  /** The spec with every default, as JSON: {@code {"type": name, ...}}. */
  ObjectNode defaultJson() {
    ObjectNode node = JSON.objectNode();
    node.put("type", name);
    for (SpecField f : fields()) {
      node.set(f.jsonName(), f.defaultJson());
    }
    return node;
  }

  /** The JSON names every task spec has, plus the base method's. */
  static List<String> reservedNames(TaskBase base) {
    List<String> names = new ArrayList<>(List.of("type", "node_set", "feature",
        "projector_units", "seed", "corruptor", "clean_view", "readout"));
    for (TaskBase.BaseParameter p : base.prefix().subList(3, base.prefix().size())) {
      names.add(SpecField.snake(p.name()));
    }
    return names;
  }

  private static SpecField common(String javaName, TypeName type, CodeBlock code, JsonNode json,
      String label) {
    String jsonName = SpecField.snake(javaName);
    return new SpecField(javaName, jsonName, type, code, false, json, label,
        StandardParameters.describe(jsonName), true);
  }

  /**
   * A corruptor or readout field: {@code ref}'s spec by default, else {@code fallback} (the
   * base task's default, as a built-in spec), else null.
   */
  private static SpecField reference(String javaName, String jsonName, ComponentModel ref,
      ClassName type, boolean inherited, DefaultSpec fallback) {
    return new SpecField(javaName, jsonName, type,
        ref != null ? CodeBlock.of("$T.DEFAULT", ref.spec())
            : fallback != null ? fallback.code() : null, false,
        ref != null ? ref.defaultJson() : fallback != null ? fallback.json() : JSON.nullNode(),
        type == Names.READOUT_SPEC ? "readout" : "corruptor",
        StandardParameters.describe(jsonName), inherited);
  }

  private static SpecField number(String javaName, String jsonName, Double value) {
    return new SpecField(javaName, jsonName, TypeName.DOUBLE.box(),
        value == null ? null : CodeBlock.of("$L", Double.toString(value)), false,
        value == null ? JSON.nullNode() : JSON.numberNode(value), "double",
        StandardParameters.describe(jsonName), false);
  }

  private static JsonNode text(String value) {
    return value == null ? JSON.nullNode() : JSON.textNode(value);
  }
}
