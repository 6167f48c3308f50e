package dev.contrastive4j.runtime.data.csbm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import org.junit.jupiter.api.Test;

/**
 * Checks that the default CSBM data set is a useful benchmark: its raw features are informative
 * but far from sufficient, and features smoothed over the graph are much better, yet not
 * perfect. Uses a small logistic-regression probe written here in plain Java (the project's real
 * linear probe lives elsewhere), trained with Adam and L2 chosen on the validation nodes.
 */
class CsbmDefaultsDifficultyTest {

  @Test
  void rawFeaturesAreInformativeAndTheGraphAddsMuch() {
    GraphDataset d = CsbmGenerator.generate(CsbmConfig.defaults());
    CsrMatrix x = CsbmGeneratorTest.features(d);
    double[][] raw = dense(x);
    double[][] smoothed = smooth(smooth(raw, CsbmGeneratorTest.adjacency(d)),
        CsbmGeneratorTest.adjacency(d));
    double rawAccuracy = probe(raw, d);
    double graphAccuracy = probe(smoothed, d);
    // Measured with seed 0: raw 0.58, smoothed 0.88; chance is 1/6.
    assertTrue(rawAccuracy > 0.45 && rawAccuracy < 0.72, "raw-feature accuracy " + rawAccuracy);
    assertTrue(graphAccuracy > rawAccuracy + 0.15 && graphAccuracy < 0.97,
        "graph-smoothed accuracy " + graphAccuracy + " vs raw " + rawAccuracy);
  }

  private static double[][] dense(CsrMatrix x) {
    double[][] out = new double[x.rows()][x.cols()];
    for (int r = 0; r < x.rows(); r++) {
      for (int k = x.indptrView()[r]; k < x.indptrView()[r + 1]; k++) {
        out[r][x.indicesView()[k]] = x.valuesView()[k];
      }
    }
    return out;
  }

  /** One step of D^-1/2 (A + I) D^-1/2 X, as in SGC and GCN. */
  private static double[][] smooth(double[][] x, Adjacency a) {
    int n = x.length;
    double[] degree = new double[n];
    java.util.Arrays.fill(degree, 1);
    for (int s : a.sourceView()) {
      degree[s]++;
    }
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      out[i] = x[i].clone();
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] /= degree[i];
      }
    }
    for (int e = 0; e < a.size(); e++) {
      int s = a.sourceView()[e];
      int t = a.targetView()[e];
      double w = 1 / Math.sqrt(degree[s] * degree[t]);
      for (int j = 0; j < x[t].length; j++) {
        out[s][j] += w * x[t][j];
      }
    }
    return out;
  }

  /** Test accuracy of the L2 setting with the best validation accuracy. */
  private static double probe(double[][] x, GraphDataset d) {
    double bestVal = -1;
    double bestTest = 0;
    for (double l2 : new double[] {1e-3, 1e-2}) {
      double[][] w = train(x, d, l2);
      double val = accuracy(x, w, d.labels(), d.split().val());
      if (val > bestVal) {
        bestVal = val;
        bestTest = accuracy(x, w, d.labels(), d.split().test());
      }
    }
    return bestTest;
  }

  private static double[][] train(double[][] x, GraphDataset d, double l2) {
    int f = x[0].length;
    int c = d.numClasses();
    int[] train = d.split().train();
    int[] labels = d.labels();
    double[][] w = new double[f][c];
    double[][] m = new double[f][c];
    double[][] v = new double[f][c];
    for (int step = 1; step <= 200; step++) {
      double[][] g = new double[f][c];
      for (int i : train) {
        double[] p = softmax(x[i], w);
        p[labels[i]] -= 1;
        for (int j = 0; j < f; j++) {
          if (x[i][j] != 0) {
            for (int k = 0; k < c; k++) {
              g[j][k] += x[i][j] * p[k] / train.length;
            }
          }
        }
      }
      double c1 = 1 - Math.pow(0.9, step);
      double c2 = 1 - Math.pow(0.999, step);
      for (int j = 0; j < f; j++) {
        for (int k = 0; k < c; k++) {
          double grad = g[j][k] + l2 * w[j][k];
          m[j][k] = 0.9 * m[j][k] + 0.1 * grad;
          v[j][k] = 0.999 * v[j][k] + 0.001 * grad * grad;
          w[j][k] -= 0.05 * (m[j][k] / c1) / (Math.sqrt(v[j][k] / c2) + 1e-8);
        }
      }
    }
    return w;
  }

  private static double[] softmax(double[] row, double[][] w) {
    int c = w[0].length;
    double[] z = new double[c];
    for (int j = 0; j < row.length; j++) {
      if (row[j] != 0) {
        for (int k = 0; k < c; k++) {
          z[k] += row[j] * w[j][k];
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int k = 0; k < c; k++) {
      z[k] = Math.exp(z[k] - max);
      sum += z[k];
    }
    for (int k = 0; k < c; k++) {
      z[k] /= sum;
    }
    return z;
  }

  private static double accuracy(double[][] x, double[][] w, int[] labels, int[] ids) {
    int correct = 0;
    for (int i : ids) {
      double[] p = softmax(x[i], w);
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      correct += best == labels[i] ? 1 : 0;
    }
    return (double) correct / ids.length;
  }
}
