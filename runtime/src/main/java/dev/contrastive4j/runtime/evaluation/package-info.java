/**
 * Evaluation of frozen embeddings by a linear probe: an L2-regularized multinomial logistic
 * regression (a DL4J {@code MultiLayerNetwork} with one softmax output layer) fitted on the
 * train nodes of a {@link dev.contrastive4j.api.data.Split} and scored on val and test, once or
 * repeated over seeds. See {@link dev.contrastive4j.runtime.evaluation.LinearProbe}.
 */
package dev.contrastive4j.runtime.evaluation;
