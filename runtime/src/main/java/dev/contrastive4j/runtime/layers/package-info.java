/**
 * The layers encoders and tasks are built from, each a function on the tape whose parameters
 * live in a parameter store under {@code <name>/...}: graph convolutions
 * ({@link dev.contrastive4j.runtime.layers.GcnConv},
 * {@link dev.contrastive4j.runtime.layers.SageConv} and the heterogeneous
 * {@link dev.contrastive4j.runtime.layers.RelationalConv}), dense and linear maps
 * ({@link dev.contrastive4j.runtime.layers.Dense},
 * {@link dev.contrastive4j.runtime.layers.Projection}), PReLU and Deep Graph Infomax's bilinear
 * discriminator ({@link dev.contrastive4j.runtime.layers.DeepGraphInfomaxLogits}). Sparse node
 * inputs ({@link dev.contrastive4j.runtime.layers.NodeInput}) are only multiplied by weights, so
 * they never become dense.
 */
package dev.contrastive4j.runtime.layers;
