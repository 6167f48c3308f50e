package dev.contrastive4j.api.task;

import dev.contrastive4j.api.tensor.Tensor;

/**
 * What {@link Task#predict} returns: the output the losses read (DGI's logits, or the stacked
 * clean and corrupted representations of Barlow Twins and VICReg) and the clean
 * representations, which metrics such as RankMe inspect.
 *
 * @param output what the losses compare with the pseudo-labels
 * @param representations the clean view's representations, {@code [items, dim]}, as read out,
 *     before any projector the task applies
 */
public record Predictions(Tensor output, Tensor representations) {}
