package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.testing.compile.Compilation;
import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import dev.contrastive4j.runtime.plugins.PluginSpecTypes;
import dev.contrastive4j.runtime.plugins.Plugins;
import dev.contrastive4j.runtime.plugins.Scaffolds;
import dev.contrastive4j.runtime.tasks.ContrastiveLossTask;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated code of {@link PluginSources}: it compiles without warnings under
 * {@code -Xlint:all -Werror}, and, loaded, its registry, specs, JSON, scaffolds, factories and
 * Guice modules do what the annotations say.
 */
class GeneratedCodeTest {
  @TempDir static Path output;

  private static LoadedPlugins loaded;
  private static Compilation compilation;
  private static Plugins plugins;
  private static ObjectMapper json;

  @BeforeAll
  static void compileAndLoad() throws Exception {
    loaded = LoadedPlugins.compile(output, PluginSources.ALL);
    compilation = loaded.compilation;
    plugins = loaded.plugins;
    json = loaded.json;
  }

  @AfterAll
  static void close() throws Exception {
    loaded.close();
  }

  private static TaskPlugin task(String name) {
    return plugins.task(name).orElseThrow();
  }

  private static Object get(Object target, String member) throws Exception {
    try {
      return target.getClass().getMethod(member).invoke(target);
    } catch (NoSuchMethodException e) {
      return target.getClass().getField(member).get(target);
    }
  }

  private static Task build(TaskSpec spec) {
    return loaded.build(spec);
  }

  @Test
  void generatedSourcesCompileWithoutWarningsUnderXlintAllAndWerror() {
    Sources.assertCompilesCleanly(compilation,
        PluginSources.ALL.toArray(new JavaFileObject[0]));
    for (String type : List.of("Knobs", "Scaled", "DgiPlus", "BtPlus", "VicPlus",
        "TripletPlus", "Custom")) {
      for (String suffix : List.of("Spec", "Factory", "Module")) {
        assertThat(compilation).generatedSourceFile("com.example." + type + suffix);
      }
    }
    assertThat(compilation).generatedSourceFile("com.example.Contrastive4jRegistry");
  }

  @Test
  void theRegistryIsFoundThroughServiceLoaderAndListsEveryPlugin() {
    assertEquals("com.example.Contrastive4jRegistry\n", Sources.generatedText(compilation,
        "META-INF/services/dev.contrastive4j.api.annotations.PluginRegistry"));
    assertEquals(List.of("bt-plus", "custom", "dgi-plus", "triplet-plus", "vic-plus"),
        plugins.tasks().stream().map(TaskPlugin::name).toList());
    assertEquals(List.of("knobs"),
        plugins.corruptors().stream().map(CorruptorPlugin::name).toList());
    assertEquals("scaled", plugins.readouts().get(0).name());
    TaskPlugin dgi = task("dgi-plus");
    assertEquals("dgi", dgi.base());
    assertEquals("DGI with knobs", dgi.description());
    assertEquals("com.example.DgiPlus", dgi.implementation());
    assertEquals("barlow-twins", task("bt-plus").base());
    assertEquals("custom", task("custom").base());
    // A task trains on its base's schedule when the experiment gives none.
    assertEquals(List.of(TrainingSpec.fixedEpochs(100), TrainingSpec.EARLY_STOPPING,
        TrainingSpec.EARLY_STOPPING, TrainingSpec.fixedEpochs(50), TrainingSpec.fixedEpochs(200)),
        plugins.tasks().stream().map(t -> t.defaults().defaultTraining()).toList());
    assertEquals("every kind of parameter", plugins.corruptors().get(0).description());
    // Five task modules, one corruptor module, one readout module.
    assertEquals(7, plugins.modules().size());
  }

