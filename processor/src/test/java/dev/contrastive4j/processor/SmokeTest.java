package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() throws Exception {
    JavaFileObject noise = JavaFileObjects.forSourceLines("com.example.Noise",
        "package com.example;",
        "import dev.contrastive4j.api.annotations.Corruptor;",
        "import dev.contrastive4j.api.annotations.Param;",
        "import dev.contrastive4j.api.annotations.Seed;",
        "import dev.contrastive4j.api.graph.GraphTensor;",
        "import dev.contrastive4j.api.data.GraphDataset;",
        "@Corruptor(name = \"noise\")",
        "public final class Noise implements dev.contrastive4j.api.task.Corruptor {",
        "  public Noise(@Param(value = \"0.5\", min = 0, max = 1) double rate, @Seed long seed,",
        "      GraphDataset data) {}",
        "  @Override public GraphTensor corrupt(GraphTensor g) { return g; }",
        "}");
    JavaFileObject task = JavaFileObjects.forSourceLines("com.example.NoisyDgi",
        "package com.example;",
        "import dev.contrastive4j.api.annotations.ContrastiveTask;",
        "import dev.contrastive4j.api.annotations.Param;",
        "import dev.contrastive4j.runtime.tasks.DeepGraphInfomax;",
        "import dev.contrastive4j.runtime.tasks.TaskSettings;",
        "import dev.contrastive4j.runtime.tensor.ParameterStore;",
        "@ContrastiveTask(name = \"noisy-dgi\", corruptor = Noise.class, projectorUnits = {8})",
        "public class NoisyDgi extends DeepGraphInfomax {",
        "  public NoisyDgi(TaskSettings s, ParameterStore p, long dim, @Param(\"3\") int k) {",
        "    super(s, p, dim);",
        "  }",
        "}");
    Compilation c = Compiler.javac().withProcessors(new ContrastiveProcessor())
        .compile(noise, task);
    for (JavaFileObject f : c.generatedFiles()) {
      System.out.println("==== " + f.getName());
      System.out.println(f.getCharContent(true));
    }
    System.out.println(c.diagnostics());
    assertThat(c).succeeded();
    java.util.List<JavaFileObject> all = new java.util.ArrayList<>(c.generatedSourceFiles());
    all.add(noise); all.add(task);
    Compilation again = Compiler.javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(all);
    System.out.println(again.diagnostics());
    assertThat(again).succeededWithoutWarnings();
  }
}
