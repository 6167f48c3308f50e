package dev.contrastive4j.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another processor, as a plugin's project may run next to ours: it writes the given sources
 * in one round of annotation processing, so that what they declare exists only from the next
 * round on.
 */
final class RoundSources extends AbstractProcessor {
  private final int round;
  private final Map<String, String> sources;
  private int rounds;

  /**
   * @param round the round that writes them, 1 for the first
   * @param sources the text of each source, by qualified class name
   */
  RoundSources(int round, Map<String, String> sources) {
    this.round = round;
    this.sources = sources;
  }

  /** Writes {@code sources} in the first round. */
  static RoundSources first(Map<String, String> sources) {
    return new RoundSources(1, sources);
  }

  /** The source of a {@code @Corruptor com.example.MadeLater} named "made-later". */
  static final String MADE_LATER = "package com.example;\n"
      + "@dev.contrastive4j.api.annotations.Corruptor(name = \"made-later\")\n"
      + "public final class MadeLater implements dev.contrastive4j.api.task.Corruptor {\n"
      + "  @Override public dev.contrastive4j.api.graph.GraphTensor corrupt(\n"
      + "      dev.contrastive4j.api.graph.GraphTensor g) { return g; }\n"
      + "}\n";

  /**
   * Compiles the corruptor {@code com.example.Noise} while other processors write a plain class
   * in the second round, which has no new plugins, so that the registry is written then, and
   * {@link #MADE_LATER} in the third.
   */
  static Compilation madeAfterTheRegistry() {
    return Compiler.javac()
        .withProcessors(new ContrastiveProcessor(),
            new RoundSources(2, Map.of("com.example.Plain",
                "package com.example;\npublic final class Plain {}\n")),
            new RoundSources(3, Map.of("com.example.MadeLater", MADE_LATER)))
        .compile(Sources.corruptor("Noise", "noise"));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
    if (++rounds != round) {
      return false;
    }
    for (Map.Entry<String, String> s : sources.entrySet()) {
      try (Writer w = processingEnv.getFiler().createSourceFile(s.getKey()).openWriter()) {
        w.write(s.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