  @Test
  void parameterDescriptionsCarryTypesAndDefaults() {
    List<ParameterInfo> knobs = plugins.corruptors().get(0).parameters();
    assertEquals(List.of("flag", "count", "big", "rate", "label", "mode", "seed"),
        knobs.stream().map(ParameterInfo::name).toList());
    // An enum is written as a string, as the built-in names are, and listed as one.
    assertEquals(List.of("boolean", "int", "long", "double", "string", "string", "long"),
        knobs.stream().map(ParameterInfo::type).toList());
    // Its description, empty in the source, names the choices.
    assertEquals("one of shuffle, mask, drop_edges", knobs.get(5).description());
    // An enum constant is written as the built-in names are, lower case.
    assertEquals(List.of("true", "3", "7", "0.25", "\"hello\"", "\"mask\"", "null"),
        knobs.stream().map(ParameterInfo::defaultValue).toList());
    assertEquals("share", knobs.get(3).description());
    List<ParameterInfo> dgi = task("dgi-plus").parameters();
    assertEquals(List.of("node_set", "feature", "projector_units", "seed", "corruptor",
        "clean_view", "readout", "extra"), dgi.stream().map(ParameterInfo::name).toList());
    assertEquals("\"paper\"", dgi.get(0).defaultValue());
    assertEquals("[8,4]", dgi.get(2).defaultValue());
    assertEquals("42", dgi.get(3).defaultValue());
    assertEquals("{\"type\":\"knobs\",\"flag\":true,\"count\":3,\"big\":7,\"rate\":0.25,"
        + "\"label\":\"hello\",\"mode\":\"mask\",\"seed\":null}", dgi.get(4).defaultValue());
    assertEquals("{\"type\":\"scaled\",\"scale\":2.0}", dgi.get(6).defaultValue());
    assertEquals("node set to read out; null: the data set's target node set",
        dgi.get(0).description());
    assertEquals(List.of("lambda", "normalize_batch"), task("bt-plus").parameters()
        .subList(7, 9).stream().map(ParameterInfo::name).toList());
    assertEquals(List.of("margin", "positive_view"), task("triplet-plus").parameters()
        .subList(7, 9).stream().map(ParameterInfo::name).toList());
  }

  @Test
  void specDefaultsAreTheAnnotationValues() throws Exception {
    TaskSpec dgi = task("dgi-plus").defaults();
    assertEquals("paper", dgi.nodeSet());
    // Fixed defaults are put in, as the built-in specs put them in.
    assertEquals("hidden_state", dgi.feature());
    assertEquals(List.of(8, 4), dgi.projectorUnits());
    assertEquals(42L, dgi.seed());
    assertEquals("knobs", json.valueToTree(dgi.corruptor()).get("type").asText());
    assertEquals(2.0, get(dgi.readout(), "scale"));
    assertEquals(0.5, get(dgi, "extra"));
    TaskSpec bt = task("bt-plus").defaults();
    assertEquals(0.01, get(bt, "lambda"));
    assertEquals(CorruptorSpec.DEFAULT_AUGMENTATION, bt.cleanView());
    assertEquals(new ReadoutSpec.AllNodes(), bt.readout());
    assertEquals(false, get(bt, "normalizeBatch"));
    TaskSpec vic = task("vic-plus").defaults();
    assertEquals(List.of(10.0, 5.0, 2.0),
        List.of(get(vic, "simWeight"), get(vic, "varWeight"), get(vic, "covWeight")));
    TaskSpec triplet = task("triplet-plus").defaults();
    assertEquals(0.5, get(triplet, "margin"));
    assertEquals("knobs", json.valueToTree(get(triplet, "positiveView")).get("type").asText());
    assertEquals(null, triplet.corruptor());
    assertEquals(CorruptorSpec.DEFAULT_AUGMENTATION,
        task("vic-plus").defaults().cleanView());
  }

