package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import java.util.List;

/**
 * The classes generated code refers to. Runtime and Guice classes are named, not loaded: the
 * processor depends on the api only, while the code it generates compiles in a project that
 * depends on the runtime.
 */
final class Names {
  private Names() {}

  static final String RUNTIME_TASKS = "dev.contrastive4j.runtime.tasks";
  private static final String RUNTIME_INJECT = "dev.contrastive4j.runtime.inject";

  static final ClassName TASK_SETTINGS = ClassName.get(RUNTIME_TASKS, "TaskSettings");
  static final ClassName PARAMETER_STORE =
      ClassName.get("dev.contrastive4j.runtime.tensor", "ParameterStore");
  static final ClassName COMPONENTS_MODULE = ClassName.get(RUNTIME_INJECT, "ComponentsModule");
  static final ClassName DEFERRED_FACTORY = ClassName.get(RUNTIME_INJECT, "DeferredFactory");
  static final ClassName TASK_FACTORY = ClassName.get(RUNTIME_INJECT, "TaskFactory");
  static final ClassName CORRUPTOR_FACTORY = ClassName.get(RUNTIME_INJECT, "CorruptorFactory");
  static final ClassName READOUT_FACTORY = ClassName.get(RUNTIME_INJECT, "ReadoutFactory");
  static final ClassName CORRUPTORS = ClassName.get(RUNTIME_INJECT, "Corruptors");
  static final ClassName TASKS = ClassName.get(RUNTIME_INJECT, "Tasks");
  static final ClassName CONFIG_EXCEPTION = ClassName.get(RUNTIME_INJECT, "ConfigException");

  static final ClassName ABSTRACT_MODULE = ClassName.get("com.google.inject", "AbstractModule");
  static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
  static final ClassName PROVIDER = ClassName.get("jakarta.inject", "Provider");
  /** Constructors marked with either {@code @Inject} are the ones to use. */
  static final String JAKARTA_INJECT = "jakarta.inject.Inject";
  static final String GUICE_INJECT = "com.google.inject.Inject";
  static final String JAKARTA_QUALIFIER = "jakarta.inject.Qualifier";
  static final String GUICE_BINDING_ANNOTATION = "com.google.inject.BindingAnnotation";

  static final ClassName TASK = ClassName.get("dev.contrastive4j.api.task", "Task");
  static final ClassName CORRUPTOR = ClassName.get("dev.contrastive4j.api.task", "Corruptor");
  static final ClassName READOUT = ClassName.get("dev.contrastive4j.api.task", "Readout");
  static final ClassName TASK_SPEC = ClassName.get("dev.contrastive4j.api.experiment", "TaskSpec");
  static final ClassName TRAINING_SPEC =
      ClassName.get("dev.contrastive4j.api.experiment", "TrainingSpec");
  static final ClassName CORRUPTOR_SPEC =
      ClassName.get("dev.contrastive4j.api.experiment", "CorruptorSpec");
  static final ClassName READOUT_SPEC =
      ClassName.get("dev.contrastive4j.api.experiment", "ReadoutSpec");
  static final ClassName ENUM_SETTING =
      ClassName.get("dev.contrastive4j.api.experiment", "EnumSetting");

  // JSpecify (a dependency of the api module, so on every plugin project's class path): the
  // generated specs say which values may be null, which Kotlin reads as exact types.
  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  private static final String DSL = "dev.contrastive4j.api.experiment.dsl";
  static final ClassName BLOCK = ClassName.get(DSL, "Block");
  static final ClassName BLOCK_BUILDER = ClassName.get(DSL, "BlockBuilder");

  private static final String ANNOTATIONS = "dev.contrastive4j.api.annotations";
  static final String CONTRASTIVE_TASK = ANNOTATIONS + ".ContrastiveTask";
  static final String CORRUPTOR_ANNOTATION = ANNOTATIONS + ".Corruptor";
  static final String READOUT_ANNOTATION = ANNOTATIONS + ".Readout";
  /** The annotations that make a class a plugin, in the order messages name them. */
  static final List<String> PLUGIN_ANNOTATIONS =
      List.of(CONTRASTIVE_TASK, CORRUPTOR_ANNOTATION, READOUT_ANNOTATION);
  static final String PARAM = ANNOTATIONS + ".Param";
  static final String SEED = ANNOTATIONS + ".Seed";
  static final ClassName PLUGIN_REGISTRY = ClassName.get(ANNOTATIONS, "PluginRegistry");
  static final ClassName TASK_PLUGIN = ClassName.get(ANNOTATIONS, "TaskPlugin");
  static final ClassName CORRUPTOR_PLUGIN = ClassName.get(ANNOTATIONS, "CorruptorPlugin");
  static final ClassName READOUT_PLUGIN = ClassName.get(ANNOTATIONS, "ReadoutPlugin");
  static final ClassName PARAMETER_INFO = ClassName.get(ANNOTATIONS, "ParameterInfo");

  private static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_TYPE_NAME = ClassName.get(JACKSON_ANNOTATION, "JsonTypeName");
  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANNOTATION, "JsonProperty");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON_ANNOTATION, "JsonCreator");
  static final ClassName JSON_PROPERTY_ORDER =
      ClassName.get(JACKSON_ANNOTATION, "JsonPropertyOrder");
  static final ClassName JSON_INCLUDE = ClassName.get(JACKSON_ANNOTATION, "JsonInclude");
  private static final String JACKSON_DATABIND_ANNOTATION =
      "com.fasterxml.jackson.databind.annotation";
  static final ClassName JSON_SERIALIZE =
      ClassName.get(JACKSON_DATABIND_ANNOTATION, "JsonSerialize");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get(JACKSON_DATABIND_ANNOTATION, "JsonDeserialize");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
}
