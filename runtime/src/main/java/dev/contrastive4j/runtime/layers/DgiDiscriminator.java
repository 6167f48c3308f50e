package dev.contrastive4j.runtime.layers;

/**
 * How {@link DeepGraphInfomaxLogits} initializes its bilinear kernel, and whether it has a bias
 * ({@code task.discriminator}).
 */
public enum DgiDiscriminator {
  /**
   * The kernel drawn from {@code U(-1/sqrt(dim), 1/sqrt(dim))}, no bias: PyTorch Geometric's
   * {@code DeepGraphInfomax} (the default).
   */
  UNIFORM,
  /**
   * The DGI paper's code, {@code nn.Bilinear(dim, dim, 1)} re-initialized with
   * {@code xavier_uniform_}: PyTorch takes the fans of its {@code [1, dim, dim]} weight as
   * {@code fan_in = dim · dim} and {@code fan_out = dim}, so the kernel is drawn from
   * {@code U(-b, b)} with {@code b = sqrt(6 / (dim · dim + dim))}; and a learned scalar bias,
   * initially 0, added to every logit, clean and corrupted.
   */
  BILINEAR_GLOROT;

  /** The bound of the kernel's uniform distribution for a representation width {@code dim}. */
  public double kernelBound(long dim) {
    return this == UNIFORM ? 1.0 / Math.sqrt(dim) : Math.sqrt(6.0 / ((double) dim * dim + dim));
  }
}