  @Test
  void specsAreValuesAndRoundTripThroughJson() throws Exception {
    for (TaskPlugin t : plugins.tasks()) {
      String text = json.writerFor(TaskSpec.class).writeValueAsString(t.defaults());
      assertTrue(text.contains("\"type\":\"" + t.name() + "\""), text);
      TaskSpec read = json.readValue(text, TaskSpec.class);
      assertEquals(t.defaults(), read);
      assertEquals(t.defaults().hashCode(), read.hashCode());
      assertEquals(t.defaults(), json.readValue("{\"type\":\"" + t.name() + "\"}",
          TaskSpec.class), "missing fields take their defaults");
    }
    TaskSpec changed = json.readValue("{\"type\":\"dgi-plus\",\"extra\":2.5,"
        + "\"corruptor\":{\"type\":\"knobs\",\"rate\":0.75}}", TaskSpec.class);
    assertEquals(2.5, get(changed, "extra"));
    assertEquals(0.75, get(changed.corruptor(), "rate"));
    assertEquals(3, get(changed.corruptor(), "count"));
    assertNotEquals(task("dgi-plus").defaults(), changed);
    assertTrue(changed.toString().startsWith("DgiPlusSpec[nodeSet=paper, feature=hidden_state, "
        + "projectorUnits=[8, 4], seed=42, corruptor=KnobsSpec[flag=true"), changed.toString());
  }

  @Test
  void theScaffoldHasEveryParameterAndReadsBackAsTheDefaults() throws Exception {
    for (TaskPlugin t : plugins.tasks()) {
      String scaffold = Scaffolds.of(t);
      assertEquals(scaffold, Sources.generatedText(compilation,
          "META-INF/contrastive4j/" + t.name() + ".json"));
      Experiment read = json.readValue(scaffold, Experiment.class);
      assertEquals(Experiment.defaults().withTask(t.defaults()), read);
      for (ParameterInfo p : t.parameters()) {
        assertTrue(scaffold.contains("\"" + p.name() + "\": "), p.name() + " in " + scaffold);
      }
    }
    String dgi = Scaffolds.of(task("dgi-plus"));
    assertTrue(dgi.contains("\"mode\": \"mask\""), dgi);
    assertTrue(dgi.contains("\"clean_view\": null"), dgi);
  }

  @Test
  void factoriesPassTheConfiguredAndInjectedValuesToTheConstructors() throws Exception {
    ContrastiveLossTask dgi = (ContrastiveLossTask) build(task("dgi-plus").defaults());
    assertEquals("com.example.DgiPlus", dgi.getClass().getName());
    assertEquals(0.5, get(dgi, "extra"));
    assertEquals("paper", dgi.settings().nodeSetName());
    assertEquals(List.of(8, 4), dgi.settings().projectorUnits());
    Object knobs = dgi.settings().corruptor();
    assertEquals("com.example.Knobs", knobs.getClass().getName());
    assertEquals(List.of(true, 3, 7L, 0.25, "hello", "MASK", "hi"), List.of(get(knobs, "flag"),
        get(knobs, "count"), get(knobs, "big"), get(knobs, "rate"), get(knobs, "label"),
        get(knobs, "mode").toString(), get(knobs, "greeting")));
    // The task's seed is 42; the runtime hands the corruptor of the second view seed + 1.
    assertEquals(43L, get(knobs, "seed"));
    assertEquals(2.0, get(dgi.readout(), "scale"));

    Object bt = build(task("bt-plus").defaults());
    assertEquals(List.of(0.01, false), List.of(get(bt, "lambda"), get(bt, "normalize")));
    // Two-view methods get the default augmentation of both views, as the built-ins do.
    assertTrue(((ContrastiveLossTask) bt).settings().cleanViewAugmentation() != null);
    double[] weights = (double[]) get(build(task("vic-plus").defaults()), "weights");
    assertEquals(List.of(10.0, 5.0, 2.0), List.of(weights[0], weights[1], weights[2]));
    Object triplet = build(task("triplet-plus").defaults());
    assertEquals(0.5, get(triplet, "margin"));
    assertEquals("com.example.Knobs", get(triplet, "positive").getClass().getName());
    ContrastiveLossTask custom = (ContrastiveLossTask) build(task("custom").defaults());
    assertEquals(List.of(2, "hi"), List.of(get(custom, "k"), get(custom, "greeting")));
    assertEquals("com.example.Knobs", custom.settings().cleanViewAugmentation().getClass()
        .getName());
  }

