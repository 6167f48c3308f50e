package dev.contrastive4j.processor;

import static dev.contrastive4j.processor.Sources.compile;
import static dev.contrastive4j.processor.Sources.corruptor;
import static dev.contrastive4j.processor.Sources.dgiTask;
import static dev.contrastive4j.processor.Sources.dgiTaskAt;
import static dev.contrastive4j.processor.Sources.dgiTaskTaking;
import static dev.contrastive4j.processor.Sources.java;
import static dev.contrastive4j.processor.Sources.noiseTaking;
import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table "Compiler errors" of {@code docs/annotations.md} quotes the processor's messages;
 * this compiles a source for each quoted message and checks that the processor reports it, as
 * the one error, so that the documentation cannot drift from what plugin authors see.
 */
class CompilerErrorsDocTest {
  /** The documentation, from the processor module, where the build runs its tests. */
  private static final Path DOC = Path.of("..", "docs", "annotations.md");
  private static final String SECTION = "## Compiler errors";
  /** A cell of the table's second column: messages in backticks, separated by ", ". */
  private static final Pattern MESSAGES = Pattern.compile("`[^`]+`(, `[^`]+`)*");
  private static final Pattern MESSAGE = Pattern.compile("`([^`]+)`");
  /** A cell separator of a Markdown table: a '|' that is not escaped as "\|". */
  private static final String CELL = "(?<!\\\\)\\|";

  @TempDir Path tmp;

  /** A documented message, and the mistake of its row. */
  private record Documented(String mistake, String message) {}

