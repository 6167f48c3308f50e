package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.Experiment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFilesTest {
  @TempDir
  Path dir;

  private List<String> filesIn(Path d) throws Exception {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAndReadsEveryFormatByExtension() throws Exception {
    Experiment e = ExperimentMapperTest.BARLOW_TWINS;
    for (String name : List.of("a.json", "b.yaml", "c.yml", "D.JSON")) {
      Path file = dir.resolve("nested").resolve(name);
      ExperimentFiles.write(file, e);
      assertEquals(e, ExperimentFiles.read(file));
    }
    assertEquals(List.of("D.JSON", "a.json", "b.yaml", "c.yml"), filesIn(dir.resolve("nested")));
    String yaml = Files.readString(dir.resolve("nested/b.yaml"));
    assertEquals(new ExperimentMapper().writeYaml(e), yaml);
    assertEquals(new ExperimentMapper().writeJson(e),
        Files.readString(dir.resolve("nested/a.json")));
  }

  @Test
  void overwritesAtomicallyWithoutLeavingTemporaryFiles() throws Exception {
    Path file = dir.resolve("e.yaml");
    ExperimentFiles.write(file, Experiment.defaults());
    ExperimentFiles.write(file, Experiment.defaults().withSeed(5));
    assertEquals(5L, ExperimentFiles.read(file).seed());
    assertEquals(List.of("e.yaml"), filesIn(dir));
  }

  @Test
  void aFailedWriteLeavesTheOldFile() throws Exception {
    Path file = dir.resolve("e.yaml");
    ExperimentFiles.write(file, Experiment.defaults());
    Experiment unregistered = Experiment.defaults().withTask(new PluginSpecs.InfoNce(null, null,
        null, null, null, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> ExperimentFiles.write(file, unregistered, new ExperimentMapper()));
    assertEquals(Experiment.defaults(), ExperimentFiles.read(file));
    assertEquals(List.of("e.yaml"), filesIn(dir));
  }

  @Test
  void problemsInAFileNameTheFileFirst() throws Exception {
    Path file = dir.resolve("experiment.yaml");
    Files.writeString(file, """
        task:
          type: dgi
          projecter_units: [16]
          corruptor: {type: shuffle-features, rate: 1.5}
        """);
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> ExperimentFiles.read(file));
    String nl = System.lineSeparator();
    assertEquals(file + ": 2 problems:" + nl
        + "  task.projecter_units: unknown property; did you mean 'projector_units'?" + nl
        + "  task.corruptor.rate: must be in [0, 1], was 1.5", e.getMessage());
    assertEquals(file.toString(), e.source());

    Path json = dir.resolve("broken.json");
    Files.writeString(json, "{\"seed\": }");
    assertEquals(json + ": line 1, column 10: Unexpected character ('}' (code 125)): expected "
        + "a value", assertThrows(ConfigValidationException.class,
            () -> ExperimentFiles.read(json)).getMessage());

    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, "{\"task\": {\"type\": \"dgi\"");
    assertEquals(cut + ": line 1, column 24: Unexpected end-of-input: expected close marker for "
        + "Object (start marker at line 1, column 10)", assertThrows(
            ConfigValidationException.class, () -> ExperimentFiles.read(cut)).getMessage());
  }

  @Test
  void missingUnreadableAndUnknownFilesAreOneLine() throws Exception {
    Path missing = dir.resolve("missing.yaml");
    assertEquals(missing + ": file not found", assertThrows(ConfigValidationException.class,
        () -> ExperimentFiles.read(missing)).getMessage());
    Path directory = Files.createDirectory(dir.resolve("config.json"));
    assertEquals(directory + ": is a directory, not a file",
        assertThrows(ConfigValidationException.class,
            () -> ExperimentFiles.read(directory)).getMessage());
    Path toml = dir.resolve("experiment.toml");
    Files.writeString(toml, "seed = 1");
    assertEquals(toml + ": unknown configuration format; name the file *.json, *.yaml or *.yml",
        assertThrows(ConfigValidationException.class, () -> ExperimentFiles.read(toml))
            .getMessage());
    assertThrows(ConfigValidationException.class,
        () -> ExperimentFiles.write(dir.resolve("x.txt"), Experiment.defaults()));
    assertEquals(List.of("config.json", "experiment.toml"), filesIn(dir));
  }

  @Test
  void readsUtf8() throws Exception {
    Path file = dir.resolve("unicode.yaml");
    Files.write(file, "task: {type: dgi, node_set: \"pâpér\"}\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("pâpér", ExperimentFiles.read(file).task().nodeSet());
  }

  @Test
  void readsAByteOrderMarkAndUtf16AndNamesOtherEncodings() throws Exception {
    for (String name : List.of("bom.yaml", "bom.json")) {
      Path file = dir.resolve(name);
      String text = name.endsWith(".yaml") ? "seed: 3\r\n" : "{\"seed\": 3}\r\n";
      Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
      assertEquals(3L, ExperimentFiles.read(file).seed(), name);
      Files.write(file, text.getBytes(StandardCharsets.UTF_16));
      assertEquals(3L, ExperimentFiles.read(file).seed(), name + " in UTF-16");
    }
    // Latin-1, as some editors save: the line and column of the first byte that is not UTF-8,
    // not 'java.io.CharConversionException: Invalid UTF-8 middle byte 0x3a'.
    Path yaml = dir.resolve("latin1.yaml");
    Files.write(yaml, "task: {type: dgi, node_set: pâpér}\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(yaml + ": line 1, column 30: not UTF-8 text (byte 0xe2); save the file as UTF-8",
        assertThrows(ConfigValidationException.class, () -> ExperimentFiles.read(yaml))
            .getMessage());
    // Jackson's JSON parser took the same bytes for the end of the input.
    Path json = dir.resolve("latin1.json");
    Files.write(json, "{\"s\u00e9ed\": 1}".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(json + ": line 1, column 4: not UTF-8 text (byte 0xe9); save the file as UTF-8",
        assertThrows(ConfigValidationException.class, () -> ExperimentFiles.read(json))
            .getMessage());
  }
}