  @Test
  void factoriesRejectConfiguredValuesOutOfRangeNamingTheField() throws Exception {
    assertEquals("task.corruptor.rate: must be in [0, 1], was 2.0",
        rejected("{\"type\":\"dgi-plus\",\"corruptor\":{\"type\":\"knobs\",\"rate\":2.0}}"));
    // 1e400 reads as Infinity, which is told it is no finite number, as a built-in rate is.
    assertEquals("task.corruptor.rate: must be a finite number, was Infinity",
        rejected("{\"type\":\"dgi-plus\",\"corruptor\":{\"type\":\"knobs\",\"rate\":1e400}}"));
    assertEquals("task.readout.scale: must be a finite number, was Infinity",
        rejected("{\"type\":\"dgi-plus\",\"readout\":{\"type\":\"scaled\",\"scale\":1e400}}"));
    assertEquals("task.corruptor.count: must be >= 1, was 0",
        rejected("{\"type\":\"dgi-plus\",\"corruptor\":{\"type\":\"knobs\",\"count\":0}}"));
    assertEquals("task.readout.scale: must be >= 0, was -1.0",
        rejected("{\"type\":\"dgi-plus\",\"readout\":{\"type\":\"scaled\",\"scale\":-1}}"));
    assertEquals("task.k: must be in [1, 8], was 9", rejected("{\"type\":\"custom\",\"k\":9}"));
    assertEquals("task.lambda: must be finite and >= 0, was -1.0",
        rejected("{\"type\":\"bt-plus\",\"lambda\":-1}"));
    assertEquals("task.cov_weight: must be finite and >= 0, was -0.5",
        rejected("{\"type\":\"vic-plus\",\"cov_weight\":-0.5}"));
    assertEquals("task.margin: must be finite and >= 0, was -1.0",
        rejected("{\"type\":\"triplet-plus\",\"margin\":-1}"));
  }

  @Test
  void specsCheckTheirValuesForTheExperimentValidator() throws Exception {
    TaskSpec bad = json.readValue("{\"type\":\"triplet-plus\",\"margin\":-1,"
        + "\"positive_view\":{\"type\":\"knobs\",\"rate\":2,\"count\":0},"
        + "\"readout\":{\"type\":\"scaled\",\"scale\":-3}}", TaskSpec.class);
    assertEquals(List.of("task.readout.scale: must be >= 0, was -3.0",
        "task.margin: must be >= 0, was -1.0",
        "task.positive_view.count: must be >= 1, was 0",
        "task.positive_view.rate: must be in [0, 1], was 2.0"),
        ExperimentValidator.problems(Experiment.defaults().withTask(bad)));
    TaskSpec infinite = json.readValue("{\"type\":\"dgi-plus\",\"corruptor\":"
        + "{\"type\":\"knobs\",\"rate\":1e400}}", TaskSpec.class);
    assertEquals(List.of("task.corruptor.rate: must be a finite number, was Infinity"),
        ExperimentValidator.problems(Experiment.defaults().withTask(infinite)));
    TaskSpec vic = json.readValue("{\"type\":\"vic-plus\",\"var_weight\":-1}",
        TaskSpec.class);
    assertEquals(List.of("task.var_weight: must be >= 0, was -1.0"),
        ExperimentValidator.problems(Experiment.defaults().withTask(vic)));
    for (TaskPlugin t : plugins.tasks()) {
      assertEquals(List.of(), ExperimentValidator.problems(
          Experiment.defaults().withTask(t.defaults())), t.name());
    }
  }

  /** Fields named like the parameters and locals of equals and check are still the fields. */
  @Test
  void specFieldsNamedLikeTheLocalsOfTheGeneratedMethods(@TempDir Path dir) throws Exception {
    JavaFileObject source = Sources.corruptor("Locals", "locals",
        "  public Locals(@Param(value = \"1\", min = 0) int problems,",
        "      @Param(\"2\") int other, @Param(\"3\") int that) {}");
    Compilation c = Sources.compile(source);
    Sources.assertCompilesCleanly(c, source);
    try (URLClassLoader l = Sources.load(c, dir)) {
      var make = l.loadClass("com.example.LocalsSpec")
          .getConstructor(Integer.class, Integer.class, Integer.class);
      assertEquals(make.newInstance(1, 2, 3), make.newInstance(1, 2, 3));
      assertNotEquals(make.newInstance(1, 2, 3), make.newInstance(1, 9, 3));
      assertNotEquals(make.newInstance(1, 2, 3), make.newInstance(1, 2, 9));
      TaskSpec task = new TaskSpec.DgiSpec(null, null, null, null,
          (dev.contrastive4j.api.experiment.CorruptorSpec) make.newInstance(-1, 2, 3), null,
          null);
      assertEquals(List.of("task.corruptor.problems: must be >= 0, was -1"),
          ExperimentValidator.problems(Experiment.defaults().withTask(task)));
    }
  }

