package dev.contrastive4j.runtime.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.contrastive4j.api.experiment.ConfigProblems;
import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.io.FileInput;
import dev.contrastive4j.runtime.io.JsonDocuments;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link Experiment}s as JSON and YAML, and knows the {@code type} names of
 * their polymorphic parts: the built-in ones plus those registered with
 * {@link #registerTaskType}, {@link #registerCorruptorType} and {@link #registerReadoutType}
 * (generated tasks, user corruptors).
 *
 * <p>Reading reports every problem at once in a {@link ConfigValidationException}: unknown
 * properties (with a did-you-mean), unknown or missing type names (with the known ones), values
 * of the wrong kind, and everything {@link ExperimentValidator} finds in the model, each with
 * its JSON path. What it writes it can read back.
 *
 * <p>Safe to share between threads; registering a type affects reads and writes that start
 * after it.
 */
public final class ExperimentMapper {
  private final List<NamedType> registered = new ArrayList<>();
  private @Nullable Mappers mappers;

  /** A mapper that knows the built-in types only. */
  public ExperimentMapper() {}

  /**
   * A mapper that knows the built-in types and those of every {@link SpecTypeProvider} on the
   * class path.
   */
  public static ExperimentMapper withPlugins() {
    ExperimentMapper mapper = new ExperimentMapper();
    for (SpecTypeProvider provider : ServiceLoader.load(SpecTypeProvider.class)) {
      provider.registerTypes(mapper);
    }
    return mapper;
  }

  /**
   * Lets {@code type: name} choose {@code type} for a task.
   *
   * @throws IllegalArgumentException if the name is taken by another class, or the class
   *     already has another name, or is not a concrete class
   */
  public ExperimentMapper registerTaskType(String name, Class<? extends TaskSpec> type) {
    return register(TaskSpec.class, name, type);
  }

  /**
   * Lets {@code type: name} choose {@code type} for a corruptor.
   *
   * @throws IllegalArgumentException as for {@link #registerTaskType}
   */
  public ExperimentMapper registerCorruptorType(String name,
      Class<? extends CorruptorSpec> type) {
    return register(CorruptorSpec.class, name, type);
  }

  /**
   * Lets {@code type: name} choose {@code type} for a readout.
   *
   * @throws IllegalArgumentException as for {@link #registerTaskType}
   */
  public ExperimentMapper registerReadoutType(String name, Class<? extends ReadoutSpec> type) {
    return register(ReadoutSpec.class, name, type);
  }

  /**
   * The known type names of {@code kind}: {@code EncoderSpec.class}, {@code TaskSpec.class},
   * {@code CorruptorSpec.class} or {@code ReadoutSpec.class}.
   */
  public SortedSet<String> typeNames(Class<?> kind) {
    if (!SpecCatalog.isBase(kind)) {
      throw new IllegalArgumentException(kind.getName() + " is not chosen by a type name; use "
          + "one of " + SpecCatalog.KINDS.keySet().stream().map(Class::getSimpleName).toList());
    }
    return Collections.unmodifiableSortedSet(new TreeSet<>(mappers().catalog.types(kind)
        .keySet()));
  }

  /**
   * The parameters of the {@code kind} type named {@code typeName}: the properties it has in a
   * configuration besides its {@code type}, in declaration order (none for {@code first-node}).
   *
   * @throws IllegalArgumentException if {@code kind} is not chosen by a type name, or no type of
   *     it has that name
   */
  public List<String> parameterNames(Class<?> kind, String typeName) {
    Class<?> type = mappers().catalog.types(kind).get(typeName);
    if (type == null) {
      throw new IllegalArgumentException("no " + SpecCatalog.KINDS.get(kind) + " type is named '"
          + typeName + "'; known: " + String.join(", ", typeNames(kind)));
    }
    return mappers().tree.propertyNames(type);
  }

  /**
   * Reads an experiment from {@code content}: UTF-8 text (a byte order mark is ignored), or
   * UTF-16 text that starts with its byte order mark.
   *
   * @param source the file name to put first in messages, or null
   * @throws ConfigValidationException listing every problem
   */
  public Experiment read(byte[] content, ConfigFormat format, @Nullable String source) {
    String text;
    try {
      text = FileInput.text(content);
    } catch (IllegalArgumentException e) {
      throw new ConfigValidationException(source, List.of(e.getMessage()));
    }
    return read(text, format, source);
  }

  /**
   * Reads an experiment from {@code text}, which must hold one document.
   *
   * @param source the file name to put first in messages, or null
   * @throws ConfigValidationException listing every problem
   */
  public Experiment read(String text, ConfigFormat format, @Nullable String source) {
    Mappers m = mappers();
    JsonNode tree;
    try {
      tree = JsonDocuments.read(format == ConfigFormat.YAML ? m.yaml : m.json, text);
    } catch (JsonProcessingException e) {
      throw new ConfigValidationException(source, List.of(JacksonProblems.syntax(e)));
    }
    return fromTree(tree, source);
  }

  /**
   * Reads an experiment from JSON text.
   *
   * @throws ConfigValidationException listing every problem
   */
  public Experiment readJson(String json) {
    return read(json, ConfigFormat.JSON, null);
  }

  /**
   * Reads an experiment from YAML text.
   *
   * @throws ConfigValidationException listing every problem
   */
  public Experiment readYaml(String yaml) {
    return read(yaml, ConfigFormat.YAML, null);
  }

  /**
   * Reads an experiment from a JSON tree (for example one a command line has edited), which is
   * left as it is.
   *
   * @param source the file name to put first in messages, or null
   * @throws ConfigValidationException listing every problem
   */
  public Experiment fromTree(@Nullable JsonNode tree, @Nullable String source) {
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new ConfigValidationException(source, List.of(
          "is empty; an experiment is an object such as {\"task\": {\"type\": \"dgi\"}}"));
    }
    if (!tree.isObject()) {
      throw new ConfigValidationException(source, List.of(
          "must hold an object of experiment settings, was " + ConfigTree.describe(tree)));
    }
    Mappers m = mappers();
    ConfigProblems problems = ConfigProblems.root();
    ObjectNode checked = ((ObjectNode) tree).deepCopy();
    m.tree.check(checked, Experiment.class, problems);
    Experiment experiment = null;
    // Jackson stops at its first error: report it, set the value aside and bind again, so
    // that every problem is found (each round removes one value, so this ends).
    boolean done = false;
    while (!done) {
      try {
        experiment = m.json.treeToValue(checked, Experiment.class);
        done = true;
      } catch (JsonMappingException e) {
        String problem = JacksonProblems.mapping(e);
        // A null set aside for a primitive is then missing, which Jackson refuses alike: once.
        if (!problems.problems().contains(problem)) {
          problems.report(problem);
        }
        if (!JacksonProblems.remove(checked, e.getPath())) {
          break;
        }
      } catch (JsonProcessingException e) {
        problems.report(e.getOriginalMessage());
        break;
      }
    }
    if (experiment != null) {
      ExperimentValidator.check(problems, experiment);
    }
    if (!problems.isEmpty()) {
      throw new ConfigValidationException(source, problems.problems());
    }
    return Objects.requireNonNull(experiment);
  }

  /**
   * {@code experiment} as a JSON tree: defaults written out, nulls left out.
   *
   * @throws IllegalArgumentException if it holds a part whose type is not registered, or a
   *     value a file cannot hold (such as NaN): it could not be read back
   */
  public ObjectNode toTree(Experiment experiment) {
    Mappers m = mappers();
    ObjectNode tree = m.json.valueToTree(experiment);
    ConfigProblems problems = ConfigProblems.root();
    m.tree.check(tree.deepCopy(), Experiment.class, problems);
    if (!problems.isEmpty()) {
      // Only a type the mapper does not know is a matter of registering types.
      boolean unknownType = problems.problems().stream()
          .anyMatch(p -> p.contains(": unknown ") && p.contains(" type '"));
      throw new IllegalArgumentException("the experiment could not be read back"
          + (unknownType ? " (register its types first)" : "") + ": "
          + String.join("; ", problems.problems()));
    }
    return tree;
  }

  /** {@code experiment} as text in {@code format}. */
  public String write(Experiment experiment, ConfigFormat format) {
    Mappers m = mappers();
    ObjectNode tree = toTree(experiment);
    try {
      return format == ConfigFormat.YAML ? m.yaml.writeValueAsString(tree)
          : m.json.writer(m.prettyPrinter).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e); // trees always write
    }
  }

  /** {@code experiment} as pretty-printed JSON. */
  public String writeJson(Experiment experiment) {
    return write(experiment, ConfigFormat.JSON);
  }

  /** {@code experiment} as YAML. */
  public String writeYaml(Experiment experiment) {
    return write(experiment, ConfigFormat.YAML);
  }

  private synchronized ExperimentMapper register(Class<?> kind, String name, Class<?> type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    String what = SpecCatalog.KINDS.get(kind) + " type";
    if (name.isBlank()) {
      throw new IllegalArgumentException("a " + what + " needs a name, " + type.getName()
          + " was given '" + name + "'");
    }
    if (!kind.isAssignableFrom(type) || type.isInterface()
        || Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalArgumentException("a " + what + " must be a concrete class implementing "
          + kind.getSimpleName() + ", was " + type.getName());
    }
    SpecCatalog catalog = mappers().catalog;
    Class<?> existing = catalog.types(kind).get(name);
    if (existing == type) {
      return this;
    }
    if (existing != null) {
      throw new IllegalArgumentException("the " + what + " '" + name + "' is already "
          + "registered for " + existing.getName());
    }
    String other = catalog.nameOf(kind, type);
    if (other != null) {
      throw new IllegalArgumentException(type.getName() + " is already registered as the "
          + what + " '" + other + "'");
    }
    registered.add(new NamedType(type, name));
    mappers = null;
    return this;
  }

  private synchronized Mappers mappers() {
    if (mappers == null) {
      mappers = new Mappers(registered.toArray(NamedType[]::new));
    }
    return mappers;
  }

  /** The Jackson mappers configured with one set of registered types. */
  private static final class Mappers {
    final ObjectMapper json;
    final ObjectMapper yaml;
    final SpecCatalog catalog;
    final ConfigTree tree;
    final DefaultPrettyPrinter prettyPrinter = new DefaultPrettyPrinter().withSeparators(
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    Mappers(NamedType[] types) {
      // NaN and Infinity are read so that the tree check reports them at their path.
      json = configure(JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)).build();
      // From a plain factory, whose reading defaults (an empty document is null) the builder's
      // own defaults do not all share.
      yaml = configure(YAMLMapper.builder(new YAMLFactory().rebuild()
              .stringQuotingChecker(new ReadBackQuoting()).build())
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)).build();
      // Only the JSON mapper binds; the YAML one reads and writes trees, so needs no types.
      json.registerSubtypes(types);
      catalog = new SpecCatalog(json);
      tree = new ConfigTree(json, catalog);
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B b) {
      return b.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .serializationInclusion(JsonInclude.Include.NON_NULL);
    }
  }
}
