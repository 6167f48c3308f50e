/**
 * The project's own data set directory format: a {@code dataset.json} manifest
 * ({@link dev.contrastive4j.runtime.data.directory.DatasetManifest}) with the graph's schema,
 * number of graphs (components), node counts, target node set, label level (nodes or graphs),
 * labels and split, plus one .npy or .csv file per feature and per edge set, and for many graphs
 * per node set's and edge set's sizes
 * ({@link dev.contrastive4j.runtime.data.directory.DatasetLayout}). Read with
 * {@link dev.contrastive4j.runtime.data.directory.DatasetDirectoryReader}, written with
 * {@link dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter}.
 */
package dev.contrastive4j.runtime.data.directory;