  /**
   * A spec lists its fields in their declared order, as its parameter listing does: in
   * {@code toString}, and in JSON even from a mapper that would sort them by name.
   */
  @Test
  void specsListTheirFieldsInTheirOrder(@TempDir Path dir) throws Exception {
    Compilation c = Sources.compile(Sources.noiseTaking(
        "@Param(\"1\") int zeta, @Param(\"x\") String alpha"));
    try (URLClassLoader l = Sources.load(c, dir)) {
      Object spec = l.loadClass("com.example.NoiseSpec").getField("DEFAULT").get(null);
      assertEquals("NoiseSpec[zeta=1, alpha=x]", spec.toString());
      ObjectMapper sorting = JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
      assertEquals("{\"type\":\"noise\",\"zeta\":1,\"alpha\":\"x\"}",
          sorting.writeValueAsString(spec));
    }
  }

  /**
   * A spec is written with the experiment DSL as the built-in ones are ({@code KnobsSpec.of(k ->
   * k.rate(0.5))}, Kotlin's {@code KnobsSpec.of { rate = 0.5 }}), and gives the spec its JSON
   * gives; before, only the constructor, with a null for each field left at its default.
   */
  @Test
  void specsAreWrittenWithTheDslAsTheBuiltInOnesAre(@TempDir Path dir) throws Exception {
    JavaFileObject written = Sources.java("com.example.Written",
        "public final class Written {",
        "  public static dev.contrastive4j.api.experiment.TaskSpec task() {",
        "    return DgiPlusSpec.of(t -> t.nodeSet(\"author\").extra(1.5).seed(7)",
        "        .corruptor(KnobsSpec.of(k -> k.rate(0.5).mode(Knobs.Mode.SHUFFLE).count(2)",
        "            .flag(false).big(9).label(\"x\").seed(3)))",
        "        .readout(ScaledSpec.of(r -> r.scale(3))));",
        "  }",
        "  public static dev.contrastive4j.api.experiment.TaskSpec defaults() {",
        "    return DgiPlusSpec.of(t -> {});",
        "  }",
        "  public static void escape() {",
        "    java.util.List<KnobsSpec.Builder> kept = new java.util.ArrayList<>();",
        "    KnobsSpec.of(kept::add);",
        "    kept.get(0).rate(0.1);",
        "  }",
        "}");
    List<JavaFileObject> sources = new java.util.ArrayList<>(PluginSources.ALL);
    sources.add(written);
    Compilation c = Sources.compile(sources.toArray(new JavaFileObject[0]));
    Sources.assertCompilesCleanly(c, sources.toArray(new JavaFileObject[0]));
    try (URLClassLoader l = Sources.load(c, dir)) {
      Class<?> user = l.loadClass("com.example.Written");
      ObjectMapper withTypes = Plugins.discover(l).registerSpecTypes(new ObjectMapper());
      assertEquals(withTypes.readValue("""
          {"type": "dgi-plus", "node_set": "author", "extra": 1.5, "seed": 7,
           "corruptor": {"type": "knobs", "rate": 0.5, "mode": "SHUFFLE", "count": 2,
                         "flag": false, "big": 9, "label": "x", "seed": 3},
           "readout": {"type": "scaled", "scale": 3}}""", TaskSpec.class),
          user.getMethod("task").invoke(null));
      assertEquals(withTypes.readValue("{\"type\": \"dgi-plus\"}", TaskSpec.class),
          user.getMethod("defaults").invoke(null));
      var escaped = assertThrows(java.lang.reflect.InvocationTargetException.class,
          () -> user.getMethod("escape").invoke(null)).getCause();
      assertEquals("KnobsSpec.Builder was used after its block ended; a builder is valid only "
          + "inside its block", escaped.getMessage());
    }
  }

