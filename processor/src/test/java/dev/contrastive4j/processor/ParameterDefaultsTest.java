package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.runtime.plugins.Plugins;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defaults a plugin's parameter listing shows, as one line of JSON: a number, and the
 * built-in spec a view or readout left unset falls back to. The test compiles its own task,
 * so that a mutation run counts it as a test of the processor that wrote the listing.
 */
class ParameterDefaultsTest {
  @Test
  void theListingShowsEachDefaultAsCompactJson(@TempDir Path dir) throws Exception {
    Compilation c = Sources.compile(Sources.task("Triplet", "name = \"trip\", margin = 0.5"));
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader l = Sources.load(c, dir)) {
      TaskPlugin trip = Plugins.discover(l).tasks().get(0);
      Map<String, String> defaults = new LinkedHashMap<>();
      for (ParameterInfo p : trip.parameters()) {
        defaults.put(p.name(), p.defaultValue());
      }
      assertEquals("0.5", defaults.get("margin"));
      assertEquals("{\"type\":\"all-nodes\"}", defaults.get("readout"));
      // Graph Barlow Twins' augmentation, the default positive view of triplet tasks.
      assertEquals("{\"type\":\"compose\",\"steps\":["
          + "{\"type\":\"drop-edges\",\"rate\":0.2,\"seed\":null},"
          + "{\"type\":\"mask-feature-columns\",\"rate\":0.2,\"seed\":null}]}",
          defaults.get("positive_view"));
    }
  }
}
