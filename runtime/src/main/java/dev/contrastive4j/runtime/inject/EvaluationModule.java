package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.contrastive4j.runtime.evaluation.LinearProbe;

/**
 * Provides the linear probe that evaluates the frozen embeddings. Under the default
 * {@code evaluation.probe_protocol} a run fits it once per candidate of {@code evaluation.probe_c},
 * so a probe bound in its place gives every setting but {@code C}; under {@code dgi_paper} only
 * its seed is used (see {@link dev.contrastive4j.runtime.evaluation.ProbeProtocol}).
 */
public final class EvaluationModule extends AbstractModule {
  @Provides
  @Singleton
  LinearProbe probe() {
    return new LinearProbe();
  }
}
