/**
 * A graph ready for training and evaluation: {@link dev.contrastive4j.api.data.GraphDataset}
 * holds the {@link dev.contrastive4j.api.graph.GraphTensor}, the node set that is read out, the
 * labels of its nodes or of whole graphs ({@link dev.contrastive4j.api.data.LabelLevel}; kept
 * outside the graph, so that self-supervised training never sees them) and the train/val/test
 * {@link dev.contrastive4j.api.data.Split} of the linear probe.
 * Readers of the built-in data sets and of data directories are in the runtime
 * ({@code dev.contrastive4j.runtime.data}); they report unreadable files with a
 * {@link dev.contrastive4j.api.data.DatasetException} naming the file.
 */
package dev.contrastive4j.api.data;
