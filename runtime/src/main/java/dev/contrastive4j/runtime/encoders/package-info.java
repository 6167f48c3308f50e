/**
 * Encoders: the model a contrastive task trains. {@link
 * dev.contrastive4j.runtime.encoders.GcnEncoder} (DGI's encoder), {@link
 * dev.contrastive4j.runtime.encoders.SageEncoder} (GraphSAGE-mean) and {@link
 * dev.contrastive4j.runtime.encoders.HeteroEncoder} (R-GCN style, several node and edge sets),
 * configured by {@link dev.contrastive4j.runtime.encoders.EncoderOptions}.
 */
package dev.contrastive4j.runtime.encoders;
