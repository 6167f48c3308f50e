package dev.contrastive4j.runtime.cli;

import static dev.contrastive4j.runtime.cli.DamageOutcome.LOADS;
import static dev.contrastive4j.runtime.cli.DamageOutcome.REFUSED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example data directory's manifest, {@code dataset.json}, damaged in turn: cut short,
 * bytes changed, fields deleted, values of the wrong kind, files named that are not there.
 * Each is read by {@code dataset info} and must be refused in one line naming the manifest (or
 * the missing file it names), except where a comment says why the damaged manifest is valid.
 */
class CorruptManifestTest {
  private static final long SEED = 20_240_612L;
  private static final String MANIFEST = "dataset.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TempDir
  Path scratch;

  @TestFactory
  Stream<DynamicTest> theManifestDamagedEveryWay() throws IOException {
    Path original = DatasetInfoCommandTest.exampleDirectory();
    byte[] manifest = Files.readAllBytes(original.resolve(MANIFEST));
    String text = new String(manifest, StandardCharsets.UTF_8);
    Random random = new Random(SEED);
    List<DamageCase> cases = new ArrayList<>(CorruptDatasetDirectoryTest.anyFile(MANIFEST,
        random));
    cases.add(bytes(FileDamage.truncate("inside the schema", manifest.length / 2)));
    cases.add(bytes(FileDamage.truncate("without its closing brace", manifest.length - 3)));
    cases.add(bytes(FileDamage.append("a second object", "{}".getBytes(StandardCharsets.UTF_8))));
    cases.add(bytes(FileDamage.append("NUL bytes", new byte[8])));
    cases.add(bytes(FileDamage.set("inside the name", text.indexOf("toy-citations") + 3, 0xff)));
    cases.add(bytes(FileDamage.set("a brace", text.indexOf('{', 1), '[')));
    cases.add(bytes(FileDamage.set("a quote", text.indexOf("\"name\""), ' ')));
    for (String field : new String[] {"format_version", "name", "schema", "node_counts",
        "target", "split", "target.node_set", "target.feature", "target.labels",
        "target.num_classes", "split.val", "node_counts.author", "schema.node_sets.author",
        "schema.edge_sets.writes.source"}) {
      cases.add(edit("without " + field, root -> parentOf(root, field).remove(last(field))));
    }
    // An optional field.
    cases.add(new DamageCase(MANIFEST, jsonEdit("without description",
        root -> root.remove("description")), LOADS));
    cases.add(edit("format_version \"1\"", root -> root.put("format_version", "1")));
    cases.add(edit("format_version 2", root -> root.put("format_version", 2)));
    cases.add(edit("name 5", root -> root.put("name", 5)));
    cases.add(edit("schema []", root -> root.set("schema", NODES.arrayNode())));
    cases.add(edit("node_counts.paper \"24\"", root -> counts(root).put("paper", "24")));
    cases.add(edit("node_counts.paper 24.5", root -> counts(root).put("paper", 24.5)));
    // The manifest and the feature file disagree, and either may be at fault: the refusal
    // names the file, with the row count the manifest gives.
    cases.add(new DamageCase(MANIFEST, jsonEdit("node_counts.paper 25",
        root -> counts(root).put("paper", 25)), REFUSED, List.of("nodes/paper/feat.csv")));
    cases.add(edit("node_counts.paper -1", root -> counts(root).put("paper", -1)));
    cases.add(edit("node_counts.paper 10^12", root -> counts(root).put("paper", 1L << 40)));
    cases.add(edit("node_counts.paper null", root -> counts(root).putNull("paper")));
    cases.add(edit("target.num_classes 0", root -> target(root).put("num_classes", 0)));
    cases.add(edit("target.num_classes true", root -> target(root).put("num_classes", true)));
    cases.add(edit("target.node_set 'venue'", root -> target(root).put("node_set", "venue")));
    cases.add(edit("split.train 7", root -> split(root).put("train", 7)));
    cases.add(edit("split.val a directory", root -> split(root).put("val", "split")));
    cases.add(edit("split.test outside", root -> split(root).put("test", "../labels.csv")));
    cases.add(edit("an unknown field", root -> root.put("num_clases", 3)));
    cases.add(new DamageCase(MANIFEST, jsonEdit("target.labels a missing file",
        root -> target(root).put("labels", "labels2.csv")), REFUSED, List.of("labels2.csv")));
    cases.add(new DamageCase(MANIFEST, jsonEdit("split.test a missing file",
        root -> split(root).put("test", "split/none.npy")), REFUSED, List.of("split/none.npy")));
    List<String> files = DirectoryFiles.list(original);
    // The year, an int32 per paper, is a valid feature, so the data set loads; train refuses
    // it as an encoder's input at the 'dataset' setting (a choice, not damage: see
    // docs/dataset-directory-format.md, target.feature).
    cases.add(new DamageCase(MANIFEST, jsonEdit("target.feature 'year'",
        root -> target(root).put("feature", "year")), LOADS));
    return cases.stream().map(c -> c.test(original, files, scratch,
        copy -> new String[] {"dataset", "info", "--dataset", copy.toString()}));
  }

  private static DamageCase bytes(FileDamage damage) {
    return new DamageCase(MANIFEST, damage, REFUSED);
  }

  private static DamageCase edit(String label, java.util.function.Consumer<ObjectNode> edit) {
    return new DamageCase(MANIFEST, jsonEdit(label, edit), REFUSED);
  }

  /** The manifest parsed, changed by {@code edit} and written back, pretty-printed. */
  private static FileDamage jsonEdit(String label,
      java.util.function.Consumer<ObjectNode> edit) {
    return FileDamage.bytes(label, b -> {
      try {
        ObjectNode root = (ObjectNode) JSON.readTree(b);
        edit.accept(root);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static ObjectNode parentOf(ObjectNode root, String dotted) {
    JsonNode node = root;
    String[] parts = dotted.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.get(parts[i]);
    }
    return (ObjectNode) node;
  }

  private static String last(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  private static ObjectNode counts(ObjectNode root) {
    return (ObjectNode) root.get("node_counts");
  }

  private static ObjectNode target(ObjectNode root) {
    return (ObjectNode) root.get("target");
  }

  private static ObjectNode split(ObjectNode root) {
    return (ObjectNode) root.get("split");
  }
}