  /**
   * The source of each documented message, by a prefix of the message that no other documented
   * message starts with. A message documented without a case here fails, and so does a case
   * whose message is no longer documented.
   */
  private Map<String, Callable<Compilation>> cases() {
    Map<String, Callable<Compilation>> c = new LinkedHashMap<>();
    // The class.
    c.put("@ContrastiveTask goes on a class",
        of(java("com.example.T", "@ContrastiveTask(name = \"t\")", "public interface T {}")));
    c.put("@ContrastiveTask class T is abstract",
        of(task("public abstract class T extends DeepGraphInfomax", DGI_CONSTRUCTOR)));
    c.put("@Corruptor class Noise is not public", of(java("com.example.Noise",
        "@Corruptor(name = \"noise\")",
        "final class Noise implements dev.contrastive4j.api.task.Corruptor {",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}")));
    c.put("... is an inner class", of(Sources.nested("public class", "public class")));
    c.put("... is nested in Outer", of(Sources.nested("class", "public static class")));
    c.put("... has type parameters",
        of(task("public class T<X> extends DeepGraphInfomax", DGI_CONSTRUCTOR)));
    c.put("@ContrastiveTask class T must extend", of(task("public class T")));
    c.put("@Corruptor class Noise does not implement", of(java("com.example.Noise",
        "@Corruptor(name = \"noise\")", "public final class Noise {}")));
    // The constructor.
    c.put("... has no usable constructor: add", of(task("public class T extends DeepGraphInfomax",
        "  T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }")));
    c.put("... has no usable constructor: its", of(task("public class T extends BarlowTwins",
        "  public T(TaskSettings s, ParameterStore p, long d) { super(s, p, d, null, true); }")));
    c.put("... has 2 public constructors",
        of(noise("  public Noise() {}", "  public Noise(@Param(\"1\") int k) {}")));
    c.put("... has more than one @Inject constructor",
        of(noise("  @Inject public Noise() {}", "  @Inject public Noise(@Param(\"1\") int k) {}")));
    c.put("the @Inject constructor of ... is not public", of(noise("  @Inject Noise() {}")));
    c.put("the constructor of ... declares checked exceptions",
        of(noise("  public Noise() throws java.io.IOException {}")));
    c.put("the constructor of ... has type parameters", of(noise("  public <T> Noise() {}")));
    c.put("parameter 'mode' has type", of(noise(
        "  private enum Mode { SHUFFLE, MASK }",
        "  public Noise(@Param(\"MASK\") Mode mode) {}")));
    c.put("parameter 's' has the binding annotation @Secret", of(noise(
        "  @jakarta.inject.Qualifier",
        "  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
        "  private @interface Secret {}",
        "  public Noise(@Secret String s) {}")));
    c.put("the @Inject field 'dataset'",
        of(noise("  @Inject @Named(\"dataset\") GraphTensor dataset;")));
    // Names.
    c.put("the task name is empty", of(dgiTaskAt("com.example.NoisyTask", "name = \"\"")));
    c.put("the task name \"my task\"", of(dgiTask("name = \"my task\"")));
    c.put("the task name \"dgi\"", of(dgiTask("name = \"dgi\"")));
    c.put("the corruptor name \"same\"",
        of(corruptor("A", "same"), corruptor("B", "same")));
    c.put("the task name \"My-Task\"",
        of(dgiTaskAt("com.example.A", "name = \"my-task\""), dgiTask("name = \"My-Task\"")));
    c.put("a class is one plugin", of(java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "@Corruptor(name = \"c\")",
        "public class T extends DeepGraphInfomax {",
        DGI_CONSTRUCTOR,
        "}")));
    c.put("@Corruptor class Outer_Inner would get", of(
        Sources.nested("public class", "public static class"),
        corruptor("Outer_Inner", "outer-inner")));
    // References to other plugins.
    c.put("corruptor = PlainNoise.class", of(
        java("com.example.PlainNoise",
            "public final class PlainNoise implements dev.contrastive4j.api.task.Corruptor {",
            "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
            "}"),
        dgiTask("name = \"t\", corruptor = PlainNoise.class")));
    c.put("corruptor = LibNoise.class", () -> Sources.compileAgainst(
        Compiler.javac().withOptions("-proc:none")
            .compile(Sources.corruptorAt("com.lib.LibNoise", "lib-noise")),
        tmp, dgiTask("name = \"t\", corruptor = com.lib.LibNoise.class")));
    c.put("corruptorName = \"nope\"",
        of(corruptor("Noise", "noise"), dgiTask("name = \"t\", corruptorName = \"nope\"")));
    c.put("corruptorName = \"loose\"", of(Sources.corruptorAt("Loose", "loose"),
        dgiTask("name = \"t\", corruptorName = \"loose\"")));
    c.put("set corruptor or corruptorName", of(corruptor("Noise", "noise"),
        dgiTask("name = \"t\", corruptor = Noise.class, corruptorName = \"noise\"")));
    // Values of the task's annotation.
    c.put("projectorUnits[1] is 0", of(dgiTask("name = \"t\", projectorUnits = {64, 0}")));
    c.put("nodeSet is blank", of(dgiTask("name = \"t\", nodeSet = \" \"")));
    c.put("lambda is -1.0", of(Sources.task("BarlowTwins", "name = \"t\", lambda = -1")));
    c.put("simWeight is -2.0", of(Sources.task("VicReg", "name = \"t\", simWeight = -2")));
    c.put("margin is Infinity",
        of(Sources.task("Triplet", "name = \"t\", margin = Double.POSITIVE_INFINITY")));
    c.put("lambda applies to", of(dgiTask("name = \"t\", lambda = 0.5")));
    c.put("lambda must be at most",
        of(Sources.task("BarlowTwins", "name = \"t\", lambda = 1e300")));
    c.put("simWeight must be 0 or at least",
        of(Sources.task("VicReg", "name = \"t\", simWeight = 1e-50")));
    // @Param and @Seed.
    c.put("@Param 'rate': the default 1.5",
        of(noiseTaking("@Param(value = \"1.5\", min = 0, max = 1) double rate")));
    c.put("@Param 'rate': min 1.0",
        of(noiseTaking("@Param(value = \"0.5\", min = 1, max = 0) double rate")));
    c.put("@Param 'label': min and max",
        of(noiseTaking("@Param(value = \"a\", max = 3) String label")));
    c.put("@Param 'rate': the default \"abc\"", of(noiseTaking("@Param(\"abc\") double rate")));
    c.put("... is not a constant of Mode", of(noiseTaking("@Param(\"DROP\") Mode mode")));
    c.put("@Param 'scale' has type float", of(noiseTaking("@Param(\"1\") float scale")));
    c.put("@Param 'big': the default \"1e300\"", of(noiseTaking("@Param(\"1e300\") double big")));
    c.put("@Param 'mode': Noise.Mode.SUM and Noise.Mode.Sum", of(corruptor("Noise", "noise",
        "  public enum Mode { SUM, Sum, MEAN }",
        "  public Noise(@Param(\"SUM\") Mode mode) {}")));
    c.put("@Param 'pooling' has type Pool", of(
        java("com.example.Pool", "public enum Pool { MEAN, MAX }"),
        Sources.readout("Pooled", "pooled", "  public Pooled(@Param(\"MEAN\") Pool pooling) {}")));
    c.put("could not write the generated com.example.NoiseSpec", of(
        java("com.example.NoiseSpec", "public record NoiseSpec(double sigma) {}"),
        noise("  public Noise() {}")));
    c.put("@Param 'Mode' is named like its type", of(noiseTaking("@Param(\"MASK\") Mode Mode")));
    c.put("@Param 'foo_bar' and 'fooBar'",
        of(noiseTaking("@Param(\"1\") int fooBar, @Param(\"2\") int foo_bar")));
    c.put("@Param 'readout' would be", of(dgiTaskTaking("@Param(\"x\") String readout")));
    c.put("@Param 'hashCode'", of(noiseTaking("@Param(\"1\") int hashCode")));
    c.put("@Param 'defaultTraining'",
        of(dgiTaskTaking("@Param(\"1\") int defaultTraining")));
    c.put("@Seed parameter 'seed' must be a long", of(noiseTaking("@Seed int seed")));
    c.put("... has two @Seed parameters", of(noiseTaking("@Seed long a, @Seed long b")));
    c.put("@Seed parameter 'seed': readouts",
        of(Sources.readout("Mean", "mean", "  public Mean(@Seed long seed) {}")));
    c.put("@Seed parameter 'seed': a task's", of(dgiTaskTaking("@Seed long seed")));
    c.put("parameter 'seed' is both", of(noiseTaking("@Param(\"1\") @Seed long seed")));
    c.put("parameter 'k' (int)", of(dgiTaskTaking("int k")));
    c.put("@Param configures", of(java("com.example.Helper",
        "public final class Helper {",
        "  public static int make(@Param(\"1\") int k) { return k; }",
        "}")));
    c.put("@Param on a constructor the runtime does not call",
        of(noise("  @Inject public Noise() {}", "  public Noise(@Param(\"1\") int k) {}")));
    // The registry.
    c.put("-Acontrastive4j.registry=1bad",
        of(List.of("-Acontrastive4j.registry=1bad"), dgiTask("name = \"t\"")));
    c.put("... puts the registry in package com.acme",
        of(List.of("-Acontrastive4j.registry=com.acme.Plugins"),
            Sources.corruptorAt("Noise", "noise")));
    c.put("@Corruptor class MadeLater", RoundSources::madeAfterTheRegistry);
    return c;
  }

  private static final String DGI_CONSTRUCTOR =
      "  public T(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }";

  /** A task {@code com.example.T} named "t", declared by {@code declaration} up to its body. */
  private static JavaFileObject task(String declaration, String... members) {
    List<String> lines = new ArrayList<>(List.of("@ContrastiveTask(name = \"t\")",
        declaration + " {"));
    lines.addAll(Arrays.asList(members));
    lines.add("}");
    return java("com.example.T", lines.toArray(new String[0]));
  }

  /** The corruptor {@code com.example.Noise} named "noise", with {@code members}. */
  private static JavaFileObject noise(String... members) {
    return corruptor("Noise", "noise", members);
  }

  private static Callable<Compilation> of(JavaFileObject... files) {
    return () -> compile(files);
  }

  private static Callable<Compilation> of(List<String> options, JavaFileObject... files) {
    return () -> compile(options, files);
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedMessageIsWhatTheProcessorReports() throws IOException {
    Map<String, Callable<Compilation>> cases = cases();
    return documented().stream().map(d -> dynamicTest(d.mistake() + ": " + d.message(), () -> {
      List<String> keys =
          cases.keySet().stream().filter(key -> d.message().startsWith(key)).toList();
      String documented = "documented: " + d.message();
      if (keys.size() != 1) {
        fail(documented + "\nit has " + (keys.isEmpty() ? "no case" : "the cases " + keys)
            + " in CompilerErrorsDocTest.cases(): give it one, keyed by a prefix of it");
      }
      List<String> errors = cases.get(keys.get(0)).call().errors().stream()
          .map(e -> e.getMessage(Locale.ROOT)).toList();
      assertEquals(1, errors.size(), () -> documented + "\nreported errors: " + errors);
      assertTrue(wildcards(d.message()).matcher(errors.get(0)).matches(),
          () -> documented + "\nreported:   " + errors.get(0));
    }));
  }

  @Test
  void everyCaseIsOfADocumentedMessage() throws IOException {
    List<String> messages = documented().stream().map(Documented::message).toList();
    List<String> undocumented = cases().keySet().stream()
        .filter(key -> messages.stream().filter(m -> m.startsWith(key)).count() != 1)
        .toList();
    assertEquals(List.of(), undocumented, "cases that are not the prefix of exactly one "
        + "documented message: remove them, or make them the prefix of their message");
  }

  /** The messages of the table of the section "Compiler errors", in their order. */
  private static List<Documented> documented() throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int section = lines.indexOf(SECTION);
    assertTrue(section >= 0, DOC.toAbsolutePath() + " has no section " + SECTION);
    List<String> table = new ArrayList<>();
    for (String line : lines.subList(section + 1, lines.size())) {
      if (line.startsWith("|")) {
        table.add(line);
      } else if (!table.isEmpty() || line.startsWith("## ")) {
        break;
      }
    }
    assertTrue(table.size() > 2, "the section " + SECTION + " has no table with rows");
    assertEquals(List.of("mistake", "message (abridged)"), cells(table.get(0)));
    List<Documented> messages = new ArrayList<>();
    for (String row : table.subList(2, table.size())) {
      List<String> cells = cells(row);
      assertEquals(2, cells.size(), () -> "a row of two cells: " + row);
      assertTrue(MESSAGES.matcher(cells.get(1)).matches(),
          () -> "the second cell is messages in backticks, separated by \", \": " + row);
      Matcher m = MESSAGE.matcher(cells.get(1));
      while (m.find()) {
        messages.add(new Documented(cells.get(0), m.group(1)));
      }
    }
    return messages;
  }

  /** The cells of a table row, stripped, with "\|" read as '|'. */
  private static List<String> cells(String row) {
    String[] parts = row.strip().split(CELL, -1);
    return Arrays.stream(parts, 1, parts.length - 1)
        .map(p -> p.strip().replace("\\|", "|"))
        .toList();
  }

  /** A pattern of the documented message: each "..." is any text, the rest is literal. */
  private static Pattern wildcards(String documented) {
    return Pattern.compile(Arrays.stream(documented.split(Pattern.quote("..."), -1))
        .map(Pattern::quote)
        .collect(joining(".*")), Pattern.DOTALL);
  }
}
