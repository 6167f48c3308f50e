/**
 * The Planetoid citation data sets (Cora, CiteSeer, PubMed) with the standard public split:
 * {@link dev.contrastive4j.runtime.data.planetoid.Planetoid} loads one,
 * {@link dev.contrastive4j.runtime.data.planetoid.PlanetoidSource} says where its raw
 * {@code ind.<name>.*} files come from (a directory, the cache, or a verified download), and
 * {@link dev.contrastive4j.runtime.data.planetoid.PlanetoidReader} assembles them the way the
 * reference loaders do.
 */
package dev.contrastive4j.runtime.data.planetoid;
