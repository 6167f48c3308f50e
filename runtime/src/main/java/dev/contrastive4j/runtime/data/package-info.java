/**
 * Finding a data set by the name a user gives
 * ({@link dev.contrastive4j.runtime.data.Datasets}: {@code cora}, {@code citeseer},
 * {@code pubmed}, {@code csbm} or a data directory), its sizes as {@code dataset info} prints
 * them ({@link dev.contrastive4j.runtime.data.DatasetInfo}), row normalization of its features
 * ({@link dev.contrastive4j.runtime.data.FeatureNormalization}) and what a run records of where
 * its data set came from ({@link dev.contrastive4j.runtime.data.DatasetOrigin}). The loaders
 * themselves are in the sub-packages.
 */
package dev.contrastive4j.runtime.data;