  /**
   * Kotlin reads JSpecify's annotations as exact types: a value whose default is null comes out
   * as {@code T?}, one with a default as {@code T}, and null may go into every constructor
   * parameter and setter (it means the default).
   */
  @Test
  void specsSayWhichValuesMayBeNull(@TempDir Path dir) throws Exception {
    // Compiled by this test, not in @BeforeAll, so that PIT counts it for the spec writer.
    try (LoadedPlugins own = LoadedPlugins.compile(dir,
        List.of(PluginSources.KNOBS, PluginSources.TRIPLET))) {
      assertNullness(own.plugins.task("triplet-plus").orElseThrow().specType());
    }
  }

  private static void assertNullness(Class<?> spec) throws Exception {
    assertTrue(spec.isAnnotationPresent(NullMarked.class));
    assertTrue(nullable(spec.getMethod("corruptor").getAnnotatedReturnType()));
    assertFalse(nullable(spec.getMethod("margin").getAnnotatedReturnType()));
    assertFalse(nullable(spec.getMethod("feature").getAnnotatedReturnType()));
    assertFalse(nullable(spec.getMethod("projectorUnits").getAnnotatedReturnType()));
    for (Constructor<?> c : spec.getConstructors()) {
      for (AnnotatedType parameter : c.getAnnotatedParameterTypes()) {
        assertTrue(nullable(parameter), c + ": " + parameter);
      }
    }
    assertTrue(nullable(spec.getMethod("equals", Object.class).getAnnotatedParameterTypes()[0]));
    Class<?> builder = Class.forName(spec.getName() + "$Builder", false, spec.getClassLoader());
    assertTrue(nullable(builder.getMethod("getMargin").getAnnotatedReturnType()));
    assertTrue(nullable(
        builder.getMethod("setMargin", Double.class).getAnnotatedParameterTypes()[0]));
    assertTrue(nullable(
        builder.getMethod("corruptor", CorruptorSpec.class).getAnnotatedParameterTypes()[0]));
    // Java's fluent form takes the primitive, so that margin(1) compiles.
    assertFalse(nullable(builder.getMethod("margin", double.class)
        .getAnnotatedParameterTypes()[0]));
  }

  private static boolean nullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  /** Fields named like the members of the builder and of its base, or like its locals. */
  @Test
  void specFieldsNamedLikeTheMembersOfTheBuilder() {
    JavaFileObject source = Sources.corruptor("Members", "members",
        "  public Members(@Param(\"1\") int value, @Param(\"2\") int b, @Param(\"3\") int block,",
        "      @Param(\"4\") int run, @Param(\"5\") int checkOpen, @Param(\"6\") int set,",
        "      @Param(\"7\") int setList, @Param(\"8\") int of, @Param(\"9\") int Builder,",
        "      @Param(\"10\") int getValue) {}");
    Sources.assertCompilesCleanly(Sources.compile(source), source);
  }

  /**
   * Descriptions become Javadoc; text that would end it, be read as an escape, or be read as
   * HTML or a tag by doclint does not, and it reads as written.
   */
  @Test
  void descriptionsAreAnyText() {
    JavaFileObject source = Sources.corruptor("Described", "described",
        "  public Described(@Param(value = \"1\", description = \"edges */ node\") int a,",
        "      @Param(value = \"2\", description = \"under C:\\\\users\") int b,",
        "      @Param(value = \"3\", description = \"@since < 1 & > 0 {@code x, costs $5\") int c)",
        "      {}");
    Compilation c = Sources.compile(source);
    Sources.assertCompilesCleanly(c, source);
    assertThat(c).generatedSourceFile("com.example.DescribedSpec").contentsAsUtf8String()
        .contains("&#64;since &lt; 1 &amp; &gt; 0 {&#64;code x, costs $5.");
  }

