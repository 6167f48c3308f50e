/**
 * The graph model, after TF-GNN's {@code GraphTensor}: a
 * {@link dev.contrastive4j.api.graph.GraphTensor} holds a
 * {@link dev.contrastive4j.api.graph.Context} (one row per component), named
 * {@link dev.contrastive4j.api.graph.NodeSet}s (one row per node) and named
 * {@link dev.contrastive4j.api.graph.EdgeSet}s (one row per edge, with the
 * {@link dev.contrastive4j.api.graph.Adjacency} that joins two node sets), any number of
 * components (graphs of a batch) each. Every set holds named
 * {@link dev.contrastive4j.api.graph.Feature}s: dense ND4J arrays of shape
 * {@code [items, ...]}, or sparse {@link dev.contrastive4j.api.graph.CsrMatrix} rows for
 * bag-of-words inputs, which stay sparse into the first layer.
 *
 * <p>Everything here is immutable and checked when built: a graph that is inconsistent (an
 * index out of range, a feature with the wrong number of rows, an unknown set, a NaN) is never
 * made; an {@link dev.contrastive4j.api.graph.InvalidGraphException} names the set and feature
 * at fault instead. Dense features keep the ND4J array they were given rather than a copy, so a
 * program must not change an array it has put in a graph.
 * {@link dev.contrastive4j.api.graph.GraphSchema} describes a graph's sets and feature types as
 * JSON and checks a graph against it.
 *
 * <pre>{@code
 * NodeSet papers = NodeSet.of(3, Map.of("feat", Feature.dense(Nd4j.rand(3, 8))));
 * EdgeSet cites = EdgeSet.of(new Adjacency("paper", "paper", new int[] {0, 1}, new int[] {1, 2}),
 *     Map.of());
 * GraphTensor graph = GraphTensor.homogeneous("paper", papers, "cites", cites);
 * }</pre>
 */
package dev.contrastive4j.api.graph;
