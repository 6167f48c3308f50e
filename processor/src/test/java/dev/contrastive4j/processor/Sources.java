package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Test sources, compiled with the processor, and what the compilation produced. */
final class Sources {
  private Sources() {}

  /** The imports every test source starts with. */
  static final List<String> IMPORTS = List.of(
      "import dev.contrastive4j.api.annotations.ContrastiveTask;",
      "import dev.contrastive4j.api.annotations.Corruptor;",
      "import dev.contrastive4j.api.annotations.Param;",
      "import dev.contrastive4j.api.annotations.Readout;",
      "import dev.contrastive4j.api.annotations.Seed;",
      "import dev.contrastive4j.api.graph.GraphTensor;",
      "import dev.contrastive4j.api.task.EncodedGraph;",
      "import dev.contrastive4j.api.tensor.Tensor;",
      "import dev.contrastive4j.runtime.tasks.*;",
      "import dev.contrastive4j.runtime.tensor.ParameterStore;",
      "import jakarta.inject.Inject;",
      "import jakarta.inject.Named;");

  /** A source file {@code qualifiedName} in its package, with {@link #IMPORTS}. */
  static JavaFileObject java(String qualifiedName, String... body) {
    List<String> lines = new ArrayList<>();
    int dot = qualifiedName.lastIndexOf('.');
    if (dot > 0) {
      lines.add("package " + qualifiedName.substring(0, dot) + ";");
    }
    lines.addAll(IMPORTS);
    lines.addAll(Arrays.asList(body));
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /**
   * A corruptor named {@code name} that returns its input: {@code com.example.<simple>}, with
   * {@code members} (such as a constructor) as its first lines.
   */
  static JavaFileObject corruptor(String simple, String name, String... members) {
    return corruptorAt("com.example." + simple, name, members);
  }

  /** The corruptor of {@link #corruptor} as the class {@code qualifiedName}, in any package. */
  static JavaFileObject corruptorAt(String qualifiedName, String name, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("@Corruptor(name = \"" + name + "\")");
    lines.add("public final class " + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1)
        + " implements dev.contrastive4j.api.task.Corruptor {");
    lines.addAll(Arrays.asList(members));
    lines.add("  @Override public GraphTensor corrupt(GraphTensor g) { return g; }");
    lines.add("}");
    return java(qualifiedName, lines.toArray(new String[0]));
  }

  /**
   * A corruptor {@code com.example.Noise} named "noise", with a {@code public enum Mode {SHUFFLE,
   * MASK}}, whose constructor takes {@code parameters}, on a line of their own.
   */
  static JavaFileObject noiseTaking(String parameters) {
    return corruptor("Noise", "noise",
        "  public enum Mode { SHUFFLE, MASK }",
        "  public Noise(",
        "      " + parameters + ") {}");
  }

  /**
   * A readout named {@code name} that reads every node: {@code com.example.<simple>}, with
   * {@code members} (such as a constructor) as its first lines.
   */
  static JavaFileObject readout(String simple, String name, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("@Readout(name = \"" + name + "\")");
    lines.add("public final class " + simple + " implements dev.contrastive4j.api.task.Readout {");
    lines.addAll(Arrays.asList(members));
    lines.addAll(List.of(
        "  @Override public Tensor read(EncodedGraph g, String set, String feature) {",
        "    return g.state(set, feature);",
        "  }",
        "  @Override public long count(GraphTensor g, String set) {",
        "    return g.nodeSet(set).totalSize();",
        "  }",
        "}"));
    return java("com.example." + simple, lines.toArray(new String[0]));
  }

