"""PyTorch Geometric's DGI probe on the embeddings of finished runs, for comparison.

PyTorch Geometric's DGI example probes with scikit-learn's LogisticRegression(solver='lbfgs',
max_iter=150) at its default C=1, fitted on the train split, scored on the test split. This
script sets up the same fit without scikit-learn (which is not needed anywhere else): the mean
multinomial log loss plus an L2 penalty of 1/(2 C n) on the weights (not the biases), minimized
from zeros by SciPy's L-BFGS-B with scikit-learn's options (gtol 1e-4, maxls 50). It needs only
NumPy and SciPy:

    ./contrastive4j dataset export --dataset cora --data-dir ../shared/datasets/planetoid --out /tmp/cora
    python3 docs/experiments/pyg-probe.py /tmp/cora runs/dgi-cora-{0,1,2,3,4}

It prints each run's test accuracy under that probe next to the one in its summary.json (the
probe of its config, by default C chosen on the validation split), and the mean of each.
"""
import json
import sys
from pathlib import Path

import numpy as np
from scipy import optimize


def fit(x, y, c, max_iter):
    """Weights and biases of the multinomial logistic regression, and L-BFGS's iterations."""
    n, features = x.shape
    classes = int(y.max()) + 1
    onehot = np.eye(classes)[y]
    penalty = 1.0 / (c * n)

    def loss_and_gradient(w):
        weights, biases = w[:classes * features].reshape(classes, features), w[classes * features:]
        logits = x @ weights.T + biases
        logits -= logits.max(axis=1, keepdims=True)
        log_sum = np.log(np.exp(logits).sum(axis=1))
        loss = (log_sum - (logits * onehot).sum(axis=1)).mean() + 0.5 * penalty * (weights ** 2).sum()
        residual = (np.exp(logits - log_sum[:, None]) - onehot) / n
        gradient = np.concatenate([(residual.T @ x + penalty * weights).ravel(), residual.sum(axis=0)])
        return loss, gradient

    result = optimize.minimize(loss_and_gradient, np.zeros(classes * features + classes),
                               method="L-BFGS-B", jac=True,
                               options={"maxiter": max_iter, "maxls": 50, "gtol": 1e-4,
                                        "ftol": 64 * np.finfo(float).eps})
    w = result.x
    return w[:classes * features].reshape(classes, features), w[classes * features:], result.nit


def main(data, runs):
    labels = np.load(data / "labels.npy")
    train, test = np.load(data / "split" / "train.npy"), np.load(data / "split" / "test.npy")
    theirs, ours = [], []
    for run in runs:
        z = np.load(run / "embeddings.npy").astype(np.float64)
        weights, biases, iterations = fit(z[train], labels[train], c=1.0, max_iter=150)
        accuracy = float(((z[test] @ weights.T + biases).argmax(axis=1) == labels[test]).mean())
        summary = json.loads((run / "summary.json").read_text())
        theirs.append(accuracy)
        ours.append(summary["test_accuracy"])
        print(f"{run}: PyTorch Geometric's probe {accuracy:.3f} ({iterations} L-BFGS iterations); "
              f"summary.json {summary['test_accuracy']:.3f} (C = {summary['probe_c']})")
    print(f"mean: PyTorch Geometric's probe {np.mean(theirs):.4f}; summary.json {np.mean(ours):.4f}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: pyg-probe.py DATA_DIRECTORY RUN...")
    main(Path(sys.argv[1]), [Path(r) for r in sys.argv[2:]])
