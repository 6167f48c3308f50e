package dev.contrastive4j.runtime.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.PluginRegistry;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import dev.contrastive4j.runtime.config.SpecTypeProvider;
import dev.contrastive4j.runtime.inject.ComponentsModule;
import dev.contrastive4j.runtime.inject.Corruptors;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsTest {

  @Test
  void theRuntimeAloneHasNoPlugins() {
    Plugins plugins = Plugins.discover();
    assertEquals(List.of(), plugins.tasks());
    assertEquals(List.of(), plugins.modules());
  }

  @Test
  void registriesAreFoundThroughTheServiceFile(@TempDir Path tmp) throws IOException {
    try (URLClassLoader loader = listing(tmp)) {
      Plugins plugins = Plugins.discover(loader);
      assertEquals(List.of("hand-dgi"), plugins.tasks().stream().map(TaskPlugin::name).toList());
      assertEquals("identity", plugins.corruptors().get(0).name());
    }
  }

  @Test
  void discoveryWithoutALoaderUsesTheThreadsContextLoader(@TempDir Path tmp) throws IOException {
    // An application that loads plugin jars in a class loader of its own makes it the context
    // loader; the runtime's own loader does not see them.
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = listing(tmp)) {
      thread.setContextClassLoader(loader);
      assertEquals(List.of("hand-dgi"),
          Plugins.discover().tasks().stream().map(TaskPlugin::name).toList());
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** A class loader whose service file lists {@link ListedRegistry}, in {@code tmp}. */
  private URLClassLoader listing(Path tmp) throws IOException {
    Path services = tmp.resolve(PluginRegistry.SERVICE_FILE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, "# the test's registry\n" + ListedRegistry.class.getName() + "\n");
    return new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader());
  }

  /** A registry that {@link java.util.ServiceLoader} can instantiate. */
  public static final class ListedRegistry implements PluginRegistry {
    private final PluginRegistry delegate = HandWrittenRegistry.standard();

    @Override
    public List<TaskPlugin> tasks() {
      return delegate.tasks();
    }

    @Override
    public List<dev.contrastive4j.api.annotations.CorruptorPlugin> corruptors() {
      return delegate.corruptors();
    }

    @Override
    public List<dev.contrastive4j.api.annotations.ReadoutPlugin> readouts() {
      return delegate.readouts();
    }
  }

  @Test
  void aRegistryThatCannotBeLoadedIsOneMessage(@TempDir Path tmp) throws IOException {
    Path services = tmp.resolve(PluginRegistry.SERVICE_FILE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, "com.example.Missing\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()},
        getClass().getClassLoader())) {
      PluginException e = assertThrows(PluginException.class, () -> Plugins.discover(loader));
      assertTrue(e.getMessage().startsWith("a plugin registry listed in " + PluginRegistry
          .SERVICE_FILE + " cannot be loaded: "), e.getMessage());
      assertTrue(e.getMessage().contains("com.example.Missing"), e.getMessage());
    }
  }

  @Test
  void twoClassesWithOneNameAreRejectedNamingBoth() {
    PluginException e = assertThrows(PluginException.class, () -> Plugins.of(List.of(
        HandWrittenRegistry.standard(),
        new HandWrittenRegistry("hand-dgi", "other.Dgi", new HandWrittenRegistry.HandModule()))));
    String registry = HandWrittenRegistry.class.getName() + " in "
        + RegistrySources.of(HandWrittenRegistry.class);
    assertEquals("the task name 'hand-dgi' is declared twice, by test.HandDgi (registry "
        + registry + ") and by other.Dgi (registry " + registry + "); rename one, or leave one "
        + "library off the class path", e.getMessage());
  }

  @Test
  void theSameRegistryTwiceCountsOnce() {
    Plugins plugins = Plugins.of(List.of(HandWrittenRegistry.standard(),
        HandWrittenRegistry.standard()));
    assertEquals(1, plugins.tasks().size());
    assertEquals(1, plugins.modules().size(), "equal modules are listed once");
  }

  @Test
  void aModuleThatIsNotAGuiceModuleIsRejected() {
    Plugins plugins = Plugins.of(List.of(
        new HandWrittenRegistry("hand-dgi", "test.HandDgi", "not a module")));
    PluginException e = assertThrows(PluginException.class, plugins::modules);
    assertEquals("the plugin test.HandDgi has a module of type java.lang.String, not a "
        + "com.google.inject.Module; rebuild it with the contrastive4j processor", e.getMessage());
  }

  @Test
  void pluginModulesRegisterTheFactoriesWithTheRuntime() {
    Injector injector = Guice.createInjector(new ComponentsModule(),
        new PluginModules(Plugins.of(List.of(HandWrittenRegistry.standard()))));
    Corruptor identity = injector.getInstance(Corruptors.class)
        .create(new HandWrittenRegistry.IdentitySpec(), 0, "task.corruptor");
    assertEquals(Corruptor.identity().getClass(), identity.getClass());
  }

  @Test
  void specTypesAreReadAndWrittenByTheirNames() throws Exception {
    ObjectMapper mapper = Plugins.of(List.of(HandWrittenRegistry.standard()))
        .registerSpecTypes(new ObjectMapper());
    TaskSpec read = mapper.readValue("{\"type\":\"hand-dgi\",\"nodeSet\":\"paper\","
        + "\"corruptor\":{\"type\":\"identity\"}}", TaskSpec.class);
    HandWrittenRegistry.HandDgiSpec spec =
        assertInstanceOf(HandWrittenRegistry.HandDgiSpec.class, read);
    assertEquals("paper", spec.nodeSet());
    assertInstanceOf(HandWrittenRegistry.IdentitySpec.class, spec.corruptor());
    assertEquals(read, mapper.readValue(mapper.writerFor(TaskSpec.class)
        .writeValueAsString(read), TaskSpec.class));
    assertThrows(com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class,
        () -> new ObjectMapper().readValue("{\"type\":\"identity\"}", CorruptorSpec.class));
  }

  @Test
  void experimentFilesKnowThePluginTypeNames() {
    ExperimentMapper mapper = new ExperimentMapper();
    new PluginSpecTypes(Plugins.of(List.of(HandWrittenRegistry.standard())))
        .registerTypes(mapper);
    assertTrue(mapper.typeNames(TaskSpec.class).contains("hand-dgi"));
    assertTrue(mapper.typeNames(CorruptorSpec.class).contains("identity"));
    Experiment e = mapper.readYaml("task: {type: hand-dgi, corruptor: {type: identity}}\n");
    assertInstanceOf(HandWrittenRegistry.HandDgiSpec.class, e.task());
    assertInstanceOf(HandWrittenRegistry.IdentitySpec.class, e.task().corruptor());
  }

  @Test
  void thePluginTypesProviderIsListedForExperimentFiles() {
    boolean listed = false;
    for (SpecTypeProvider p : java.util.ServiceLoader.load(SpecTypeProvider.class)) {
      listed |= p instanceof PluginSpecTypes;
    }
    assertTrue(listed);
  }

  @Test
  void aMissingScaffoldNamesTheResource() {
    TaskPlugin task = HandWrittenRegistry.standard().tasks().get(0);
    PluginException e = assertThrows(PluginException.class, () -> Scaffolds.of(task));
    assertEquals("the task 'hand-dgi' has no scaffold META-INF/contrastive4j/hand-dgi.json next "
        + "to test.HandDgi; rebuild it with the contrastive4j processor", e.getMessage());
  }

  @Test
  void aPluginTasksScaffoldIsTheOneItsJarHolds() {
    // The processor writes it next to the task's classes (here: the test resources), in UTF-8.
    TaskPlugin task = new HandWrittenRegistry("scaffolded-dgi", "test.ScaffoldedDgi",
        new HandWrittenRegistry.HandModule()).tasks().get(0);
    assertEquals("{\n  \"task\": {\n    \"type\": \"scaffolded-dgi\",\n"
        + "    \"node_set\": \"p\u00e2p\u00e9r\"\n  }\n}\n", Scaffolds.of(task));
  }

  @Test
  void builtInScaffoldsWriteEveryParameterAndReadBack() throws Exception {
    String scaffold = Scaffolds.of(TaskSpec.BarlowTwinsSpec.DEFAULT);
    for (String name : List.of("node_set", "feature", "projector_units", "seed", "corruptor",
        "clean_view", "readout", "lambda", "normalize_batch")) {
      assertTrue(scaffold.contains("\"" + name + "\": "), name + " in " + scaffold);
    }
    assertTrue(scaffold.contains("\"type\": \"barlow-twins\""), scaffold);
    assertEquals(Experiment.defaults().withTask(TaskSpec.BarlowTwinsSpec.DEFAULT),
        new ObjectMapper().readValue(scaffold, Experiment.class));
  }

  @Test
  void builtInParametersAreDescribedLikeGeneratedOnes() {
    List<ParameterInfo> p = SpecParameters.of(TaskSpec.VicRegSpec.DEFAULT);
    assertEquals(List.of("node_set", "feature", "projector_units", "seed", "corruptor",
        "clean_view", "readout", "sim_weight", "var_weight", "cov_weight"),
        p.stream().map(ParameterInfo::name).toList());
    assertEquals(List.of("string", "string", "int[]", "long", "corruptor", "corruptor",
        "readout", "double", "double", "double"), p.stream().map(ParameterInfo::type).toList());
    String augmentation = "{\"type\":\"compose\",\"steps\":[{\"type\":\"drop-edges\","
        + "\"rate\":0.2,\"seed\":null},{\"type\":\"mask-feature-columns\",\"rate\":0.2,"
        + "\"seed\":null}]}";
    assertEquals(List.of("null", "\"hidden_state\"", "[]", "null", augmentation, augmentation,
        "{\"type\":\"all-nodes\"}", "25.0", "25.0", "1.0"),
        p.stream().map(ParameterInfo::defaultValue).toList());
    assertEquals("weight of the invariance term, >= 0", p.get(7).description());
  }

  /** A choice, as a generated spec's enum parameter. */
  enum Mode { FAST, EXACT }

  /** A built-in spec with a parameter of each type a generated spec may have. */
  record EveryType(String name, boolean flag, Boolean boxedFlag, int count, Integer boxedCount,
      long big, Long boxedBig, double rate, Double boxedRate, Mode mode) {}

  @Test
  void builtInParameterTypesAreNamedAsTheProcessorNamesThem() {
    // `contrastive4j tasks` lists built-in and generated parameters alike.
    assertEquals(List.of("string", "boolean", "boolean", "int", "int", "long", "long", "double",
        "double", "string"), SpecParameters.of(
            new EveryType("a", true, null, 1, null, 2, null, 0.5, null, Mode.EXACT))
        .stream().map(ParameterInfo::type).toList());
  }
}
