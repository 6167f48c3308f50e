/**
 * Readouts: the first node of each component ({@link
 * dev.contrastive4j.runtime.readouts.ReadoutFirstNode}), every node ({@link
 * dev.contrastive4j.runtime.readouts.ReadoutAllNodes}), or a pooled summary per component
 * ({@link dev.contrastive4j.runtime.readouts.PoolReadout}).
 */
package dev.contrastive4j.runtime.readouts;
