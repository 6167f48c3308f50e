package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.Arrays;
import org.deeplearning4j.nn.weights.WeightInit;

/**
 * Deep Graph Infomax's discriminator, in the place of TF-GNN's {@code DeepGraphInfomaxLogits}:
 * a summary {@code s} of the clean rows is scored against each clean and corrupted row through a
 * bilinear form without bias, {@code logit(x) = x · W · sᵀ}. The output {@code [items, 2]} holds
 * the clean logit in column 0 and the corrupted one in column 1, as TF-GNN concatenates them.
 * Parameter {@code <name>/kernel}, {@code [dim, dim]}, and with {@link
 * DgiDiscriminator#BILINEAR_GLOROT} {@code <name>/bias}, {@code [1, 1]}, added to every logit.
 *
 * <p>Two deliberate differences from TF-GNN's layer, both following the DGI paper and PyTorch
 * Geometric's {@code DeepGraphInfomax} (the reference the README's Cora results are measured
 * against): the summary is {@code sigmoid(mean of the clean rows)}, where TF-GNN takes the plain
 * mean; and the kernel is drawn from {@code U(-1/sqrt(dim), 1/sqrt(dim))}, where TF-GNN's Keras
 * {@code Dense} is Glorot-uniform. (TF-GNN computes {@code x · (s · K)ᵀ}, the same form with
 * {@code W = Kᵀ}.) {@link DgiDiscriminator#BILINEAR_GLOROT} is the DGI paper's own code's
 * discriminator instead.
 */
public final class DeepGraphInfomaxLogits {
  private final Parameter kernel;
  /** Null without a bias. */
  private final Parameter bias;

  /** Creates the kernel {@code <name>/kernel} of {@code [dim, dim]} in {@code store}. */
  public DeepGraphInfomaxLogits(ParameterStore store, String name, long dim) {
    this(store, name, dim, DgiDiscriminator.UNIFORM);
  }

  /**
   * Creates the kernel {@code <name>/kernel} of {@code [dim, dim]} in {@code store}, initialized
   * as {@code discriminator} says, and its bias {@code <name>/bias} if it has one.
   */
  public DeepGraphInfomaxLogits(ParameterStore store, String name, long dim,
      DgiDiscriminator discriminator) {
    if (discriminator == DgiDiscriminator.UNIFORM) {
      this.kernel = store.create(name + "/kernel", WeightInit.UNIFORM, dim, dim);
      this.bias = null;
    } else {
      // DL4J's Xavier-uniform bound is sqrt(6 / (fanIn + fanOut)); PyTorch's fans of nn.Bilinear.
      this.kernel = store.create(name + "/kernel", WeightInit.XAVIER_UNIFORM
          .getWeightInitFunction(), (double) dim * dim, dim, dim, dim);
      this.bias = store.zeros(name + "/bias", 1, 1);
    }
  }

  /** The logits for {@code clean} and {@code corrupted} representations, both {@code [items, dim]}. */
  public Tensor apply(Tape tape, Tensor clean, Tensor corrupted) {
    if (!Arrays.equals(clean.shape(), corrupted.shape()) || clean.rank() != 2
        || clean.size(1) != kernel.shape()[0]) {
      throw new ShapeMismatchException("DGI logits: clean " + Arrays.toString(clean.shape())
          + " and corrupted " + Arrays.toString(corrupted.shape()) + " must both be [items, "
          + kernel.shape()[0] + "]");
    }
    Tensor summary = Ops.sigmoid(Ops.mean(clean, 0, true));           // [1, dim]
    // W·sᵀ: the summary scored as a column [dim, 1], so each row x gives x·W·sᵀ.
    Tensor scored = Ops.matmul(tape.param(kernel), summary, false, true); // [dim, 1]
    Tensor cleanLogits = Ops.matmul(clean, scored);                    // [items, 1]
    Tensor corruptedLogits = Ops.matmul(corrupted, scored);            // [items, 1]
    Tensor logits = Ops.concat(1, cleanLogits, corruptedLogits);
    return bias == null ? logits : Ops.add(logits, tape.param(bias));
  }
}
