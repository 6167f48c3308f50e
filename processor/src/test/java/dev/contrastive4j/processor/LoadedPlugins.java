package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.name.Names;
import com.google.testing.compile.Compilation;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.inject.ComponentsModule;
import dev.contrastive4j.runtime.inject.ConfigException;
import dev.contrastive4j.runtime.inject.Tasks;
import dev.contrastive4j.runtime.plugins.PluginModules;
import dev.contrastive4j.runtime.plugins.Plugins;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The plugins of a compilation, loaded as the runtime loads them: their registry, a Jackson
 * mapper that knows their specs, and the runtime's Guice modules with theirs (binding
 * {@code @Named("greeting")} to "hi"), which build their tasks as the runtime does.
 */
final class LoadedPlugins implements AutoCloseable {
  final Compilation compilation;
  final URLClassLoader loader;
  final Plugins plugins;
  final ObjectMapper json;
  final Injector injector;

  private LoadedPlugins(Compilation compilation, Path dir) throws IOException {
    this.compilation = compilation;
    loader = Sources.load(compilation, dir);
    plugins = Plugins.discover(loader);
    json = plugins.registerSpecTypes(new ObjectMapper());
    injector = Guice.createInjector(new ComponentsModule(), new PluginModules(plugins),
        binder -> binder.bindConstant().annotatedWith(Names.named("greeting")).to("hi"));
  }

  /** Compiles {@code sources} with the processor, which must succeed, and loads the output. */
  static LoadedPlugins compile(Path dir, List<JavaFileObject> sources) throws IOException {
    Compilation c = Sources.compile(sources.toArray(new JavaFileObject[0]));
    assertThat(c).succeededWithoutWarnings();
    return new LoadedPlugins(c, dir);
  }

  /** The task of {@code spec}, as the runtime builds it, on a tiny graph. */
  Task build(TaskSpec spec) {
    return injector.getInstance(Tasks.class).create(spec, tinyDataset(), new ParameterStore(0),
        4, 0);
  }

  /** Why the task of the spec {@code taskJson} is refused when built. */
  String rejected(String taskJson) throws IOException {
    TaskSpec spec = json.readValue(taskJson, TaskSpec.class);
    return assertThrows(ConfigException.class, () -> build(spec)).getMessage();
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }

  /** Four papers in a cycle, two classes. */
  private static GraphDataset tinyDataset() {
    NodeSet papers = NodeSet.of(4, Map.of("feat", Feature.dense(Nd4j.rand(4, 3))));
    EdgeSet cites = EdgeSet.of(new Adjacency("paper", "paper", new int[] {0, 1, 2, 3},
        new int[] {1, 2, 3, 0}), Map.of());
    GraphTensor graph = GraphTensor.homogeneous("paper", papers, "cites", cites);
    return new GraphDataset("tiny", graph, "paper", "feat", new int[] {0, 1, 0, 1}, 2,
        new Split(new int[] {0}, new int[] {1}, new int[] {2, 3}));
  }
}
