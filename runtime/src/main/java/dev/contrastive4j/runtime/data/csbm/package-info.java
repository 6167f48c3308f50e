/**
 * A synthetic data set: the contextual stochastic block model
 * ({@link dev.contrastive4j.runtime.data.csbm.CsbmConfig},
 * {@link dev.contrastive4j.runtime.data.csbm.CsbmGenerator}) with a Planetoid-shaped split
 * ({@link dev.contrastive4j.runtime.data.csbm.PlanetoidSplit}); the project's offline default
 * data set.
 */
package dev.contrastive4j.runtime.data.csbm;
