/**
 * The built-in contrastive tasks, ports of TF-GNN's: Deep Graph Infomax
 * ({@link dev.contrastive4j.runtime.tasks.DeepGraphInfomax}), Barlow Twins
 * ({@link dev.contrastive4j.runtime.tasks.BarlowTwins}), VICReg
 * ({@link dev.contrastive4j.runtime.tasks.VicReg}) and the triplet loss
 * ({@link dev.contrastive4j.runtime.tasks.Triplet}), on their common base
 * {@link dev.contrastive4j.runtime.tasks.ContrastiveLossTask}. A plugin task
 * ({@code @ContrastiveTask}) extends one of them.
 */
package dev.contrastive4j.runtime.tasks;
