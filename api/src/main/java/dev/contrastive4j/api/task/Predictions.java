package dev.contrastive4j.api.task;

import dev.contrastive4j.api.tensor.Tensor;

/**
 * What {@link Task#predict} returns: the output the losses read and the representations of one
 * view, which metrics such as RankMe inspect. The built-in tasks' outputs are DGI's logits
 * {@code [items, 2]} (clean, corrupted), the two views stacked {@code [items, 2, dim]} for
 * Barlow Twins and VICReg, and the (positive, negative) distances {@code [items, 2]} for the
 * triplet task.
 *
 * @param output what the losses compare with the pseudo-labels
 * @param representations one view's representations, {@code [items, dim]}, as read out, before
 *     any projector the task applies: the clean (first) view's for the two-view tasks, the
 *     positive sample's for the triplet task
 */
public record Predictions(Tensor output, Tensor representations) {}
