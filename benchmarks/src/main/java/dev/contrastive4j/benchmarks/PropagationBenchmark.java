package dev.contrastive4j.benchmarks;

import dev.contrastive4j.runtime.kernels.Gather;
import dev.contrastive4j.runtime.kernels.Propagation;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import dev.contrastive4j.runtime.kernels.SegmentPooling;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.segment.UnsortedSegmentSum;
import org.nd4j.linalg.factory.Nd4j;
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

/**
 * Â·H on Cora-shaped data (13264 normalized entries, H 2708x512 float32): the CSR kernel, its
 * backward, ND4J's native gather + multiply by edge weight + unsorted_segment_sum computing the
 * same product, and the same three steps with the kernels' gather and segment sum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class PropagationBenchmark {
  private CoraShapedData data;
  private SegmentIndex sourceIndex;
  private SegmentIndex targetIndex;

  /** Builds the data and checks that both ways compute the same product. */
  @Setup(Level.Trial)
  public void setUp() {
    data = new CoraShapedData(2708);
    sourceIndex = SegmentIndex.of(data.edgeSource.toIntVector(), CoraShapedData.NODES);
    targetIndex = SegmentIndex.of(data.edgeTarget.toIntVector(), CoraShapedData.NODES);
    INDArray theirs = nd4jGatherSegmentSum();
    check("propagation kernel", kernelForward(), theirs);
    check("kernel gather + segment sum", kernelGatherSegmentSum(), theirs);
  }

  private static void check(String what, INDArray ours, INDArray theirs) {
    double diff = ours.sub(theirs).norm2Number().doubleValue() / theirs.norm2Number().doubleValue();
    if (!(diff < 1e-5)) {
      throw new IllegalStateException(what + " and ND4J differ: relative " + diff);
    }
  }

  /** out = Â·H with the CSR kernel. */
  @Benchmark
  public INDArray kernelForward() {
    return Propagation.forward(data.adjacency, data.hidden);
  }

  /** dH = Âᵀ·G with the CSR kernel (the stored transpose). */
  @Benchmark
  public INDArray kernelBackward() {
    return Propagation.backward(data.adjacency, data.upstreamGradient);
  }

  /** out = segment_sum(w ⊙ gather(H, source), target) with ND4J's native ops. */
  @Benchmark
  public INDArray nd4jGatherSegmentSum() {
    INDArray messages = Nd4j.exec(
        new org.nd4j.linalg.api.ops.impl.shape.Gather(data.hidden, data.edgeSource, 0))[0];
    messages.muliColumnVector(data.edgeWeight);
    return Nd4j.exec(new UnsortedSegmentSum(messages, data.edgeTarget,
        CoraShapedData.NODES))[0];
  }

  /** out = segment_sum(w ⊙ gather(H, source), target) with the kernels' gather and segment sum. */
  @Benchmark
  public INDArray kernelGatherSegmentSum() {
    INDArray messages = Gather.forward(data.hidden, sourceIndex);
    messages.muliColumnVector(data.edgeWeight);
    return SegmentPooling.sum(messages, targetIndex);
  }
}
