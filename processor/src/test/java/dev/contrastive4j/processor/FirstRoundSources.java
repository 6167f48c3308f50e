package dev.contrastive4j.processor;

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
 * in the first round, so that types the plugins mention resolve only from the second round on.
 */
final class FirstRoundSources extends AbstractProcessor {
  private final Map<String, String> sources;
  private boolean done;

  /** @param sources the text of each source, by qualified class name */
  FirstRoundSources(Map<String, String> sources) {
    this.sources = sources;
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
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done) {
      return false;
    }
    done = true;
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
