/**
 * Self-supervised training on a data set of many small graphs, in mini-batches of them: random
 * molecules ({@link dev.contrastive4j.examples.minibatch.RandomMolecules}) merged into the
 * components of one graph and trained by {@link
 * dev.contrastive4j.examples.minibatch.MoleculeTraining}, or written as a data set directory by
 * {@link dev.contrastive4j.examples.minibatch.MoleculeDirectory} for the command line to train.
 */
package dev.contrastive4j.examples.minibatch;
