/**
 * The project's own data set directory format: a {@code dataset.json} manifest
 * ({@link dev.contrastive4j.runtime.data.directory.DatasetManifest}) with the graph's schema,
 * node counts, target node set, labels and split, plus one .npy or .csv file per feature and per
 * edge set ({@link dev.contrastive4j.runtime.data.directory.DatasetLayout}). Read with
 * {@link dev.contrastive4j.runtime.data.directory.DatasetDirectoryReader}, written with
 * {@link dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter}.
 */
package dev.contrastive4j.runtime.data.directory;
