package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.runtime.plugins.Plugins;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defaults a plugin's parameter listing shows, as one line of JSON: a number, and the
 * built-in spec a view or readout left unset falls back to. The test compiles its own task,
 * so that a mutation run counts it as a test of the processor that wrote the listing.
 */
class ParameterDefaultsTest {
  /** Graph Barlow Twins' augmentation, as compact JSON. */
  private static final String AUGMENTATION = "{\"type\":\"compose\",\"steps\":["
      + "{\"type\":\"drop-edges\",\"rate\":0.2,\"seed\":null},"
      + "{\"type\":\"mask-feature-columns\",\"rate\":0.2,\"seed\":null}]}";

  /** What {@code read} reads of the plugins that {@code sources} declare, loaded. */
  private static <T> T read(Path dir, Function<Plugins, T> read, JavaFileObject... sources)
      throws Exception {
    Compilation c = Sources.compile(sources);
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader l = Sources.load(c, dir)) {
      return read.apply(Plugins.discover(l));
    }
  }

  /** The defaults of the one task that {@code sources} declare, by parameter name. */
  private static Map<String, String> defaults(Path dir, JavaFileObject... sources)
      throws Exception {
    return read(dir, plugins -> {
      Map<String, String> defaults = new LinkedHashMap<>();
      for (ParameterInfo p : plugins.tasks().get(0).parameters()) {
        defaults.put(p.name(), p.defaultValue());
      }
      return defaults;
    }, sources);
  }

  /** Each kind of {@code @Param} is listed with its type and its default as JSON. */
  @Test
  void theListingShowsEachKindOfParam(@TempDir Path dir) throws Exception {
    List<ParameterInfo> listed = read(dir, plugins -> plugins.corruptors().get(0).parameters(),
        Sources.noiseTaking("@Param(\"true\") boolean flag, @Param(\"7L\") long big, "
            + "@Param(\"hi\") String label, @Param(\"MASK\") Mode mode"));
    assertEquals(List.of("boolean", "long", "string", "string"),
        listed.stream().map(ParameterInfo::type).toList());
    assertEquals(List.of("true", "7", "\"hi\"", "\"mask\""),
        listed.stream().map(ParameterInfo::defaultValue).toList());
  }

  @Test
  void theListingShowsEachDefaultAsCompactJson(@TempDir Path dir) throws Exception {
    Map<String, String> defaults = defaults(dir,
        Sources.task("Triplet", "name = \"trip\", margin = 0.5"));
    assertEquals("0.5", defaults.get("margin"));
    assertEquals("{\"type\":\"all-nodes\"}", defaults.get("readout"));
    // Graph Barlow Twins' augmentation, the default positive view of triplet tasks.
    assertEquals(AUGMENTATION, defaults.get("positive_view"));
  }

  /**
   * What the annotation sets is the default: a seed (else the experiment's, null), a lambda,
   * a margin, zero included, and a positive view.
   */
  @Test
  void theListingShowsWhatTheTaskAnnotationSets(@TempDir Path dir) throws Exception {
    Map<String, String> trip = defaults(dir.resolve("trip"), Sources.corruptor("Noise", "noise"),
        Sources.task("Triplet", "name = \"trip\", seed = 7, margin = 0, "
            + "positiveViewName = \"noise\""));
    assertEquals(List.of("7", "0.0", "{\"type\":\"noise\"}"),
        List.of(trip.get("seed"), trip.get("margin"), trip.get("positive_view")));
    Map<String, String> bt = defaults(dir.resolve("bt"),
        Sources.task("BarlowTwins", "name = \"bt\", lambda = 0"));
    assertEquals(List.of("null", "0.0"), List.of(bt.get("seed"), bt.get("lambda")));
  }

  /**
   * The parameters every task has: a node set and feature the annotation sets, and the views a
   * method without two views leaves null, which Barlow Twins fills with its augmentation.
   */
  @Test
  void theListingShowsTheSharedParameters(@TempDir Path dir) throws Exception {
    List<ParameterInfo> dgi = read(dir.resolve("dgi"), plugins -> plugins.tasks().get(0)
        .parameters(), Sources.dgiTask("name = \"t\", nodeSet = \"paper\", feature = \"h2\""));
    Map<String, String> defaults = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    for (ParameterInfo p : dgi) {
      defaults.put(p.name(), p.defaultValue());
      types.put(p.name(), p.type());
    }
    assertEquals(List.of("\"paper\"", "\"h2\"", "null", "null"), List.of(
        defaults.get("node_set"), defaults.get("feature"), defaults.get("corruptor"),
        defaults.get("clean_view")));
    assertEquals(List.of("corruptor", "corruptor", "readout"), List.of(types.get("corruptor"),
        types.get("clean_view"), types.get("readout")));
    assertEquals("null", defaults(dir.resolve("unset"), Sources.dgiTask("name = \"u\""))
        .get("node_set"));
    assertEquals(AUGMENTATION, defaults(dir.resolve("bt"),
        Sources.task("BarlowTwins", "name = \"bt\"")).get("clean_view"));
  }
}
