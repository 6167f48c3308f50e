package dev.contrastive4j.runtime.metrics;

/**
 * Mean distances of a batch of triplets, as TF-GNN's {@code TripletLossMetrics} reports them.
 *
 * @param positiveDistance mean anchor-positive distance
 * @param negativeDistance mean anchor-negative distance
 * @param tripletDistance mean of (positive - negative) distance; negative when negatives are
 *     farther than positives, as training wants
 */
public record TripletDistances(double positiveDistance, double negativeDistance,
    double tripletDistance) {}
