/**
 * Corruptors: graph views for contrastive learning, as TF-GNN's {@code contrastive_losses/layers.py}
 * makes them, plus the augmentations of two-view methods.
 *
 * <ul>
 *   <li>{@link dev.contrastive4j.runtime.corruptors.CorruptionSpec}: a rate per node set, edge
 *       set and context feature, with {@code "*"} wildcards, resolved exactly as TF-GNN does.
 *   <li>{@link dev.contrastive4j.runtime.corruptors.ShuffleFeaturesGlobally} (the negative view
 *       of Deep Graph Infomax) and {@link dev.contrastive4j.runtime.corruptors.DropoutFeatures}:
 *       TF-GNN's two corruptors.
 *   <li>{@link dev.contrastive4j.runtime.corruptors.DropEdges} and {@link
 *       dev.contrastive4j.runtime.corruptors.MaskFeatureColumns}: the edge dropping and feature
 *       masking of GRACE and Graph Barlow Twins.
 *   <li>{@link dev.contrastive4j.runtime.corruptors.ComposedCorruptor} and {@link
 *       dev.contrastive4j.runtime.corruptors.TwoViewAugmentation}: chains of corruptors and the
 *       pair of corruptors that makes the two views of a training step.
 * </ul>
 *
 * <p>All corruptors are seeded and draw fresh randomness on each call from a {@link
 * java.util.SplittableRandom}, so results depend only on the seed and the sequence of calls, never
 * on thread count. Sparse features stay sparse.
 */
package dev.contrastive4j.runtime.corruptors;
