/**
 * Self-supervised contrastive losses on {@link org.nd4j.linalg.api.ndarray.INDArray}s: Barlow
 * Twins, VICReg, triplet and the margin contrastive loss, following TF-GNN's
 * {@code contrastive_losses} and TF-Addons' {@code ContrastiveLoss}. See {@link
 * dev.contrastive4j.runtime.losses.Losses}, and {@link
 * dev.contrastive4j.runtime.losses.TapeLosses} for the same losses on the tape, for training.
 */
package dev.contrastive4j.runtime.losses;
