/**
 * The two pictures of a training run, drawn with XChart and written as PNG files: the loss curve
 * ({@link dev.contrastive4j.runtime.charts.LossCurveChart}) and a 2-D PCA scatter of the
 * embeddings coloured by class ({@link dev.contrastive4j.runtime.charts.EmbeddingScatterChart}).
 * Files are written atomically and AWT runs headless, so charts work on machines without a
 * display.
 */
package dev.contrastive4j.runtime.charts;
