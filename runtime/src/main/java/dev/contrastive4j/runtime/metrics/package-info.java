/**
 * Metrics of representation quality for self-supervised learning (RankMe, numerical rank,
 * coherence, pseudo condition number, self clustering, triplet distances), following TF-GNN's
 * {@code contrastive_losses/metrics.py}. See {@link dev.contrastive4j.runtime.metrics.Metrics}.
 */
package dev.contrastive4j.runtime.metrics;