  /** A '$' in a class name is no JavaPoet format character in the spec's Javadoc. */
  @Test
  void classNamesWithDollarSigns() {
    JavaFileObject source = Sources.java("com.example.Noise$Impl",
        "@Corruptor(name = \"noise\")",
        "public final class Noise$Impl implements dev.contrastive4j.api.task.Corruptor {",
        "  public Noise$Impl(@Param(\"1\") int k) {}",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    Compilation c = Sources.compile(source);
    Sources.assertCompilesCleanly(c, source);
    assertThat(c).generatedSourceFile("com.example.Noise$ImplSpec").contentsAsUtf8String()
        .contains("The spec of the corruptor {@link com.example.Noise$Impl}.");
  }

  /** An int's bounds may lie beyond the int range; the checks compare with long literals. */
  @Test
  void intBoundsBeyondTheIntRange() {
    JavaFileObject source = Sources.corruptor("Wide", "wide",
        "  public Wide(@Param(value = \"1\", min = -3e9, max = 1e10) int k) {}");
    Compilation c = Sources.compile(source);
    Sources.assertCompilesCleanly(c, source);
    assertThat(c).generatedSourceFile("com.example.WideFactory").contentsAsUtf8String()
        .contains("s.k() >= -3000000000L && s.k() <= 10000000000L");
  }

  /**
   * Parameters named like the types generated code calls static methods of (List.of,
   * Objects.equals, Double.isFinite) do not hide them: those are written qualified.
   */
  @Test
  void parametersNamedLikeTypesTheGeneratedCodeNames() {
    JavaFileObject task = Sources.java("com.example.Shadow",
        "@ContrastiveTask(name = \"shadow\")",
        "public class Shadow extends VicReg {",
        "  public Shadow(TaskSettings s, ParameterStore p, long d, double a, double b, double c,",
        "      @Param(\"x\") String List, @Param(\"1\") int Objects,",
        "      @Named(\"n\") Integer Double) {",
        "    super(s, p, d, a, b, c);",
        "  }",
        "}");
    Sources.assertCompilesCleanly(Sources.compile(task), task);
  }

  /**
   * What the plugin's declaration deprecates, and a raw type it injects, warn in the plugin's
   * source only, where its author can suppress them. Before, the generated spec and factory
   * warned too (removal warnings even without -Xlint).
   */
  @Test
  void deprecatedPluginsAndRawInjectedTypes() {
    JavaFileObject old = Sources.java("com.example.Old",
        "/** @deprecated use another corruptor */",
        "@Deprecated(forRemoval = true)",
        "@Corruptor(name = \"old\")",
        "public final class Old implements dev.contrastive4j.api.task.Corruptor {",
        "  public enum Mode { A, @Deprecated B }",
        "  @SuppressWarnings(\"rawtypes\")",
        "  public Old(@Param(\"B\") Mode mode, @Named(\"all\") java.util.List all) {}",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    Sources.assertCompilesCleanly(Sources.compile(old), old);
  }

  /**
   * An enum {@code @Param} is spelled as the built-in names are ({@code task.discriminator}):
   * read in any case with {@code -} or {@code _}, written lower case, by any Jackson mapper,
   * since the spec says so. Before, Jackson wanted the constant exactly ({@code DROP_EDGES}),
   * wrote it upper case, and read {@code 1} as the constant of that index.
   */
  @Test
  void enumParamsAreSpelledAsTheBuiltInNames() throws Exception {
    assertThat(compilation).generatedSourceFile("com.example.KnobsSpec").contentsAsUtf8String()
        .contains("@JsonProperty(\"mode\") @JsonDeserialize(using = EnumSetting.Deserializer"
            + ".class) Knobs. @Nullable Mode mode");
    assertThat(compilation).generatedSourceFile("com.example.KnobsSpec").contentsAsUtf8String()
        .contains("@JsonSerialize(\n      using = EnumSetting.Serializer.class\n  )\n  public "
            + "Knobs.Mode mode()");
    for (String name : List.of("drop_edges", "drop-edges", "DROP_EDGES", "Drop-Edges")) {
      CorruptorSpec read = json.readValue("{\"type\":\"knobs\",\"mode\":\"" + name + "\"}",
          CorruptorSpec.class);
      assertEquals("DROP_EDGES", get(read, "mode").toString(), name);
      String written = json.writeValueAsString(read);
      assertTrue(written.contains("\"mode\":\"drop_edges\""), written);
      assertEquals(read, json.readValue(written, CorruptorSpec.class), "round trip");
    }
    for (String value : List.of("\"drop\"", "1", "true", "\"\"")) {
      var e = assertThrows(com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
          () -> json.readValue("{\"type\":\"knobs\",\"mode\":" + value + "}",
              CorruptorSpec.class));
      assertEquals("must be one of shuffle, mask, drop_edges, was '" + value.replace("\"", "")
          + "'", e.getOriginalMessage());
    }
  }

  /**
   * An unknown enum name in an experiment file is one problem at its path, in the built-in
   * names' words, reported with every other problem; a value that is no name is told so, as for
   * a built-in name.
   */
  @Test
  void experimentFilesReportAnUnknownEnumNameAsTheBuiltInNames() {
    ExperimentMapper mapper = new ExperimentMapper();
    new PluginSpecTypes(plugins).registerTypes(mapper);
    ConfigValidationException bad = assertThrows(ConfigValidationException.class,
        () -> mapper.readYaml("""
            task:
              type: custom
              k: 0
              clean_view: {type: knobs, mode: shufle, rate: 2}
              corruptor: {type: knobs, mode: [mask]}
            training: {epochs: 0}
            """));
    assertEquals(List.of("task.corruptor.mode: must be a string, was a list",
        "task.clean_view.mode: must be one of shuffle, mask, drop_edges, was 'shufle'",
        "task.clean_view.rate: must be in [0, 1], was 2.0",
        "task.k: must be in [1, 8], was 0",
        "training.epochs: must be at least 1, was 0"), bad.problems());
    Experiment e = mapper.readYaml("task: {type: dgi-plus, corruptor: {type: knobs, mode: "
        + "Drop-Edges}}");
    assertTrue(mapper.writeYaml(e).contains("mode: drop_edges"), mapper.writeYaml(e));
    assertEquals(e, mapper.readYaml(mapper.writeYaml(e)));
    assertEquals(e, mapper.readJson(mapper.writeJson(e)));
  }

  @Test
  void experimentFilesReadThePluginTypesAndReportEveryProblem() {
    ExperimentMapper mapper = new ExperimentMapper();
    new PluginSpecTypes(plugins).registerTypes(mapper);
    Experiment e = mapper.readYaml("""
        task:
          type: dgi-plus
          extra: 1.5
          corruptor: {type: knobs, mode: SHUFFLE}
        """);
    assertEquals("shuffle", json.valueToTree(e.task().corruptor()).get("mode").asText());
    ConfigValidationException bad = assertThrows(ConfigValidationException.class,
        () -> mapper.readYaml("""
            task:
              type: custom
              k: 0
              clean_view: {type: knobs, rate: -0.5}
            """));
    assertEquals(List.of("task.clean_view.rate: must be in [0, 1], was -0.5",
        "task.k: must be in [1, 8], was 0"), bad.problems());
    // A double parameter, bounded or not, must survive as the float training computes in.
    ConfigValidationException huge = assertThrows(ConfigValidationException.class,
        () -> mapper.readYaml("""
            task:
              type: dgi-plus
              extra: 1.0e300
              readout: {type: scaled, scale: 1.0e-300}
            """));
    assertEquals(List.of("task.readout.scale: must be 0 or at least 1.4E-45 (the smallest float "
        + "above 0, which training computes in), was 1.0E-300", "task.extra: must be at most "
        + "3.4028235E38 (the largest float, which training computes in), was 1.0E300"),
        huge.problems());
  }

  private static String rejected(String taskJson) throws Exception {
    return loaded.rejected(taskJson);
  }
}