  /**
   * A corruptor {@code Inner} named "inner", nested in {@code com.example.Outer}: {@code outer}
   * and {@code inner} are the two class declarations, up to the class name.
   */
  static JavaFileObject nested(String outer, String inner) {
    return java("com.example.Outer",
        outer + " Outer {",
        "  @Corruptor(name = \"inner\")",
        "  " + inner + " Inner implements dev.contrastive4j.api.task.Corruptor {",
        "    @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "  }",
        "}");
  }

  /** A DGI task {@code com.example.T} with the given annotation members. */
  static JavaFileObject dgiTask(String members) {
    return dgiTaskAt("com.example.T", members);
  }

  /** The task of {@link #dgiTask} as the class {@code qualifiedName}. */
  static JavaFileObject dgiTaskAt(String qualifiedName, String members) {
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return java(qualifiedName,
        "@ContrastiveTask(" + members + ")",
        "public class " + simple + " extends DeepGraphInfomax {",
        "  public " + simple + "(TaskSettings s, ParameterStore p, long dim) { super(s, p, dim); }",
        "}");
  }

  /**
   * A DGI task {@code com.example.T} named "t" whose constructor takes {@code parameters} after
   * the base's, on a line of their own.
   */
  static JavaFileObject dgiTaskTaking(String parameters) {
    return java("com.example.T",
        "@ContrastiveTask(name = \"t\")",
        "public class T extends DeepGraphInfomax {",
        "  public T(TaskSettings s, ParameterStore p, long dim,",
        "      " + parameters + ") {",
        "    super(s, p, dim);",
        "  }",
        "}");
  }

  /**
   * A task {@code com.example.T} with the given annotation members that extends {@code base},
   * BarlowTwins, VicReg or Triplet, with a constructor that passes the base's parameters on.
   */
  static JavaFileObject task(String base, String members) {
    // The constructor's parameters after (settings, store, dim), and what it passes of them.
    String[] extra = switch (base) {
      case "BarlowTwins" -> new String[] {"Double lambda, boolean norm", "lambda, norm"};
      case "VicReg" -> new String[] {"double a, double b, double c", "a, b, c"};
      case "Triplet" -> new String[] {"double margin, dev.contrastive4j.api.task.Corruptor c",
          "margin, c"};
      default -> throw new IllegalArgumentException(base);
    };
    return java("com.example.T",
        "@ContrastiveTask(" + members + ")",
        "public class T extends " + base + " {",
        "  public T(TaskSettings s, ParameterStore p, long d,",
        "      " + extra[0] + ") {",
        "    super(s, p, d, " + extra[1] + ");",
        "  }",
        "}");
  }

  static Compilation compile(JavaFileObject... files) {
    return Compiler.javac().withProcessors(new ContrastiveProcessor()).compile(files);
  }

  static Compilation compile(List<String> options, JavaFileObject... files) {
    return Compiler.javac().withProcessors(new ContrastiveProcessor()).withOptions(options)
        .compile(files);
  }

  /**
   * Writes the output of {@code library} to {@code dir}, and compiles {@code files} with the
   * processor and the library on the class path.
   */
  static Compilation compileAgainst(Compilation library, Path dir, JavaFileObject... files)
      throws IOException {
    return Compiler.javac().withProcessors(new ContrastiveProcessor())
        .withClasspath(classPathWith(writeOutput(library, dir))).compile(files);
  }

  /**
   * Asserts that {@code compilation} succeeded, and that its inputs together with the sources it
   * generated compile again, without the processor, under {@code -Xlint:all -Werror} and the
   * doclint checks this project compiles its own sources with (a plugin's project may too).
   */
  static void assertCompilesCleanly(Compilation compilation, JavaFileObject... inputs) {
    assertThat(compilation).succeededWithoutWarnings();
    List<JavaFileObject> all = new ArrayList<>(compilation.generatedSourceFiles());
    all.addAll(Arrays.asList(inputs));
    Compilation again = Compiler.javac().withOptions("-proc:none", "-Xlint:all", "-Werror",
            "-Xdoclint:all/protected,-missing")
        .compile(all);
    assertThat(again).succeededWithoutWarnings();
  }

  /**
   * Asserts that {@code compilation} failed with these errors and no others, each in
   * {@code file}: pairs of a message (or a part of it) and a text of the line it is on.
   */
  static void assertErrors(Compilation compilation, JavaFileObject file,
      String... messagesAndLines) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(messagesAndLines.length / 2);
    for (int i = 0; i < messagesAndLines.length; i += 2) {
      assertThat(compilation).hadErrorContaining(messagesAndLines[i]).inFile(file)
          .onLineContaining(messagesAndLines[i + 1]);
    }
  }

  /** The text of the generated file at {@code path} (e.g. {@code META-INF/...}) in the output. */
  static String generatedText(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .map(f -> {
          try {
            return f.getCharContent(true).toString();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .orElseThrow(() -> new AssertionError("no generated file " + path));
  }

  /**
   * Writes the class files and resources {@code compilation} produced to {@code dir}, for a
   * class loader or a later compilation's class path.
   */
  static Path writeOutput(Compilation compilation, Path dir) throws IOException {
    String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    for (JavaFileObject f : compilation.generatedFiles()) {
      String name = f.toUri().getPath();
      int at = name.indexOf(prefix);
      if (at < 0) {
        continue;
      }
      Path target = dir.resolve(name.substring(at + prefix.length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = f.openInputStream()) {
        Files.copy(in, target);
      }
    }
    return dir;
  }

  /** A class loader over the compilation's output, with the test class path as parent. */
  static URLClassLoader load(Compilation compilation, Path dir) throws IOException {
    writeOutput(compilation, dir);
    return new URLClassLoader(new URL[] {url(dir)}, Sources.class.getClassLoader());
  }

  /** The test class path plus {@code extra}, for compilations against earlier output. */
  static List<File> classPathWith(Path extra) {
    List<File> entries = new ArrayList<>();
    entries.add(extra.toFile());
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(new File(e));
    }
    return entries;
  }

  private static URL url(Path dir) {
    try {
      return dir.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
