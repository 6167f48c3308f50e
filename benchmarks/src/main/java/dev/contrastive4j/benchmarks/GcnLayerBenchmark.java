package dev.contrastive4j.benchmarks;

import dev.contrastive4j.runtime.kernels.Propagation;
import dev.contrastive4j.runtime.kernels.SparseMatmul;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One GCN layer on Cora-shaped data through the kernels, forward and backward:
 * {@code XW = X·W} (sparse X), {@code out = Â·XW + b}; given the upstream gradient G,
 * {@code dXW = Âᵀ·G}, {@code dW = Xᵀ·dXW}, {@code db = 1ᵀ·G}. The parts are measured alone too,
 * with ND4J's dense {@code X·W} (sgemm) for reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class GcnLayerBenchmark {
  private CoraShapedData data;

  /** Builds the data and checks the sparse product against the dense one. */
  @Setup(Level.Trial)
  public void setUp() {
    data = new CoraShapedData(2708);
    INDArray sparse = sparseXW();
    INDArray dense = denseXW();
    double diff = sparse.sub(dense).norm2Number().doubleValue() / dense.norm2Number().doubleValue();
    if (!(diff < 1e-5)) {
      throw new IllegalStateException("sparse and dense X·W differ: relative " + diff);
    }
  }

  /** Forward and backward of one layer. */
  @Benchmark
  public void layerForwardBackward(Blackhole bh) {
    INDArray xw = SparseMatmul.forward(data.features, data.weight);
    INDArray out = Propagation.forward(data.adjacency, xw).addiRowVector(data.bias);
    INDArray dxw = Propagation.backward(data.adjacency, data.upstreamGradient);
    INDArray dw = SparseMatmul.weightGradient(data.features, dxw);
    // ones·G rather than G.sum(0): ND4J's column sum is about 6x slower than this sgemv.
    INDArray db = data.onesRow.mmul(data.upstreamGradient);
    bh.consume(out);
    bh.consume(dw);
    bh.consume(db);
  }

  /** X·W with the sparse kernel. */
  @Benchmark
  public INDArray sparseXW() {
    return SparseMatmul.forward(data.features, data.weight);
  }

  /** Xᵀ·G with the sparse kernel (the cached transpose of X). */
  @Benchmark
  public INDArray sparseWeightGradient() {
    return SparseMatmul.weightGradient(data.features, data.upstreamGradient);
  }

  /** X·W with ND4J's dense mmul, X stored dense. */
  @Benchmark
  public INDArray denseXW() {
    return data.denseFeatures.mmul(data.weight);
  }
}
