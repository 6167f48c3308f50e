package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * A parametric ReLU with one learned slope per channel (initially 0.25, as PyTorch's
 * {@code nn.PReLU(channels)}), the activation of the DGI encoder; with {@code channels} 1, one
 * slope shared by every channel ({@code nn.PReLU()}). Parameter {@code <name>/alpha}.
 */
public final class PRelu {
  private final Parameter alpha;

  /**
   * Creates the slopes {@code <name>/alpha} of shape {@code [channels]} in {@code store}: one per
   * channel, or with {@code channels} 1 one for all.
   */
  public PRelu(ParameterStore store, String name, long channels) {
    this.alpha = store.preluAlpha(name + "/alpha", channels);
  }

  /**
   * {@code max(x, 0) + alpha · min(x, 0)}, alpha broadcast over rows (and a shared one over
   * columns).
   */
  public Tensor apply(Tape tape, Tensor x) {
    return Ops.prelu(x, tape.param(alpha));
  }
}
